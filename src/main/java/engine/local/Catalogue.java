package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read-only connection specs and flow specs the local Flow Service knows: the Profile Service
 * source, Amazon Kinesis, Azure Event Hubs and the destination flow spec. Loaded from {@code
 * catalogue.json} next to this class. In each auth spec, the params marked {@code "format":
 * "password"} are secrets.
 */
final class Catalogue {

  private final List<ObjectNode> connectionSpecs;
  private final List<ObjectNode> flowSpecs;

  private Catalogue(List<ObjectNode> connectionSpecs, List<ObjectNode> flowSpecs) {
    this.connectionSpecs = List.copyOf(connectionSpecs);
    this.flowSpecs = List.copyOf(flowSpecs);
  }

  /** The catalogue shipped with the engine. */
  static Catalogue builtIn() {
    try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.json")) {
      if (in == null) {
        throw new IllegalStateException("catalogue.json is missing from the engine jar");
      }
      JsonNode root = Json.MAPPER.readTree(in);
      return new Catalogue(objects(root.get("connectionSpecs")), objects(root.get("flowSpecs")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in catalogue", e);
    }
  }

  private static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> result = new ArrayList<>();
    array.forEach(node -> result.add((ObjectNode) node));
    return result;
  }

  /** Every connection spec, as deep copies a caller may change. */
  List<ObjectNode> connectionSpecs() {
    return connectionSpecs.stream().map(ObjectNode::deepCopy).toList();
  }

  /** Every flow spec, as deep copies a caller may change. */
  List<ObjectNode> flowSpecs() {
    return flowSpecs.stream().map(ObjectNode::deepCopy).toList();
  }

  Optional<ObjectNode> connectionSpec(String id) {
    return connectionSpecs.stream().filter(s -> s.path("id").asText().equals(id)).findFirst();
  }

  Optional<ObjectNode> flowSpec(String id) {
    return flowSpecs.stream().filter(s -> s.path("id").asText().equals(id)).findFirst();
  }

  /** Whether the spec is a source of destination dataflows (the Profile Service). */
  boolean isSource(String connectionSpecId) {
    return connectionSpec(connectionSpecId).map(s -> s.has("sourceSpec")).orElse(false);
  }

  /** Whether the spec is a destination, with a target connection params schema. */
  boolean isDestination(String connectionSpecId) {
    return connectionSpec(connectionSpecId).map(s -> s.has("targetSpec")).orElse(false);
  }

  /** The names of the auth specs of a connection spec; empty for specs without credentials. */
  List<String> authSpecNames(String connectionSpecId) {
    List<String> names = new ArrayList<>();
    connectionSpec(connectionSpecId)
        .ifPresent(s -> s.path("authSpec").forEach(a -> names.add(a.path("name").asText())));
    return names;
  }

  /** The JSON Schema of the params of one auth spec. */
  Optional<JsonNode> authParamsSchema(String connectionSpecId, String authSpecName) {
    return connectionSpec(connectionSpecId)
        .flatMap(
            s -> {
              for (JsonNode auth : s.path("authSpec")) {
                if (auth.path("name").asText().equals(authSpecName)) {
                  return Optional.of(auth.path("spec"));
                }
              }
              return Optional.empty();
            });
  }

  /** The JSON Schema of target connection params of a destination spec. */
  Optional<JsonNode> targetParamsSchema(String connectionSpecId) {
    return connectionSpec(connectionSpecId)
        .map(s -> s.path("targetSpec").path("spec"))
        .filter(JsonNode::isObject);
  }

  /** The auth params of a connection spec that are write-only secrets. */
  Set<String> secretParams(String connectionSpecId) {
    Set<String> secrets = new LinkedHashSet<>();
    connectionSpec(connectionSpecId)
        .ifPresent(
            s ->
                s.path("authSpec")
                    .forEach(
                        auth ->
                            auth.path("spec")
                                .path("properties")
                                .properties()
                                .forEach(
                                    p -> {
                                      if ("password".equals(p.getValue().path("format").asText())) {
                                        secrets.add(p.getKey());
                                      }
                                    })));
    return secrets;
  }
}
