package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * Checks a params object against the small JSON Schema subset the catalogue uses: {@code
 * properties} with a {@code type}, and {@code required}. Messages name the param, never its value,
 * so a secret cannot leak through them.
 */
final class ParamsCheck {

  private ParamsCheck() {}

  /**
   * Adds every problem with {@code params} to {@code problems}, in a stable order.
   *
   * @param where how the params object is named in messages, for example {@code auth.params}
   * @param ignored params the server manages and a client may leave in place
   * @param allowUnknown whether params the schema does not list are accepted
   */
  static void check(
      JsonNode params,
      JsonNode schema,
      String where,
      Set<String> ignored,
      boolean allowUnknown,
      Problems problems) {
    if (!params.isObject()) {
      problems.missing(where + " must be an object");
      return;
    }
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      JsonNode value = params.get(required.asText());
      if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
        problems.missing(where + "." + required.asText() + " is required");
      }
    }
    for (Iterator<String> names = params.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode property = properties.get(name);
      if (ignored.contains(name)) {
        continue;
      }
      if (property == null) {
        if (!allowUnknown) {
          problems.invalid(where + "." + name + " is not a parameter of this spec");
        }
        continue;
      }
      JsonNode value = params.get(name);
      if (!value.isNull() && !hasType(value, property.path("type").asText("string"))) {
        problems.invalid(
            where + "." + name + " must be a " + property.path("type").asText("string"));
      }
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> true;
    };
  }
}
