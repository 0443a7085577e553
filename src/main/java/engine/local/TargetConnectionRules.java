package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * Target connections: a base connection that exists and has the same destination connection spec,
 * and params that match the spec's target params (unknown extra params are kept: Adobe documents
 * optional params it does not name).
 */
final class TargetConnectionRules implements ResourceRules {

  private final Catalogue catalogue;

  TargetConnectionRules(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.TARGET_CONNECTIONS;
  }

  @Override
  public void check(ObjectNode candidate, Tenant tenant, Problems problems) {
    ResourceRules.checkCommon(candidate, kind(), problems);
    inheritSpecWhenAbsent(candidate, tenant);
    String specId = ResourceRules.specId(candidate, "connectionSpec", problems);
    if (!specId.isEmpty() && !catalogue.isDestination(specId)) {
      throw ResourceRules.unknownSpec("connectionSpec", specId);
    }
    References.checkBaseConnection(candidate, specId, tenant, true, problems);
    References.checkData(candidate, problems);
    JsonNode params = candidate.get("params");
    if (params == null || params.isNull()) {
      problems.missing("params is required");
    } else if (!specId.isEmpty()) {
      catalogue
          .targetParamsSchema(specId)
          .ifPresent(
              schema -> ParamsCheck.check(params, schema, "params", Set.of(), true, problems));
    }
  }

  // Adobe's Destinations spec does not require connectionSpec on a target connection; it is then
  // the spec of the base connection.
  private static void inheritSpecWhenAbsent(ObjectNode candidate, Tenant tenant) {
    if (candidate.has("connectionSpec")) {
      return;
    }
    tenant
        .get(ResourceKind.CONNECTIONS, candidate.path("baseConnectionId").asText())
        .ifPresent(
            base ->
                candidate.set(
                    "connectionSpec", ResourceRules.specRef(base.path("connectionSpec"))));
  }

  @Override
  public void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis) {
    References.inheritBaseConnection(document, tenant);
  }
}
