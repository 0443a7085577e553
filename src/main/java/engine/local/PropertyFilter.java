package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One {@code property} filter of a list request: {@code <path><operator><value>}. The path is
 * dotted into objects, {@code []} after a segment steps into every element of an array. {@code ==}
 * (and {@code !=}) take a comma-separated list meaning "any of"; {@code >}, {@code <}, {@code >=}
 * and {@code <=} take one value and compare numbers as numbers and text as text.
 */
record PropertyFilter(String raw, List<String> segments, Operator operator, List<String> values) {

  /** The comparison of a filter. */
  enum Operator {
    EQUALS("=="),
    NOT_EQUALS("!="),
    GREATER(">"),
    LESS("<"),
    GREATER_OR_EQUAL(">="),
    LESS_OR_EQUAL("<=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    static Operator of(String symbol) {
      for (Operator operator : values()) {
        if (operator.symbol.equals(symbol)) {
          return operator;
        }
      }
      if (symbol.contains("~")) {
        throw ApiError.flow(
            ErrorCode.FILTER_OPERATOR_NOT_IMPLEMENTED,
            "The operator '" + symbol + "' is not implemented.");
      }
      throw ApiError.flow(ErrorCode.FILTER_OPERATOR, "Invalid operator '" + symbol + "'.");
    }

    boolean takesOneValue() {
      return this != EQUALS && this != NOT_EQUALS;
    }
  }

  PropertyFilter {
    segments = List.copyOf(segments);
    values = List.copyOf(values);
  }

  /**
   * Parses a filter.
   *
   * @param knownField whether a top-level field exists on the filtered resources
   */
  static PropertyFilter parse(String raw, Predicate<String> knownField) {
    int start = indexOfOperator(raw);
    if (start < 0) {
      throw ApiError.flow(
          ErrorCode.FILTER_OPERATOR,
          "The property filter '" + raw + "' has no operator; write <field>==<value>.");
    }
    int end = start;
    while (end < raw.length() && "=!<>~".indexOf(raw.charAt(end)) >= 0) {
      end++;
    }
    String path = raw.substring(0, start).trim();
    Operator operator = Operator.of(raw.substring(start, end));
    List<String> segments = List.of(path.split("\\.", -1));
    String top = segments.get(0).replace("[]", "");
    if (path.isEmpty()
        || !path.matches("[A-Za-z0-9_]+(\\[])?(\\.[A-Za-z0-9_]+(\\[])?)*")
        || !knownField.test(top)) {
      throw ApiError.flow(ErrorCode.FILTER_FIELD, "Invalid field '" + path + "' in filter.");
    }
    String value = raw.substring(end);
    if (value.isEmpty()) {
      throw ApiError.flow(
          ErrorCode.FILTER_EMPTY_VALUE, "The filter '" + raw + "' has an empty value.");
    }
    List<String> values = List.of(value.split(",", -1));
    if (values.stream().anyMatch(String::isEmpty)) {
      throw ApiError.flow(
          ErrorCode.FILTER_VALUE, "The filter '" + raw + "' has an empty value in its list.");
    }
    if (operator.takesOneValue() && values.size() > 1) {
      throw ApiError.flow(
          ErrorCode.FILTER_MULTIPLE_VALUES,
          "The operator '" + operator.symbol + "' is not allowed with multiple values.");
    }
    if (operator.takesOneValue() && path.equals("id")) {
      throw ApiError.flow(
          ErrorCode.FILTER_OPERATOR_ON_ID,
          "The operator '" + operator.symbol + "' is not supported on field 'id'.");
    }
    return new PropertyFilter(raw, segments, operator, values);
  }

  private static int indexOfOperator(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if ("=!<>~".indexOf(raw.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a resource matches: some value at the path satisfies the operator. */
  boolean matches(JsonNode resource) {
    List<JsonNode> leaves = new ArrayList<>();
    collect(resource, 0, leaves);
    if (operator == Operator.NOT_EQUALS) {
      return leaves.stream()
          .noneMatch(leaf -> values.stream().anyMatch(v -> compare(leaf, v) == 0));
    }
    for (JsonNode leaf : leaves) {
      for (String value : values) {
        Integer order = compare(leaf, value);
        if (order != null && satisfies(order)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean satisfies(int order) {
    return switch (operator) {
      case EQUALS -> order == 0;
      case NOT_EQUALS -> order != 0;
      case GREATER -> order > 0;
      case LESS -> order < 0;
      case GREATER_OR_EQUAL -> order >= 0;
      case LESS_OR_EQUAL -> order <= 0;
    };
  }

  private void collect(JsonNode node, int index, List<JsonNode> leaves) {
    if (index == segments.size()) {
      leaves.add(node);
      return;
    }
    String segment = segments.get(index);
    boolean hop = segment.endsWith("[]");
    JsonNode child = node.path(hop ? segment.substring(0, segment.length() - 2) : segment);
    if (hop) {
      child.forEach(element -> collect(element, index + 1, leaves));
    } else if (!child.isMissingNode()) {
      collect(child, index + 1, leaves);
    }
  }

  /** The order of a stored value against a filter value, or null when they cannot compare. */
  static Integer compare(JsonNode leaf, String value) {
    if (leaf.isNumber()) {
      try {
        return Double.compare(leaf.asDouble(), Double.parseDouble(value));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (leaf.isTextual() || leaf.isBoolean()) {
      return Integer.signum(leaf.asText().compareTo(value));
    }
    if (leaf.isNull()) {
      return value.equals("null") ? 0 : null;
    }
    return null;
  }
}
