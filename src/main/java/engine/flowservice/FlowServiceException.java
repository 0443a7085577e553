package engine.flowservice;

/**
 * A Flow Service call that failed for good, after any retries. The message is written for users:
 * what failed, the HTTP status, Adobe's error code, the request id and what to do. It never holds a
 * token, a secret or a credential.
 */
public class FlowServiceException extends RuntimeException {

  private final int status;
  private final String errorCode;
  private final String requestId;

  /**
   * @param message the user-facing message
   * @param status the HTTP status, or 0 when no answer was received
   * @param errorCode Adobe's error code, or empty
   * @param requestId the request id, or empty
   */
  public FlowServiceException(String message, int status, String errorCode, String requestId) {
    super(message);
    this.status = status;
    this.errorCode = errorCode;
    this.requestId = requestId;
  }

  /** The HTTP status, or 0 when no answer was received. */
  public int status() {
    return status;
  }

  /** Adobe's error code, or empty. */
  public String errorCode() {
    return errorCode;
  }

  /** The request id, or empty. */
  public String requestId() {
    return requestId;
  }
}
