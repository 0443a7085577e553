package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of an OpenAPI description, found by a concrete path and method.
 *
 * @param documentUri the URI the description is registered under for schema validation
 * @param template the path template, e.g. {@code /flows/{id}}
 * @param method the method in lower case
 * @param node the operation object
 * @param parameters the operation's parameters with references resolved
 */
record Operation(
    String documentUri, String template, String method, JsonNode node, List<JsonNode> parameters) {

  static Optional<Operation> find(JsonNode description, String uri, String path, String method) {
    Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> entry = paths.next();
      String template = entry.getKey().strip();
      String pattern = template.replaceAll("\\{[^/}]+}", "[^/]+");
      JsonNode operation = entry.getValue().path(method);
      if (path.matches(pattern) && operation.isObject()) {
        List<JsonNode> parameters = new ArrayList<>();
        entry.getValue().path("parameters").forEach(p -> parameters.add(resolve(description, p)));
        operation.path("parameters").forEach(p -> parameters.add(resolve(description, p)));
        return Optional.of(new Operation(uri, template, method, operation, parameters));
      }
    }
    return Optional.empty();
  }

  /** The names of the header parameters marked required. */
  List<String> requiredHeaders() {
    return parameters.stream()
        .filter(p -> p.path("in").asText().equals("header") && p.path("required").asBoolean())
        .map(p -> p.path("name").asText())
        .toList();
  }

  /** A JSON pointer fragment (with {@code #}) to the JSON request body schema. */
  String requestSchemaPointer() {
    return "#/paths/"
        + escape(template)
        + "/"
        + method
        + "/requestBody/content/application~1json/schema";
  }

  /**
   * Whether the schema describes one patch operation while the body is an array of them, as for
   * {@code PATCH /connections/{id}}, whose examples are arrays.
   */
  boolean appliesToEachOperation() {
    JsonNode schema =
        node.path("requestBody").path("content").path("application/json").path("schema");
    return schema.path("$ref").asText().endsWith("/PatchConnectionItem");
  }

  private static JsonNode resolve(JsonNode description, JsonNode parameter) {
    String ref = parameter.path("$ref").asText("");
    return ref.startsWith("#") ? description.at(ref.substring(1)) : parameter;
  }

  private static String escape(String template) {
    return template.replace("~", "~0").replace("/", "~1");
  }
}
