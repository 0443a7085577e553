package engine.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Someone else using Flow Service at the same time as the engine: plain HTTP calls, for changes
 * made behind the engine's back and resources the engine does not own.
 */
final class RawFlowService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http = HttpClient.newHttpClient();

  RawFlowService(URI base) {
    this.base = base;
  }

  JsonNode get(String path) {
    return send(request(path).GET());
  }

  JsonNode post(String path, String body) {
    return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  JsonNode patch(String path, String etag, String operations) {
    return send(
        request(path)
            .header("If-Match", etag)
            .method("PATCH", HttpRequest.BodyPublishers.ofString(operations)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer someone-else")
        .header("x-api-key", "someone-else")
        .header("x-gw-ims-org-id", "LOCAL@AdobeOrg")
        .header("x-sandbox-name", "prod")
        .header("Content-Type", "application/json");
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new AssertionError("HTTP " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
