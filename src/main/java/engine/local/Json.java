package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The one Jackson mapper of the local Flow Service and small helpers around it. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The text of a string field, or empty when the field is absent or not a string. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }

  /** The object at a field, or empty when the field is absent or not an object. */
  static Optional<ObjectNode> objectAt(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }
}
