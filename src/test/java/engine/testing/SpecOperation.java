package engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One operation of an Adobe description, found by method and concrete path.
 *
 * @param document the description it is in
 * @param template the path template as the description writes it, e.g. {@code /flows/{id}}
 * @param method the method in lower case
 * @param node the operation object
 * @param parameters the path's and the operation's parameters, references resolved
 */
public record SpecOperation(
    SpecDocument document,
    String template,
    String method,
    JsonNode node,
    List<JsonNode> parameters) {

  public SpecOperation {
    parameters = List.copyOf(parameters);
  }

  /** The names of the header parameters marked required. */
  public List<String> requiredHeaders() {
    return required("header");
  }

  /** A query parameter the operation declares, by name. */
  public Optional<JsonNode> queryParameter(String name) {
    return parameters.stream()
        .filter(p -> p.path("in").asText().equals("query") && p.path("name").asText().equals(name))
        .findFirst();
  }

  /** The names of the query parameters marked required. */
  public List<String> requiredQueryParameters() {
    return required("query");
  }

  /** The schema of a JSON request body, when the operation gives one. */
  public Optional<SpecSchema> requestSchema() {
    return schemaAt("/requestBody/content/application~1json/schema");
  }

  /** The schema of a JSON answer with this status, when the operation gives one. */
  public Optional<SpecSchema> responseSchema(int status) {
    return schemaAt("/responses/" + status + "/content/application~1json/schema");
  }

  /** For messages: the method and template, e.g. {@code PATCH /flows/{id}}. */
  public String describe() {
    return method.toUpperCase(Locale.ROOT) + " " + template;
  }

  private List<String> required(String in) {
    return parameters.stream()
        .filter(p -> p.path("in").asText().equals(in) && p.path("required").asBoolean(false))
        .map(p -> p.path("name").asText())
        .toList();
  }

  private Optional<SpecSchema> schemaAt(String relative) {
    if (!node.at(relative).isObject()) {
      return Optional.empty();
    }
    String operation = "/paths/" + escape(template) + "/" + method;
    return Optional.of(new SpecSchema(document, operation + relative));
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
