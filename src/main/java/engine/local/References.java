package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Checks and derived fields around references from one resource to another. */
final class References {

  private References() {}

  /**
   * Checks {@code baseConnectionId}: it must name a base connection of this sandbox with the same
   * connection spec.
   */
  static void checkBaseConnection(
      ObjectNode candidate, String specId, Tenant tenant, boolean required, Problems problems) {
    JsonNode baseId = candidate.get("baseConnectionId");
    if (baseId == null || baseId.isNull()) {
      if (required) {
        problems.missing("baseConnectionId is required");
      }
      return;
    }
    if (!baseId.isTextual()) {
      problems.invalid("baseConnectionId must be a string");
      return;
    }
    Optional<ObjectNode> base = tenant.get(ResourceKind.CONNECTIONS, baseId.asText());
    if (base.isEmpty()) {
      problems.invalid("baseConnectionId " + baseId.asText() + " is not a base connection");
      return;
    }
    String baseSpec = base.get().path("connectionSpec").path("id").asText();
    if (!specId.isEmpty() && !baseSpec.equals(specId)) {
      problems.invalid(
          "base connection "
              + baseId.asText()
              + " has connection spec "
              + baseSpec
              + ", not "
              + specId);
    }
  }

  /** Checks the optional {@code data} block: an object whose {@code format} is a string. */
  static void checkData(ObjectNode candidate, Problems problems) {
    JsonNode data = candidate.get("data");
    if (data == null || data.isNull()) {
      return;
    }
    if (!data.isObject()) {
      problems.invalid("data must be an object");
    } else if (data.has("format") && !data.path("format").isTextual()) {
      problems.invalid("data.format must be a string");
    }
  }

  /** Sets {@code inheritedAttributes.baseConnection} from the referenced base connection. */
  static void inheritBaseConnection(ObjectNode document, Tenant tenant) {
    ObjectNode inherited = Json.object();
    tenant
        .get(ResourceKind.CONNECTIONS, document.path("baseConnectionId").asText())
        .ifPresent(base -> inherited.set("baseConnection", baseConnectionRef(base)));
    document.set("inheritedAttributes", inherited);
  }

  /** {@code {id, connectionSpec}} of a base connection. */
  static ObjectNode baseConnectionRef(JsonNode base) {
    ObjectNode ref = Json.object();
    ref.put("id", base.path("id").asText());
    ref.set("connectionSpec", ResourceRules.specRef(base.path("connectionSpec")));
    return ref;
  }
}
