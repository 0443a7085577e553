package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.DestinationSpec;
import engine.flowservice.Collection;
import engine.flowservice.FlowAction;
import engine.graph.Address;
import engine.graph.DesiredState;
import engine.graph.ResourceKind;
import engine.live.LiveState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Computes the plan that turns the live state into the desired state. A pure function: it reads
 * nothing and writes nothing, so the same inputs always give the same plan.
 */
public final class Planner {

  private final DesiredState desired;
  private final Ownership ownership;
  private final Decisions decisions;
  private final ShownFields shown;

  private Planner(DesiredState desired, Ownership ownership) {
    this.desired = desired;
    this.ownership = ownership;
    this.decisions = new Decisions(ownership);
    this.shown = new ShownFields(decisions);
  }

  public static Plan plan(DesiredState desired, LiveState live) {
    return new Planner(desired, Ownership.of(live, desired.owner(), Adoptions.wanted(desired)))
        .plan();
  }

  private Plan plan() {
    List<ResourceChange> changes = new ArrayList<>();
    for (Address address : desired.graph().order()) {
      ResourceChange change = planDesired(address);
      decisions.record(address, change.action());
      changes.add(change);
    }
    ownership.all().entrySet().stream()
        .filter(e -> !desired.graph().contains(e.getKey()))
        .forEach(e -> changes.add(orphan(e.getKey(), e.getValue())));
    changes.sort(Comparator.comparing(ResourceChange::address));
    return new Plan(Plan.FORMAT_VERSION, desired.sandbox(), changes, ownership.notes());
  }

  private ResourceChange planDesired(Address address) {
    return switch (address.kind()) {
      case PROFILE_BASE_CONNECTION ->
          resource(
              address,
              DesiredResources.profileBaseConnection(desired.owner()),
              (wanted, live) -> update(address, wanted, live, "name", "description"));
      case PROFILE_SOURCE_CONNECTION ->
          resource(
              address,
              DesiredResources.profileSourceConnection(desired.owner()),
              (wanted, live) -> update(address, wanted, live, "name", "description", "data"));
      case BASE_CONNECTION ->
          resource(
              address,
              DesiredResources.baseConnection(spec(address), desired.owner()),
              (wanted, live) ->
                  update(address, wanted, live, "name", "description", "auth")
                      .credentials(spec(address).account()));
      case TARGET_CONNECTION ->
          resource(
              address,
              DesiredResources.targetConnection(spec(address), desired.owner()),
              (wanted, live) ->
                  update(address, wanted, live, "name", "description", "data", "params"));
      case DATAFLOW ->
          resource(
              address,
              DesiredResources.dataflow(spec(address), desired.owner()),
              (wanted, live) ->
                  update(address, wanted, live, "name", "description")
                      .sourceConnection()
                      .state(spec(address).enabled()));
      case ACTIVATION ->
          ActivationPlanner.plan(
              address, desired.destination(address.destination()).orElseThrow(), decisions);
    };
  }

  private InPlaceUpdate update(
      Address address, Desired wanted, ObjectNode live, String... patchable) {
    return InPlaceUpdate.of(address, wanted, live, decisions, patchable);
  }

  /**
   * Plans a resource that should exist: create it, replace it, or update it in place.
   *
   * @param inPlace the in-place update of the live resource, when it can be updated
   */
  private ResourceChange resource(
      Address address, Desired wanted, BiFunction<Desired, ObjectNode, InPlaceUpdate> inPlace) {
    Optional<ObjectNode> found = ownership.get(address);
    if (found.isEmpty()) {
      return Changes.of(
          address,
          Action.CREATE,
          wanted.name(),
          "",
          "",
          created(address, wanted),
          shown.created(wanted),
          "");
    }
    ObjectNode live = found.get();
    String replaceReason = replaceReason(wanted, live);
    if (replaceReason.isEmpty()) {
      return inPlace.apply(wanted, live).change(wanted.name());
    }
    List<Request> requests = new ArrayList<>();
    requests.add(new Request.Delete(collectionOf(address.kind()), live.path("id").asText()));
    requests.addAll(created(address, wanted));
    return Changes.of(
        address,
        Action.REPLACE,
        wanted.name(),
        live,
        requests,
        shown.replaced(wanted, live),
        replaceReason);
  }

  private ResourceChange orphan(Address address, ObjectNode live) {
    String reason =
        address.kind().perDestination()
            ? "destination '" + address.destination() + "' is no longer in the configuration"
            : "no destination in the configuration reads Profile data any more";
    List<Request> requests =
        List.of(new Request.Delete(collectionOf(address.kind()), live.path("id").asText()));
    return Changes.of(
        address, Action.DELETE, live.path("name").asText(), live, requests, List.of(), reason);
  }

  /**
   * Why the live resource cannot be patched into the wanted one; empty when it can. Flow Service
   * cannot change a spec, nor the base connection of a target connection or the target connection
   * of a dataflow; the Profile source connection of a dataflow it can.
   */
  private String replaceReason(Desired wanted, ObjectNode live) {
    for (String spec : List.of("connectionSpec", "flowSpec")) {
      JsonNode wantedSpec = wanted.body().path(spec).path("id");
      JsonNode liveSpec = live.path(spec).path("id");
      if (!wantedSpec.isMissingNode() && !wantedSpec.equals(liveSpec)) {
        return spec
            + " changes from "
            + liveSpec.asText()
            + " to "
            + wantedSpec.asText()
            + ", which Flow Service cannot change in place";
      }
    }
    for (Map.Entry<String, Address> reference : wanted.references().entrySet()) {
      Address dependency = reference.getValue();
      if (dependency.kind() == ResourceKind.PROFILE_SOURCE_CONNECTION) {
        continue;
      }
      Optional<String> id = decisions.currentId(dependency);
      String field = JsonFields.dotted(reference.getKey());
      String liveId = live.at(reference.getKey()).asText();
      if (id.isEmpty()) {
        return "its "
            + dependency.kind().words()
            + " is being made anew, and "
            + field
            + " cannot be changed in place";
      }
      if (!liveId.equals(id.get())) {
        return field
            + " points at "
            + liveId
            + " instead of "
            + dependency
            + " ("
            + id.get()
            + "), and cannot be changed in place";
      }
    }
    return "";
  }

  private List<Request> created(Address address, Desired wanted) {
    List<Request> requests = new ArrayList<>();
    requests.add(
        new Request.Create(
            collectionOf(address.kind()), wanted.body(), wanted.references(), wanted.secrets()));
    if (address.kind() == ResourceKind.DATAFLOW && !spec(address).enabled()) {
      requests.add(new Request.Action(address, FlowAction.DISABLE));
    }
    return requests;
  }

  private DestinationSpec spec(Address address) {
    return desired.destination(address.destination()).orElseThrow().spec();
  }

  static Collection collectionOf(ResourceKind kind) {
    return switch (kind) {
      case PROFILE_BASE_CONNECTION, BASE_CONNECTION -> Collection.CONNECTIONS;
      case PROFILE_SOURCE_CONNECTION -> Collection.SOURCE_CONNECTIONS;
      case TARGET_CONNECTION -> Collection.TARGET_CONNECTIONS;
      case DATAFLOW, ACTIVATION -> Collection.FLOWS;
    };
  }
}
