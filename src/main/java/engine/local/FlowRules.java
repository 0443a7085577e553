package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Destination dataflows: a known flow spec, source and target connections that exist and whose
 * specs the flow spec allows, and {@code GeneralTransform} transformations whose audience (segment)
 * and attribute (profile) selectors have Adobe's shape.
 */
final class FlowRules implements ResourceRules {

  private static final Set<String> TRANSFORMATION_NAMES =
      Set.of("GeneralTransform", "General Transform");

  private final Catalogue catalogue;

  FlowRules(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.FLOWS;
  }

  @Override
  public void check(ObjectNode candidate, Tenant tenant, Problems problems) {
    ResourceRules.checkCommon(candidate, kind(), problems);
    String specId = ResourceRules.specId(candidate, "flowSpec", problems);
    Optional<ObjectNode> flowSpec = catalogue.flowSpec(specId);
    if (!specId.isEmpty() && flowSpec.isEmpty()) {
      throw ResourceRules.unknownSpec("flowSpec", specId);
    }
    Set<String> sourceSpecs = ids(flowSpec.map(s -> s.path("sourceConnectionSpecIds")));
    Set<String> targetSpecs = ids(flowSpec.map(s -> s.path("targetConnectionSpecIds")));
    checkConnections(
        candidate,
        "sourceConnectionIds",
        ResourceKind.SOURCE_CONNECTIONS,
        sourceSpecs,
        tenant,
        problems);
    checkConnections(
        candidate,
        "targetConnectionIds",
        ResourceKind.TARGET_CONNECTIONS,
        targetSpecs,
        tenant,
        problems);
    checkTransformations(candidate.get("transformations"), problems);
    JsonNode schedule = candidate.get("scheduleParams");
    if (schedule != null && !schedule.isObject()) {
      problems.invalid("scheduleParams must be an object");
    }
  }

  private static Set<String> ids(Optional<JsonNode> array) {
    Set<String> ids = new HashSet<>();
    array.ifPresent(a -> a.forEach(id -> ids.add(id.asText())));
    return ids;
  }

  private static void checkConnections(
      ObjectNode candidate,
      String field,
      ResourceKind kind,
      Set<String> allowedSpecs,
      Tenant tenant,
      Problems problems) {
    JsonNode ids = candidate.get(field);
    if (ids == null || ids.isNull()) {
      problems.missing(field + " is required");
      return;
    }
    if (!ids.isArray() || ids.isEmpty()) {
      problems.invalid(field + " must be a non-empty array of ids");
      return;
    }
    for (JsonNode id : ids) {
      Optional<ObjectNode> connection = tenant.get(kind, id.asText());
      if (!id.isTextual() || connection.isEmpty()) {
        problems.invalid(field + " names " + id + ", which is not one of the " + kind.path());
        continue;
      }
      String spec = connection.get().path("connectionSpec").path("id").asText();
      if (!allowedSpecs.isEmpty() && !allowedSpecs.contains(spec)) {
        problems.invalid(
            field
                + " names "
                + id.asText()
                + ", whose connection spec "
                + spec
                + " the flow spec does not accept");
      }
    }
  }

  private static void checkTransformations(JsonNode transformations, Problems problems) {
    if (transformations == null || transformations.isNull()) {
      problems.missing("transformations is required");
      return;
    }
    if (!transformations.isArray()) {
      problems.invalid("transformations must be an array");
      return;
    }
    int index = 0;
    for (JsonNode transformation : transformations) {
      String at = "transformations/" + index++;
      if (!TRANSFORMATION_NAMES.contains(transformation.path("name").asText())) {
        problems.invalid(at + "/name must be GeneralTransform");
      }
      JsonNode params = transformation.path("params");
      if (!params.isObject()) {
        problems.missing(at + "/params is required");
        continue;
      }
      Selectors.check(params.get("segmentSelectors"), at + "/params/segmentSelectors", problems);
      Selectors.check(params.get("profileSelectors"), at + "/params/profileSelectors", problems);
    }
  }

  @Override
  public void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis) {
    ObjectNode inherited = Json.object();
    inherited.putObject("properties").put("isDestinationFlow", true);
    ArrayNode sources = inherited.putArray("sourceConnections");
    for (JsonNode id : document.path("sourceConnectionIds")) {
      tenant
          .get(ResourceKind.SOURCE_CONNECTIONS, id.asText())
          .ifPresent(source -> sources.add(connectionRef(source, tenant)));
    }
    ArrayNode targets = inherited.putArray("targetConnections");
    for (JsonNode id : document.path("targetConnectionIds")) {
      tenant
          .get(ResourceKind.TARGET_CONNECTIONS, id.asText())
          .ifPresent(target -> targets.add(connectionRef(target, tenant)));
    }
    document.set("inheritedAttributes", inherited);
    document.put("runs", "/runs?property=flowId==" + document.path("id").asText());
    SelectorTimes.stamp(document, previous, nowMillis);
  }

  private static ObjectNode connectionRef(ObjectNode connection, Tenant tenant) {
    ObjectNode ref = Json.object();
    ref.put("id", connection.path("id").asText());
    ref.set("connectionSpec", ResourceRules.specRef(connection.path("connectionSpec")));
    tenant
        .get(ResourceKind.CONNECTIONS, connection.path("baseConnectionId").asText())
        .ifPresent(base -> ref.set("baseConnection", References.baseConnectionRef(base)));
    if (connection.has("typeInfo")) {
      ref.set("typeInfo", connection.get("typeInfo"));
    }
    return ref;
  }
}
