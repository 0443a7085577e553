package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import java.util.List;

/**
 * One request as the API sees it: method, the path segments after the base path, query, headers and
 * the raw body (empty when none was sent).
 */
record Request(
    HttpMethod method,
    List<String> segments,
    MultiMap query,
    MultiMap headers,
    String body,
    Caller caller) {

  Request {
    segments = List.copyOf(segments);
  }

  /** The body parsed as JSON; a body that is not JSON is the client's mistake. */
  JsonNode json() {
    if (body.isBlank()) {
      throw ApiError.flow(ErrorCode.MISSING_FIELD, "The request body is required.");
    }
    try {
      return Json.MAPPER.readTree(body);
    } catch (java.io.IOException e) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON.");
    }
  }

  /** The {@code If-Match} header, or Adobe's Postman variant, the {@code if-match} parameter. */
  String ifMatch() {
    String header = headers.get("If-Match");
    if (header != null && !header.isBlank()) {
      return header.trim();
    }
    String parameter = query.get("if-match");
    return parameter == null ? "" : parameter.trim();
  }

  String segment(int index) {
    return segments.get(index);
  }
}
