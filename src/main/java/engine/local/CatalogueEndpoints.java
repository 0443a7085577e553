package engine.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /connectionSpecs} and {@code GET /flowSpecs}, with and without an id. Lists take only
 * the {@code property} filter, as Adobe documents, and are never paged.
 */
final class CatalogueEndpoints {

  private final Catalogue catalogue;

  CatalogueEndpoints(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Reply list(Request request, String collection) {
    for (String name : request.query().names()) {
      if (!name.equals("property")) {
        throw ApiError.flow(
            ErrorCode.UNKNOWN_QUERY_PARAMETER, "Unknown query parameter '" + name + "'.");
      }
    }
    List<ObjectNode> specs = specs(collection);
    List<PropertyFilter> filters =
        request.query().getAll("property").stream()
            .map(
                raw ->
                    PropertyFilter.parse(raw, field -> specs.stream().anyMatch(s -> s.has(field))))
            .toList();
    ObjectNode envelope = Json.object();
    ArrayNode items = envelope.putArray("items");
    specs.stream().filter(s -> filters.stream().allMatch(f -> f.matches(s))).forEach(items::add);
    return Reply.json(200, envelope);
  }

  Reply get(String collection, String id) {
    Optional<ObjectNode> spec =
        specs(collection).stream().filter(s -> s.path("id").asText().equals(id)).findFirst();
    ObjectNode envelope = Json.object();
    envelope.putArray("items").add(spec.orElseThrow(() -> ApiError.notFound(collection, id)));
    return Reply.json(200, envelope);
  }

  private List<ObjectNode> specs(String collection) {
    return collection.equals("flowSpecs") ? catalogue.flowSpecs() : catalogue.connectionSpecs();
  }
}
