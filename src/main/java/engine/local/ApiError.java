package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * An answer other than success, thrown from anywhere in request handling and turned into a response
 * by the dispatcher. Flow Service errors carry Adobe's problem body; authentication errors carry
 * the gateway body. Messages never hold a secret or a token.
 */
final class ApiError extends RuntimeException {

  private final int status;
  private final transient Body body;
  private final transient Map<String, String> headers;

  /** How the body is built once the request id is known. */
  interface Body {
    ObjectNode render(String requestId);
  }

  private ApiError(String message, int status, Body body, Map<String, String> headers) {
    super(message, null, false, false);
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /**
   * A Flow Service error in Adobe's problem shape: {@code type}, {@code title}, {@code status},
   * {@code report} (with the request id), and the simple {@code errorMessage} and {@code
   * errorDetails} fields Adobe's examples show.
   */
  static ApiError flow(ErrorCode code, String message) {
    return flow(code, message, "", "");
  }

  /** A Flow Service error about one resource, naming its id and collection in the report. */
  static ApiError flow(ErrorCode code, String message, String resourceId, String resourceType) {
    Body body =
        requestId -> {
          ObjectNode problem = Json.object();
          problem.put("type", code.typeUri());
          problem.put("title", code.title());
          problem.put("status", code.status());
          ObjectNode report = problem.putObject("report");
          report.put("detailed-message", message);
          if (!resourceId.isEmpty()) {
            report.put("id", resourceId);
          }
          report.put("request-id", requestId);
          if (!resourceType.isEmpty()) {
            report.put("type", resourceType);
          }
          problem.put("errorMessage", message);
          problem.put("errorDetails", message);
          return problem;
        };
    return new ApiError(message, code.status(), body, Map.of());
  }

  /** The answer to an unknown or deleted id, worded as Adobe's examples word it. */
  static ApiError notFound(String collection, String id) {
    return flow(
        ErrorCode.NOT_FOUND, collection + " not found with id = [" + id + "]", id, collection);
  }

  /** An error of the API gateway in front of Flow Service: {@code {error_code, message}}. */
  static ApiError gateway(int status, int errorCode, String message) {
    Body body =
        requestId -> {
          ObjectNode error = Json.object();
          error.put("error_code", errorCode);
          error.put("message", message);
          return error;
        };
    return new ApiError(message, status, body, Map.of());
  }

  /** The gateway's answer to a body sent without {@code Content-Type: application/json}. */
  static ApiError contentType() {
    String message = "A valid content-type must be specified";
    Body body =
        requestId -> {
          ObjectNode error = Json.object();
          error.put("type", "/placeholder/type/uri");
          error.put("status", 400);
          error.put("title", "BadRequestError");
          error.put("detail", message);
          return error;
        };
    return new ApiError(message, 400, body, Map.of());
  }

  /**
   * A throttled request: 429 with {@code Retry-After}. Adobe documents no Flow Service body for
   * 429, so the body is the problem shape without an error code.
   */
  static ApiError throttled(int retryAfterSeconds) {
    String message = "Too many requests; retry after " + retryAfterSeconds + " s";
    Body body =
        requestId -> {
          ObjectNode problem = Json.object();
          problem.put("title", "Too Many Requests");
          problem.put("status", 429);
          problem.putObject("report").put("request-id", requestId);
          problem.put("errorMessage", message);
          problem.put("errorDetails", message);
          return problem;
        };
    return new ApiError(
        message, 429, body, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  int status() {
    return status;
  }

  ObjectNode body(String requestId) {
    return body.render(requestId);
  }

  Map<String, String> headers() {
    return headers;
  }
}
