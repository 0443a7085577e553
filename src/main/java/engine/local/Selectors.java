package engine.local;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape of a dataflow's selectors: audiences as {@code {type: PLATFORM_SEGMENT, value: {id,
 * name?, description?}}} and attributes as {@code {type: JSON_PATH, value: {path, operator:
 * EXISTS}}}.
 */
final class Selectors {

  private Selectors() {}

  static void check(JsonNode group, String at, Problems problems) {
    if (group == null || group.isNull()) {
      return;
    }
    JsonNode selectors = group.path("selectors");
    if (!group.isObject() || !selectors.isArray()) {
      problems.invalid(at + " must be an object with a selectors array");
      return;
    }
    int index = 0;
    for (JsonNode selector : selectors) {
      String where = at + "/selectors/" + index++;
      String type = selector.path("type").asText();
      JsonNode value = selector.path("value");
      if (!value.isObject()) {
        problems.missing(where + "/value is required");
        continue;
      }
      switch (type) {
        case "PLATFORM_SEGMENT" -> checkAudience(value, where, problems);
        case "JSON_PATH" -> checkAttribute(value, where, problems);
        default ->
            problems.invalid(where + "/type must be PLATFORM_SEGMENT or JSON_PATH, not " + type);
      }
    }
  }

  private static void checkAudience(JsonNode value, String where, Problems problems) {
    if (!value.path("id").isTextual() || value.path("id").asText().isBlank()) {
      problems.missing(where + "/value/id is required");
    }
    for (String field : new String[] {"name", "description"}) {
      if (value.has(field) && !value.get(field).isTextual() && !value.get(field).isNull()) {
        problems.invalid(where + "/value/" + field + " must be a string");
      }
    }
  }

  private static void checkAttribute(JsonNode value, String where, Problems problems) {
    if (!value.path("path").isTextual() || value.path("path").asText().isBlank()) {
      problems.missing(where + "/value/path is required");
    }
    if (value.has("operator") && !"EXISTS".equals(value.path("operator").asText())) {
      problems.invalid(where + "/value/operator must be EXISTS");
    }
  }
}
