package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a write answered about the resource: its id and new etag, each empty when the answer left it
 * out. Flow Service documents several shapes: {@code {id, etag}}, a list envelope {@code
 * {items:[{id, etag, ...}]}}, or no body at all (202, 204); the id may also come from a {@code
 * Location} header and the etag from an {@code ETag} header.
 *
 * @param id the resource id, or empty
 * @param etag the etag as the server spelled it, or empty
 */
record Acknowledgement(String id, String etag) {

  static Acknowledgement of(Reply.Answer answer, String knownId) {
    JsonNode body = Json.parseOrMissing(answer.body());
    JsonNode items = body.path("items");
    JsonNode resource = items.isArray() && !items.isEmpty() ? items.get(0) : body;

    String id = text(resource.path("id"));
    if (id.isEmpty()) {
      id = knownId.isEmpty() ? locationId(answer) : knownId;
    }
    String etag = text(resource.path("etag"));
    if (etag.isEmpty()) {
      String header = answer.headers().get("ETag");
      etag = header == null ? "" : header.strip();
    }
    return new Acknowledgement(id, etag);
  }

  /** The etag in the form {@code If-Match} needs: wrapped in double quotes once. */
  static String quoted(String etag) {
    boolean quoted = etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"");
    return quoted || etag.startsWith("W/\"") ? etag : "\"" + etag + "\"";
  }

  private static String locationId(Reply.Answer answer) {
    String location = answer.headers().get("Location");
    if (location == null || location.isBlank()) {
      return "";
    }
    String path = location.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText().strip() : "";
  }
}
