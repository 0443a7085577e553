package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Refuses to delete a connection that a dataflow still uses, as Flow Service does. */
final class Usage {

  private Usage() {}

  static void refuseWhileUsed(ResourceKind kind, String id, Tenant tenant) {
    List<String> flows =
        switch (kind) {
          case CONNECTIONS -> flowsUsingBase(id, tenant);
          case SOURCE_CONNECTIONS -> flowsListing("sourceConnectionIds", id, tenant);
          case TARGET_CONNECTIONS -> flowsListing("targetConnectionIds", id, tenant);
          case FLOWS, RUNS -> List.of();
        };
    if (flows.isEmpty()) {
      return;
    }
    if (kind == ResourceKind.CONNECTIONS) {
      throw ApiError.flow(
          ErrorCode.BASE_CONNECTION_IN_USE,
          "The connection "
              + id
              + " cannot be deleted because the base connection is being used in one or more"
              + " flows: "
              + String.join(", ", flows)
              + ". Delete those dataflows first.",
          id,
          kind.path());
    }
    throw ApiError.flow(
        ErrorCode.ACTIVE_FLOWS,
        "Found active flows containing id "
            + id
            + ": "
            + String.join(", ", flows)
            + ". Delete those dataflows first.",
        id,
        kind.path());
  }

  private static List<String> flowsListing(String field, String id, Tenant tenant) {
    return tenant.all(ResourceKind.FLOWS).stream()
        .filter(flow -> contains(flow, field, id))
        .map(flow -> flow.path("id").asText())
        .sorted()
        .toList();
  }

  private static List<String> flowsUsingBase(String baseId, Tenant tenant) {
    return tenant.all(ResourceKind.FLOWS).stream()
        .filter(
            flow ->
                usesBase(
                        flow,
                        "sourceConnectionIds",
                        ResourceKind.SOURCE_CONNECTIONS,
                        baseId,
                        tenant)
                    || usesBase(
                        flow,
                        "targetConnectionIds",
                        ResourceKind.TARGET_CONNECTIONS,
                        baseId,
                        tenant))
        .map(flow -> flow.path("id").asText())
        .sorted()
        .toList();
  }

  private static boolean usesBase(
      ObjectNode flow, String field, ResourceKind kind, String baseId, Tenant tenant) {
    for (var connectionId : flow.path(field)) {
      boolean match =
          tenant
              .get(kind, connectionId.asText())
              .map(c -> c.path("baseConnectionId").asText().equals(baseId))
              .orElse(false);
      if (match) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(ObjectNode flow, String field, String id) {
    for (var element : flow.path(field)) {
      if (element.asText().equals(id)) {
        return true;
      }
    }
    return false;
  }
}
