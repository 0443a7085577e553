package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;

/** An answer ready to send: status, JSON body ({@link MissingNode} for none) and extra headers. */
record Reply(int status, JsonNode body, Map<String, String> headers) {

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply json(int status, JsonNode body) {
    return new Reply(status, body, Map.of());
  }

  static Reply empty(int status) {
    return new Reply(status, MissingNode.getInstance(), Map.of());
  }

  static Reply of(ApiError error, String requestId) {
    return new Reply(error.status(), error.body(requestId), error.headers());
  }
}
