package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The query of a list request: {@code property} filters (ANDed), {@code orderby}, {@code limit} (at
 * most 100), {@code count}, and {@code continuationToken}. A continuation token carries the whole
 * query and the position of the next page, so {@code _links.next.href} needs nothing else.
 */
record ListQuery(
    List<PropertyFilter> filters, List<SortKey> order, int limit, boolean count, int offset) {

  /** The largest page Adobe serves. */
  static final int MAX_LIMIT = 100;

  private static final Set<String> PARAMETERS =
      Set.of("property", "limit", "orderby", "count", "continuationToken");

  ListQuery {
    filters = List.copyOf(filters);
    order = List.copyOf(order);
  }

  /** Reads a list query; {@code knownField} tells which top-level fields may be filtered on. */
  static ListQuery parse(MultiMap params, Predicate<String> knownField) {
    for (String name : params.names()) {
      if (!PARAMETERS.contains(name)) {
        throw ApiError.flow(
            ErrorCode.UNKNOWN_QUERY_PARAMETER, "Unknown query parameter '" + name + "'.");
      }
    }
    String token = params.get("continuationToken");
    if (token != null && !token.isEmpty()) {
      return fromToken(token, knownField);
    }
    boolean count = parseCount(params.get("count"));
    String limitText = params.get("limit");
    if (count && limitText != null) {
      throw ApiError.flow(
          ErrorCode.LIMIT_WITH_COUNT,
          "The limit and count parameters cannot be given together in the same request.");
    }
    int limit = limitText == null ? MAX_LIMIT : parseLimit(limitText);
    return new ListQuery(
        filters(params.getAll("property"), knownField),
        SortKey.parseAll(params.get("orderby"), knownField),
        limit,
        count,
        0);
  }

  private static List<PropertyFilter> filters(List<String> raw, Predicate<String> knownField) {
    List<PropertyFilter> filters = new ArrayList<>();
    raw.forEach(r -> filters.add(PropertyFilter.parse(r, knownField)));
    return filters;
  }

  private static boolean parseCount(String text) {
    if (text == null || text.equals("false")) {
      return false;
    }
    if (text.equals("true")) {
      return true;
    }
    throw ApiError.flow(ErrorCode.INVALID_REQUEST, "count must be true or false.");
  }

  private static int parseLimit(String text) {
    try {
      int limit = Integer.parseInt(text.trim());
      if (limit < 1) {
        throw new NumberFormatException();
      }
      return Math.min(limit, MAX_LIMIT);
    } catch (NumberFormatException e) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "limit must be a positive number.");
    }
  }

  /** The matching resources of a collection, ordered and cut to one page, in Adobe's envelope. */
  ObjectNode answer(List<ObjectNode> resources, String collectionPath) {
    List<ObjectNode> matching = new ArrayList<>();
    for (ObjectNode resource : resources) {
      if (filters.stream().allMatch(f -> f.matches(resource))) {
        matching.add(resource);
      }
    }
    ObjectNode envelope = Json.object();
    if (count) {
      envelope.put("count", matching.size());
      return envelope;
    }
    matching.sort(SortKey.comparator(order));
    int from = Math.min(offset, matching.size());
    int to = Math.min(from + limit, matching.size());
    ArrayNode items = envelope.putArray("items");
    matching.subList(from, to).forEach(items::add);
    if (to < matching.size()) {
      envelope
          .putObject("_links")
          .putObject("next")
          .put("href", "/" + collectionPath + "?continuationToken=" + tokenFor(to));
    }
    return envelope;
  }

  private String tokenFor(int nextOffset) {
    ObjectNode state = Json.object();
    filters.forEach(f -> state.withArray("property").add(f.raw()));
    state.put("orderby", SortKey.render(order));
    state.put("limit", limit);
    state.put("offset", nextOffset);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(state.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static ListQuery fromToken(String token, Predicate<String> knownField) {
    JsonNode state;
    try {
      state = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(token));
    } catch (IllegalArgumentException | IOException e) {
      state = null;
    }
    if (state == null || !state.path("offset").isInt() || !state.path("limit").isInt()) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "The continuationToken is not valid.");
    }
    List<String> raw = new ArrayList<>();
    state.path("property").forEach(p -> raw.add(p.asText()));
    return new ListQuery(
        filters(raw, knownField),
        SortKey.parseAll(state.path("orderby").asText(""), knownField),
        Math.min(Math.max(state.path("limit").asInt(), 1), MAX_LIMIT),
        false,
        Math.max(state.path("offset").asInt(), 0));
  }
}
