package engine.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.flowservice.Collection;
import engine.graph.Address;
import engine.graph.DesiredDestination;
import engine.graph.ResourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Plans the audiences and attributes of a destination's dataflow: one PATCH of its selector arrays,
 * made against the dataflow as it will be when the patch is sent (empty when it is made anew by the
 * same plan).
 */
final class ActivationPlanner {

  private static final String SEGMENTS = "/transformations/0/params/segmentSelectors/selectors";
  private static final String PROFILES = "/transformations/0/params/profileSelectors/selectors";

  private ActivationPlanner() {}

  static ResourceChange plan(Address address, DesiredDestination destination, Decisions decisions) {
    Address dataflow = Address.of(address.destination(), ResourceKind.DATAFLOW);
    boolean fresh = decisions.madeAnew(dataflow);
    // A dataflow this plan makes starts with no selectors: an empty object has none to diff.
    ObjectNode live =
        fresh
            ? JsonNodeFactory.instance.objectNode()
            : decisions.ownership().get(dataflow).orElseThrow();

    ArrayNode operations = DesiredResources.array();
    List<FieldChange> fields = new ArrayList<>();
    new SelectorDiff(SEGMENTS, "audience", s -> s.path("value").path("id").asText())
        .diff(
            live.at(SEGMENTS), DesiredResources.audienceSelectors(destination), operations, fields);
    new SelectorDiff(PROFILES, "attribute", s -> s.path("value").path("path").asText())
        .diff(
            live.at(PROFILES),
            DesiredResources.attributeSelectors(destination),
            operations,
            fields);

    String name = destination.spec().name();
    List<Request> requests =
        operations.isEmpty()
            ? List.of()
            : List.of(
                new Request.Patch(dataflow, Collection.FLOWS, operations, Map.of(), Map.of()));
    Action action = operations.isEmpty() ? Action.NO_OP : fresh ? Action.CREATE : Action.UPDATE;
    return fresh
        ? Changes.of(address, action, name, "", "", requests, fields, "")
        : Changes.of(address, action, name, live, requests, fields, "");
  }
}
