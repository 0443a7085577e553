package engine.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.DestinationType;
import engine.graph.Address;
import engine.graph.ResourceKind;
import engine.live.LiveReader;
import engine.live.LiveState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The live resources the engine owns, by address, found through the {@link OwnershipMarker} in
 * their descriptions. Everything without a marker is left out and so can never be changed.
 */
final class Ownership {

  private static final Comparator<ObjectNode> OLDEST_FIRST =
      Comparator.comparingLong((ObjectNode n) -> n.path("createdAt").asLong(Long.MAX_VALUE))
          .thenComparing(n -> n.path("id").asText());

  private final Map<Address, ObjectNode> owned = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  private final String owner;

  private Ownership(String owner) {
    this.owner = owner;
  }

  /**
   * The resources that carry the engine's marker, and those that destinations adopt.
   *
   * @param owner the owner of the configuration: markers of other owners are not its own
   * @param adoptions destination key to the id of the dataflow it adopts; a destination whose
   *     resources already carry its marker adopts nothing more
   */
  static Ownership of(LiveState live, String owner, Map<String, String> adoptions) {
    Ownership ownership = new Ownership(owner);
    for (ObjectNode connection : sorted(live.connections())) {
      String spec = connection.path("connectionSpec").path("id").asText();
      if (spec.equals(LiveReader.PROFILE_SPEC_ID)) {
        ownership.claim(connection, ResourceKind.PROFILE_BASE_CONNECTION, "base connection");
      } else if (DestinationType.fromConnectionSpecId(spec).isPresent()) {
        ownership.claim(connection, ResourceKind.BASE_CONNECTION, "base connection");
      }
    }
    for (ObjectNode source : sorted(live.sourceConnections())) {
      ownership.claim(source, ResourceKind.PROFILE_SOURCE_CONNECTION, "source connection");
    }
    for (ObjectNode target : sorted(live.targetConnections())) {
      ownership.claim(target, ResourceKind.TARGET_CONNECTION, "target connection");
    }
    for (ObjectNode flow : sorted(live.flows())) {
      ownership.claim(flow, ResourceKind.DATAFLOW, "dataflow");
    }
    adoptions.forEach((key, flowId) -> ownership.adopt(live, key, flowId));
    return ownership;
  }

  /**
   * Takes over an unmarked dataflow, its target connection and that one's base connection for a
   * destination that has no marked dataflow yet. The plan then writes the marker into them.
   */
  private void adopt(LiveState live, String key, String flowId) {
    if (owned.containsKey(Address.of(key, ResourceKind.DATAFLOW))) {
      return;
    }
    Optional<ObjectNode> flow = unmarked(live.flows(), flowId);
    if (flow.isEmpty()) {
      return;
    }
    owned.put(Address.of(key, ResourceKind.DATAFLOW), flow.get());
    String adopted = "dataflow " + flowId;
    Optional<ObjectNode> target =
        unmarked(live.targetConnections(), flow.get().path("targetConnectionIds").path(0).asText());
    if (target.isPresent()) {
      owned.putIfAbsent(Address.of(key, ResourceKind.TARGET_CONNECTION), target.get());
      adopted += ", target connection " + target.get().path("id").asText();
      Optional<ObjectNode> base =
          unmarked(live.connections(), target.get().path("baseConnectionId").asText());
      if (base.isPresent()) {
        owned.putIfAbsent(Address.of(key, ResourceKind.BASE_CONNECTION), base.get());
        adopted += " and base connection " + base.get().path("id").asText();
      }
    }
    notes.add(
        "destination '"
            + key
            + "' adopts "
            + adopted
            + "; applying the plan writes the engine's marker into them");
  }

  private static Optional<ObjectNode> unmarked(List<ObjectNode> resources, String id) {
    return resources.stream()
        .filter(r -> r.path("id").asText().equals(id))
        .filter(r -> OwnershipMarker.find(r.path("description").asText("")).isEmpty())
        .findFirst();
  }

  Optional<ObjectNode> get(Address address) {
    ResourceKind kind =
        address.kind() == ResourceKind.ACTIVATION ? ResourceKind.DATAFLOW : address.kind();
    return Optional.ofNullable(owned.get(new Address(kind, address.destination())));
  }

  /** Owned addresses, in address order. */
  Map<Address, ObjectNode> all() {
    return owned;
  }

  List<String> notes() {
    return notes;
  }

  private void claim(ObjectNode resource, ResourceKind kind, String noun) {
    Optional<OwnershipMarker> marker =
        OwnershipMarker.find(resource.path("description").asText(""));
    if (marker.isEmpty()
        || marker.get().destination().isEmpty() == kind.perDestination()
        || !marker.get().owner().equals(owner)) {
      return;
    }
    Address address = new Address(kind, marker.get().destination());
    ObjectNode earlier = owned.putIfAbsent(address, resource);
    if (earlier != null) {
      notes.add(
          "the "
              + noun
              + " "
              + resource.path("id").asText()
              + " carries the same marker as "
              + earlier.path("id").asText()
              + " ("
              + address
              + "); the engine manages the older one and leaves this one alone");
    }
  }

  private static List<ObjectNode> sorted(List<ObjectNode> resources) {
    return resources.stream().sorted(OLDEST_FIRST).toList();
  }
}
