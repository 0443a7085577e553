package engine.local;

/**
 * The local Flow Service could not start or stop: the port is taken, the state file is corrupt or
 * held by another process, or it cannot be written. The message says what happened and what to do.
 */
public class LocalFlowServiceException extends RuntimeException {

  public LocalFlowServiceException(String message) {
    super(message);
  }

  public LocalFlowServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
