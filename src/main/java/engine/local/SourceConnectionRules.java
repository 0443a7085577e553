package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Source connections of destination dataflows: the Profile Service spec, with or without a base
 * connection of the same spec, and optional {@code data} and {@code params}.
 */
final class SourceConnectionRules implements ResourceRules {

  private final Catalogue catalogue;

  SourceConnectionRules(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.SOURCE_CONNECTIONS;
  }

  @Override
  public void check(ObjectNode candidate, Tenant tenant, Problems problems) {
    ResourceRules.checkCommon(candidate, kind(), problems);
    String specId = ResourceRules.specId(candidate, "connectionSpec", problems);
    if (!specId.isEmpty() && !catalogue.isSource(specId)) {
      throw ResourceRules.unknownSpec("connectionSpec", specId);
    }
    References.checkBaseConnection(candidate, specId, tenant, false, problems);
    References.checkData(candidate, problems);
    JsonNode params = candidate.get("params");
    if (params != null && !params.isObject()) {
      problems.invalid("params must be an object");
    }
  }

  @Override
  public void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis) {
    catalogue
        .connectionSpec(document.path("connectionSpec").path("id").asText())
        .ifPresent(spec -> document.set("typeInfo", spec.path("sourceSpec").path("typeInfo")));
    References.inheritBaseConnection(document, tenant);
  }
}
