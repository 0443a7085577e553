package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Dataflow runs, which clients only read. The local Flow Service exports no data, so it never
 * starts a run and the collection stays empty; listing it answers as Adobe does for a flow that has
 * not run yet.
 */
final class RunRules implements ResourceRules {

  @Override
  public ResourceKind kind() {
    return ResourceKind.RUNS;
  }

  @Override
  public void check(ObjectNode candidate, Tenant tenant, Problems problems) {
    throw ApiError.flow(ErrorCode.INVALID_REQUEST, "Runs cannot be written.");
  }

  @Override
  public void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis) {
    // runs are never written
  }
}
