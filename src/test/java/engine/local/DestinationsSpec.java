package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Adobe's Destinations OpenAPI document, read from the shared reference folder next to the project,
 * and the response schemas it gives per operation.
 *
 * <p>Two readings are needed to hold Adobe's own examples to the schemas. First, several operations
 * name the schema of one resource while every example answers {@code {items: [...]}}; such a schema
 * is applied to each item. Second, a few schema nodes contradict the spec's own examples and the
 * fact sheet; {@link #CORRECTIONS} lists each one with its reason, and nothing else is changed.
 */
final class DestinationsSpec {

  /**
   * Schema nodes replaced before validating, as JSON pointers into the document. Each replacement
   * is what the same document's examples show:
   *
   * <ul>
   *   <li>{@code inheritedAttributes.baseConnection} and the nested {@code connectionSpec} nodes
   *       say {@code type: string} but list object properties, and every example carries an object
   *       there;
   *   <li>a flow's {@code inheritedAttributes.sourceConnections} and {@code targetConnections} say
   *       {@code type: object} but every example carries an array of such objects;
   *   <li>{@code ConnectionItem.auth} and {@code TargetConnectionItem.params} enumerate only Amazon
   *       S3 and SFTP shapes; the spec covers batch destinations only, so for the streaming
   *       destinations the catalogue defines, they are read as any {@code {specName, params}}
   *       object and any object.
   * </ul>
   */
  static final Map<String, String> CORRECTIONS =
      Map.ofEntries(
          Map.entry(
              "/components/schemas/SourceConnectionItem/properties/inheritedAttributes/properties/baseConnection",
              "{\"type\": \"object\"}"),
          Map.entry(
              "/components/schemas/SourceConnectionItem/properties/inheritedAttributes/properties/connectionSpec",
              "{\"type\": \"object\"}"),
          Map.entry(
              "/components/schemas/TargetConnectionItem/properties/inheritedAttributes/properties/baseConnection",
              "{\"type\": \"object\"}"),
          Map.entry(
              "/components/schemas/TargetConnectionItem/properties/inheritedAttributes/properties/connectionSpec",
              "{\"type\": \"object\"}"),
          Map.entry(
              "/components/schemas/BaseFlowItem/properties/inheritedAttributes/properties/sourceConnections",
              "{\"type\": \"array\", \"items\": {\"type\": \"object\"}}"),
          Map.entry(
              "/components/schemas/BaseFlowItem/properties/inheritedAttributes/properties/targetConnections",
              "{\"type\": \"array\", \"items\": {\"type\": \"object\"}}"),
          Map.entry(
              "/components/schemas/ConnectionItem/properties/auth",
              "{\"type\": \"object\", \"properties\": {\"specName\": {\"type\": \"string\"},"
                  + " \"params\": {\"type\": \"object\"}}}"),
          Map.entry(
              "/components/schemas/TargetConnectionItem/properties/params",
              "{\"type\": \"object\"}"));

  private final JsonNode document;
  private final SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getOpenApi30());

  private DestinationsSpec(JsonNode document) {
    this.document = document;
  }

  /** The shared reference folder, {@code <project>/../shared/reference}, when it exists. */
  static Optional<Path> referenceFolder() {
    Path folder = Path.of("").toAbsolutePath().getParent().resolve("shared").resolve("reference");
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  static DestinationsSpec load(Path folder) throws IOException {
    String yaml = Files.readString(folder.resolve("adobe-flow-service-destinations.openapi.yaml"));
    Object tree = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    JsonNode document = Http.MAPPER.valueToTree(tree);
    for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
      replace(document, correction.getKey(), Http.MAPPER.readTree(correction.getValue()));
    }
    return new DestinationsSpec(document);
  }

  private static void replace(JsonNode document, String pointer, JsonNode replacement) {
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, cut));
    String field = pointer.substring(cut + 1);
    if (!(parent instanceof ObjectNode object) || !object.has(field)) {
      throw new IllegalStateException("the spec has no node at " + pointer);
    }
    object.set(field, replacement);
  }

  /**
   * The schema violations of a response body, or empty when it validates or when the spec gives no
   * schema for that answer.
   *
   * @param path the request path after the base path, for example {@code /flows/123}
   */
  List<String> violations(String method, String path, int status, JsonNode body) {
    Optional<JsonNode> schema = responseSchema(method, path, status);
    if (schema.isEmpty()) {
      return List.of();
    }
    ObjectNode wrapper = schema.get().deepCopy();
    wrapper.set("components", document.path("components"));
    Schema validator = registry.getSchema(wrapper);
    boolean describesEnvelope =
        resolve(schema.get()).path("properties").has("items") || schema.get().has("oneOf");
    List<String> violations = new ArrayList<>();
    if (!describesEnvelope && body.path("items").isArray()) {
      for (JsonNode item : body.path("items")) {
        validator.validate(item).forEach(e -> violations.add(describe(e)));
      }
    } else {
      validator.validate(body).forEach(e -> violations.add(describe(e)));
    }
    return violations;
  }

  /** Whether the spec gives a response schema for this answer. */
  boolean hasSchema(String method, String path, int status) {
    return responseSchema(method, path, status).isPresent();
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  private JsonNode resolve(JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.startsWith("#") ? document.at(ref.substring(1)) : schema;
  }

  private Optional<JsonNode> responseSchema(String method, String path, int status) {
    String template = template(path);
    JsonNode schema =
        document
            .path("paths")
            .path(template)
            .path(method.toLowerCase(Locale.ROOT))
            .path("responses")
            .path(Integer.toString(status))
            .path("content")
            .path("application/json")
            .path("schema");
    return schema.isObject() ? Optional.of(schema) : Optional.empty();
  }

  private String template(String path) {
    String[] segments = path.replaceAll("/+$", "").split("/");
    for (Iterator<String> names = document.path("paths").fieldNames(); names.hasNext(); ) {
      String candidate = names.next();
      String[] parts = candidate.split("/");
      if (parts.length != segments.length) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < parts.length && matches; i++) {
        matches = parts[i].startsWith("{") || parts[i].equals(segments[i]);
      }
      if (matches) {
        return candidate;
      }
    }
    return "";
  }

  /** The example responses the spec itself gives, by name, for checking the corrections. */
  ArrayNode examples(String... names) {
    ArrayNode examples = Http.MAPPER.createArrayNode();
    for (String name : names) {
      examples.add(document.path("components").path("examples").path(name).path("value"));
    }
    return examples;
  }
}
