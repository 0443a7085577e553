package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Patches one selector array of a dataflow towards a desired set. Selectors are a set keyed by
 * audience id or attribute path, so their order never makes a difference. The operations replace
 * changed selectors in place, then remove unwanted ones from the highest index down (so every index
 * still points where it did when the plan was made), then append the missing ones. A remove carries
 * the selector it removes as its {@code value}, as Adobe's API description asks.
 */
final class SelectorDiff {

  /** Per-selector fields Flow Service fills in; they are never compared or sent back. */
  private static final List<String> SERVER_FIELDS = List.of("createTime", "updateTime");

  private final String arrayPointer;
  private final String field;
  private final Function<JsonNode, String> keyOf;

  /**
   * @param arrayPointer the JSON Pointer of the selector array in the dataflow
   * @param field {@code audience} or {@code attribute}, for display
   * @param keyOf the key of a selector: its segment id or attribute path
   */
  SelectorDiff(String arrayPointer, String field, Function<JsonNode, String> keyOf) {
    this.arrayPointer = arrayPointer;
    this.field = field;
    this.keyOf = keyOf;
  }

  /**
   * Appends to {@code operations} and {@code fields} what turns {@code live} into {@code desired}.
   */
  void diff(
      JsonNode live,
      Map<String, ObjectNode> desired,
      ArrayNode operations,
      List<FieldChange> fields) {
    Set<String> seen = new HashSet<>();
    List<Integer> removals = new ArrayList<>();
    for (int i = 0; i < live.size(); i++) {
      JsonNode selector = live.get(i);
      String key = keyOf.apply(selector);
      ObjectNode wanted = desired.get(key);
      if (wanted == null || !seen.add(key)) {
        removals.add(i);
        fields.add(change(key, selector.path("value"), MissingNode.getInstance()));
      } else if (!JsonFields.project(selector, wanted).equals(wanted)) {
        operations
            .addObject()
            .put("op", "replace")
            .put("path", arrayPointer + "/" + i)
            .set("value", merged(selector, wanted));
        fields.add(change(key, selector.path("value"), wanted.path("value")));
      }
    }
    for (int i = removals.size() - 1; i >= 0; i--) {
      int index = removals.get(i);
      operations
          .addObject()
          .put("op", "remove")
          .put("path", arrayPointer + "/" + index)
          .set("value", withoutServerFields(live.get(index)));
    }
    desired.forEach(
        (key, wanted) -> {
          if (!seen.contains(key)) {
            operations
                .addObject()
                .put("op", "add")
                .put("path", arrayPointer + "/-")
                .set("value", wanted);
            fields.add(change(key, MissingNode.getInstance(), wanted.path("value")));
          }
        });
  }

  /** The live selector with the desired fields laid over it, less what the server fills in. */
  private static ObjectNode merged(JsonNode live, ObjectNode wanted) {
    ObjectNode merged = withoutServerFields(live);
    ObjectNode value = merged.withObjectProperty("value");
    merged.put("type", wanted.path("type").asText());
    wanted.path("value").properties().forEach(e -> value.set(e.getKey(), e.getValue()));
    return merged;
  }

  private static ObjectNode withoutServerFields(JsonNode selector) {
    ObjectNode copy = selector.deepCopy();
    SERVER_FIELDS.forEach(field -> copy.remove(field));
    if (copy.get("value") instanceof ObjectNode value) {
      SERVER_FIELDS.forEach(field -> value.remove(field));
    }
    return copy;
  }

  private FieldChange change(String key, JsonNode before, JsonNode after) {
    return new FieldChange(field, key, before, after, false);
  }
}
