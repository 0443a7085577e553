package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the per-audience {@code createTime} and {@code updateTime} of a dataflow's segment
 * selectors (epoch seconds, as strings): a new audience gets both, a changed one a new {@code
 * updateTime}, an untouched one keeps its times whatever a client sent.
 */
final class SelectorTimes {

  private SelectorTimes() {}

  static void stamp(ObjectNode flow, JsonNode previousFlow, long nowMillis) {
    String now = Long.toString(nowMillis / 1000);
    Map<String, ObjectNode> before = new HashMap<>();
    for (JsonNode selector : selectors(previousFlow)) {
      if (selector.path("value") instanceof ObjectNode value) {
        before.put(value.path("id").asText(), value);
      }
    }
    for (JsonNode selector : selectors(flow)) {
      if (!(selector.path("value") instanceof ObjectNode value)) {
        continue;
      }
      ObjectNode old = before.get(value.path("id").asText());
      value.remove("createTime");
      value.remove("updateTime");
      if (old == null) {
        value.put("createTime", now);
        value.put("updateTime", now);
        continue;
      }
      ObjectNode oldContent = old.deepCopy();
      oldContent.remove("createTime");
      oldContent.remove("updateTime");
      value.put("createTime", old.path("createTime").asText(now));
      value.put(
          "updateTime",
          oldContent.equals(content(value)) ? old.path("updateTime").asText(now) : now);
    }
  }

  private static ObjectNode content(ObjectNode value) {
    ObjectNode copy = value.deepCopy();
    copy.remove("createTime");
    copy.remove("updateTime");
    return copy;
  }

  private static Iterable<JsonNode> selectors(JsonNode flow) {
    var all = Json.array();
    for (JsonNode transformation : flow.path("transformations")) {
      transformation.path("params").path("segmentSelectors").path("selectors").forEach(all::add);
    }
    return all;
  }
}
