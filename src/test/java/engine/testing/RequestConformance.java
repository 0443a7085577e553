package engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Holds Flow Service requests, as WireMock recorded them, to Adobe's descriptions: the path and
 * method name an operation, every required header is present, every query parameter is declared and
 * valid and every required one is sent, and a JSON body validates against the operation's request
 * schema.
 */
public final class RequestConformance {

  /** The path Flow Service is served under; requests outside it are not Flow Service requests. */
  public static final String FLOW_SERVICE_PATH = "/data/foundation/flowservice";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AdobeSpec spec;

  public RequestConformance(AdobeSpec spec) {
    this.spec = spec;
  }

  /** The path of a request after Flow Service's base path, without query. */
  public static String path(LoggedRequest request) {
    String path = request.getUrl().replaceFirst("\\?.*$", "");
    return path.startsWith(FLOW_SERVICE_PATH) ? path.substring(FLOW_SERVICE_PATH.length()) : path;
  }

  /** The query parameters of a request, decoded, in the order sent. */
  public static Map<String, List<String>> query(LoggedRequest request) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    int start = request.getUrl().indexOf('?');
    if (start < 0) {
      return query;
    }
    for (String pair : request.getUrl().substring(start + 1).split("&")) {
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    return query;
  }

  /** Every way the request departs from Adobe's descriptions; empty when it conforms. */
  public List<String> problems(LoggedRequest request) {
    String method = request.getMethod().getName();
    String what = method + " " + request.getUrl();
    if (!request.getUrl().startsWith(FLOW_SERVICE_PATH + "/")) {
      return List.of(what + ": not under Flow Service's path " + FLOW_SERVICE_PATH);
    }
    Optional<SpecOperation> found = spec.operation(method, path(request));
    if (found.isEmpty()) {
      return List.of(what + ": no such operation in either description");
    }
    SpecOperation operation = found.get();
    String prefix = what + " (" + operation.document().name().toLowerCase(Locale.ROOT) + " ";
    prefix += operation.describe() + ")";

    List<String> problems = new ArrayList<>();
    for (String header : operation.requiredHeaders()) {
      String value = request.getHeader(header);
      if (value == null || value.isBlank()) {
        problems.add(prefix + ": the required header " + header + " is missing");
      }
    }
    problems.addAll(queryProblems(operation, query(request), prefix));
    problems.addAll(bodyProblems(operation, request, prefix));
    return problems;
  }

  private List<String> queryProblems(
      SpecOperation operation, Map<String, List<String>> query, String prefix) {
    List<String> problems = new ArrayList<>();
    for (String required : operation.requiredQueryParameters()) {
      if (!query.containsKey(required)) {
        problems.add(prefix + ": the required query parameter " + required + " is missing");
      }
    }
    query.forEach(
        (name, values) -> {
          Optional<JsonNode> parameter = operation.queryParameter(name);
          if (parameter.isEmpty()) {
            problems.add(prefix + ": the query parameter " + name + " is not declared");
            return;
          }
          JsonNode schema = parameter.get().path("schema");
          for (String value : values) {
            spec.violations(schema, typed(value, schema))
                .forEach(v -> problems.add(prefix + ": query " + name + "=" + value + ": " + v));
          }
        });
    return problems;
  }

  private List<String> bodyProblems(SpecOperation operation, LoggedRequest request, String prefix) {
    boolean required = operation.node().path("requestBody").path("required").asBoolean(false);
    if (request.getBody().length == 0) {
      return required ? List.of(prefix + ": the required body is missing") : List.of();
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.getBody());
    } catch (IOException e) {
      return List.of(prefix + ": the body is not JSON");
    }
    return operation
        .requestSchema()
        .map(
            schema ->
                spec.violations(schema, body).stream()
                    .map(v -> prefix + " body against " + schema + ": " + v)
                    .toList())
        .orElseGet(() -> List.of(prefix + ": a body is sent where the operation takes none"));
  }

  /** A query value as the JSON type its schema declares, so that the schema can judge it. */
  private static JsonNode typed(String value, JsonNode schema) {
    String type = schema.path("type").asText("string");
    try {
      return switch (type) {
        case "integer", "number" -> LongNode.valueOf(Long.parseLong(value));
        case "boolean" ->
            value.equals("true") || value.equals("false")
                ? BooleanNode.valueOf(Boolean.parseBoolean(value))
                : TextNode.valueOf(value);
        case "array" -> {
          var items = JSON.createArrayNode();
          for (String item : value.split(",")) {
            items.add(typed(item, schema.path("items")));
          }
          yield items;
        }
        default -> TextNode.valueOf(value);
      };
    } catch (NumberFormatException e) {
      return TextNode.valueOf(value);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
