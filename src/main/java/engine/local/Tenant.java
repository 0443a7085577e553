package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one sandbox of one organization, by collection and id. Not thread-safe: {@link
 * StateStore} serializes access. Documents are stored as the server keeps them (secrets hashed);
 * callers copy before changing.
 */
final class Tenant {

  private final Map<ResourceKind, Map<String, ObjectNode>> resources =
      new EnumMap<>(ResourceKind.class);

  Tenant() {
    for (ResourceKind kind : ResourceKind.values()) {
      resources.put(kind, new LinkedHashMap<>());
    }
  }

  Optional<ObjectNode> get(ResourceKind kind, String id) {
    return Optional.ofNullable(resources.get(kind).get(id));
  }

  List<ObjectNode> all(ResourceKind kind) {
    return new ArrayList<>(resources.get(kind).values());
  }

  void put(ResourceKind kind, ObjectNode document) {
    resources.get(kind).put(document.path("id").asText(), document);
  }

  void remove(ResourceKind kind, String id) {
    resources.get(kind).remove(id);
  }

  boolean isEmpty() {
    return resources.values().stream().allMatch(Map::isEmpty);
  }

  Tenant deepCopy() {
    Tenant copy = new Tenant();
    resources.forEach((kind, byId) -> byId.values().forEach(d -> copy.put(kind, d.deepCopy())));
    return copy;
  }
}
