package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for tests, sending the headers the engine sends unless told otherwise. */
final class Http {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> headers = new LinkedHashMap<>();

  Http(URI base) {
    this(base, "prod");
  }

  Http(URI base, String sandbox) {
    this.base = base;
    headers.put("Authorization", "Bearer test-token");
    headers.put("x-api-key", "engine-local");
    headers.put("x-gw-ims-org-id", "LOCAL@AdobeOrg");
    headers.put("x-sandbox-name", sandbox);
  }

  /** An answer: status, parsed body ({@link MissingNode} when empty) and headers. */
  record Response(int status, JsonNode body, HttpHeaders headers, String text) {
    String id() {
      return body.path("id").asText();
    }

    String etag() {
      return body.path("etag").asText();
    }

    JsonNode item() {
      return body.path("items").path(0);
    }
  }

  Response get(String path) {
    return send("GET", path, "", Map.of());
  }

  Response post(String path, String json) {
    return send("POST", path, json, Map.of("Content-Type", "application/json"));
  }

  Response patch(String path, String etag, String json) {
    return send("PATCH", path, json, Map.of("Content-Type", "application/json", "If-Match", etag));
  }

  Response delete(String path) {
    return send("DELETE", path, "", Map.of());
  }

  /**
   * Sends a request with the default headers, then {@code extra}; an extra header with an empty
   * value removes the default of that name.
   */
  Response send(String method, String path, String body, Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    extra.forEach(
        (name, value) -> {
          all.keySet().removeIf(n -> n.equalsIgnoreCase(name));
          if (!value.isEmpty()) {
            all.put(name, value);
          }
        });
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .method(
                method,
                body.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    all.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      JsonNode json = text.isEmpty() ? MissingNode.getInstance() : MAPPER.readTree(text);
      return new Response(response.statusCode(), json, response.headers(), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
