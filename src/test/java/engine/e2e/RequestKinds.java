package engine.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import engine.testing.RequestConformance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names what a recorded Flow Service request does, with ids left out, so that a test can say which
 * kinds of request it expects to see: {@code GET /flows?property&limit}, {@code POST /connections
 * Kinesis}, {@code PATCH /flows/{id} add /transformations/0/params/segmentSelectors/selectors/-},
 * {@code POST /flows/{id}/action?op=disable}, {@code DELETE /sourceConnections/{id}}.
 */
final class RequestKinds {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Adobe's connection and flow spec ids, by the name a kind shows for them. */
  private static final Map<String, String> SPECS =
      Map.of(
          "8a9c3494-9708-43d7-ae3f-cda01e5030e1", "Profile",
          "86043421-563b-46ec-8e6c-e23184711bf6", "Kinesis",
          "bf9f5905-92b7-48bf-bf20-455bc6b60a4e", "Event Hubs",
          "71471eba-b620-49e4-90fd-23f1fa0174d8", "streaming dataflow");

  private RequestKinds() {}

  /** The kinds of one request: one per patch operation, else exactly one. */
  static List<String> of(LoggedRequest request) {
    String method = request.getMethod().getName();
    String path = RequestConformance.path(request);
    String[] segments = path.split("/");
    String resource =
        segments.length > 2 ? "/" + segments[1] + "/{id}" + tail(segments) : "/" + segments[1];
    Map<String, List<String>> query = RequestConformance.query(request);
    return switch (method) {
      case "GET" ->
          List.of(
              "GET "
                  + resource
                  + (query.keySet().equals(Set.of("property", "limit")) ? "?property&limit" : ""));
      case "POST" ->
          query.containsKey("op")
              ? List.of("POST " + resource + "?op=" + query.get("op").get(0))
              : List.of("POST " + resource + " " + spec(body(request)));
      case "PATCH" -> patches(resource, body(request));
      default -> List.of(method + " " + resource);
    };
  }

  private static List<String> patches(String resource, JsonNode operations) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode operation : operations) {
      String pointer =
          operation.path("path").asText().replaceAll("/selectors/\\d+$", "/selectors/N");
      kinds.add("PATCH " + resource + " " + operation.path("op").asText() + " " + pointer);
    }
    return kinds;
  }

  private static String spec(JsonNode body) {
    String id = body.path("connectionSpec").path("id").asText(body.at("/flowSpec/id").asText());
    return SPECS.getOrDefault(id, "unknown spec " + id);
  }

  private static String tail(String[] segments) {
    StringBuilder tail = new StringBuilder();
    for (int i = 3; i < segments.length; i++) {
      tail.append('/').append(segments[i]);
    }
    return tail.toString();
  }

  /** The JSON body of a request. */
  static JsonNode body(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
