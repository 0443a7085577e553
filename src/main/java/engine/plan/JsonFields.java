package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small JSON tree operations the planner needs. */
final class JsonFields {

  private JsonFields() {}

  /**
   * The part of {@code live} that has the shape of {@code desired}: object keys that {@code
   * desired} does not have are left out, recursively, so fields the engine does not manage (and
   * fields the server fills in) never show up as differences.
   */
  static JsonNode project(JsonNode live, JsonNode desired) {
    if (!(live instanceof ObjectNode liveObject)
        || !(desired instanceof ObjectNode desiredObject)) {
      return live;
    }
    ObjectNode projected = liveObject.objectNode();
    desiredObject
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (liveObject.has(name)) {
                projected.set(name, project(liveObject.get(name), desiredObject.get(name)));
              }
            });
    return projected;
  }

  /** Keeps only the named top-level fields of an object. */
  static ObjectNode only(JsonNode node, String... names) {
    ObjectNode kept = ((ObjectNode) node).objectNode();
    for (String name : names) {
      if (node.has(name)) {
        kept.set(name, node.get(name).deepCopy());
      }
    }
    return kept;
  }

  /** Every leaf of a tree by JSON Pointer; empty objects and arrays count as leaves. */
  static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", node, leaves);
    return leaves;
  }

  /** {@code /auth/params/region} as {@code auth.params.region}. */
  static String dotted(String pointer) {
    return pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
  }

  private static void collect(String pointer, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isContainerNode() && node.size() > 0) {
      if (node.isObject()) {
        node.properties()
            .forEach(e -> collect(pointer + "/" + escape(e.getKey()), e.getValue(), leaves));
      } else {
        for (int i = 0; i < node.size(); i++) {
          collect(pointer + "/" + i, node.get(i), leaves);
        }
      }
    } else {
      leaves.put(pointer, node);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
