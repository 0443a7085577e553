package engine.flowservice;

import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;

/** What came back from one attempt: an HTTP answer, or a failure before any answer. */
sealed interface Reply {

  /**
   * An HTTP answer.
   *
   * @param status the HTTP status
   * @param headers the response headers (case-insensitive)
   * @param body the response body, empty when there was none
   */
  record Answer(int status, MultiMap headers, byte[] body) implements Reply {

    boolean successful() {
      return status >= 200 && status < 300;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The {@code x-request-id} header, or empty. */
    String requestIdHeader() {
      String id = headers.get("x-request-id");
      return id == null ? "" : id.strip();
    }
  }

  /**
   * No HTTP answer.
   *
   * @param kind what went wrong, which decides whether the request may have been processed
   * @param detail a short description for messages, e.g. {@code timed out after 30 s}
   */
  record Failure(FailureKind kind, String detail) implements Reply {}

  /** Why an attempt got no answer. */
  enum FailureKind {
    /** The connection could not be opened: nothing was sent. */
    NOT_CONNECTED,
    /** No answer in time: the server may or may not have processed the request. */
    TIMED_OUT,
    /** The connection broke: the server may or may not have processed the request. */
    CONNECTION_LOST
  }
}
