package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One field of {@code orderby}: {@code name} or {@code +name} ascending, {@code -name} descending.
 * Without {@code orderby}, the most recently created or updated resources come first.
 */
record SortKey(String field, boolean descending) {

  static List<SortKey> parseAll(String orderby, Predicate<String> knownField) {
    List<SortKey> keys = new ArrayList<>();
    if (orderby == null || orderby.isEmpty()) {
      return keys;
    }
    for (String part : orderby.split(",", -1)) {
      keys.add(parse(part, knownField));
    }
    return keys;
  }

  // A '+' sent unencoded in a query string arrives as a space.
  private static SortKey parse(String part, Predicate<String> knownField) {
    char first = part.isEmpty() ? ' ' : part.charAt(0);
    boolean prefixed = first == '+' || first == '-' || first == ' ';
    if (!prefixed && !Character.isLetter(first)) {
      throw ApiError.flow(ErrorCode.SORT_PREFIX, "Invalid sort prefix in '" + part + "'.");
    }
    String field = prefixed ? part.substring(1) : part;
    if (field.isEmpty()
        || !field.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")
        || !knownField.test(field.split("\\.")[0])) {
      throw ApiError.flow(ErrorCode.SORT_FIELD, "Invalid sort field '" + field + "'.");
    }
    return new SortKey(field, first == '-');
  }

  static String render(List<SortKey> keys) {
    List<String> parts = new ArrayList<>();
    keys.forEach(k -> parts.add((k.descending ? "-" : "+") + k.field));
    return String.join(",", parts);
  }

  /** The order of the keys, then newest update first, then id, so pages are stable. */
  static Comparator<ObjectNode> comparator(List<SortKey> keys) {
    Comparator<ObjectNode> order = (a, b) -> 0;
    for (SortKey key : keys) {
      Comparator<ObjectNode> byKey = (a, b) -> compareValues(key.value(a), key.value(b));
      order = order.thenComparing(key.descending ? byKey.reversed() : byKey);
    }
    Comparator<ObjectNode> newest =
        Comparator.comparingLong((ObjectNode d) -> d.path("updatedAt").asLong()).reversed();
    return order.thenComparing(newest).thenComparing(d -> d.path("id").asText());
  }

  private JsonNode value(ObjectNode document) {
    JsonNode node = document;
    for (String segment : field.split("\\.")) {
      node = node.path(segment);
    }
    return node;
  }

  private static int compareValues(JsonNode a, JsonNode b) {
    if (a.isMissingNode() || b.isMissingNode()) {
      return Boolean.compare(a.isMissingNode(), b.isMissingNode());
    }
    if (a.isNumber() && b.isNumber()) {
      return Double.compare(a.asDouble(), b.asDouble());
    }
    return a.asText().compareTo(b.asText());
  }
}
