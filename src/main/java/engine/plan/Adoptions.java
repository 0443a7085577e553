package engine.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.DestinationSpec;
import engine.config.Diagnostic;
import engine.graph.DesiredDestination;
import engine.graph.DesiredState;
import engine.live.LiveState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the dataflows that destinations ask to adopt against the live state, before any plan is
 * made: a dataflow that does not exist, that another destination already owns or adopts, or that
 * differs from the one a destination already owns cannot be adopted.
 */
public final class Adoptions {

  private Adoptions() {}

  /** Destination key to the id of the dataflow it adopts, for destinations that adopt one. */
  static Map<String, String> wanted(DesiredState desired) {
    Map<String, String> wanted = new TreeMap<>();
    for (DesiredDestination destination : desired.destinations()) {
      destination.spec().adoptedDataflow().ifPresent(id -> wanted.put(destination.key(), id));
    }
    return wanted;
  }

  /** Every adoption that cannot happen, with where it is asked for; empty when all can. */
  public static List<Diagnostic> check(DesiredState desired, LiveState live) {
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, String> adoptedBy = new HashMap<>();
    for (DesiredDestination destination : desired.destinations()) {
      DestinationSpec spec = destination.spec();
      if (spec.adoptedDataflow().isEmpty()) {
        continue;
      }
      String id = spec.adoptedDataflow().get();
      String earlier = adoptedBy.putIfAbsent(id, spec.key());
      Optional<ObjectNode> flow =
          live.flows().stream().filter(f -> f.path("id").asText().equals(id)).findFirst();
      Optional<OwnershipMarker> marker =
          flow.flatMap(f -> OwnershipMarker.find(f.path("description").asText("")));
      if (earlier != null) {
        problems.add(
            problem(
                spec,
                "destination '" + earlier + "' adopts it too",
                "let one destination adopt it"));
      } else if (flow.isEmpty()) {
        problems.add(
            problem(
                spec,
                "there is no streaming destination dataflow with that id in"
                    + " sandbox '"
                    + desired.sandbox()
                    + "'",
                "check the id in Experience Platform"));
      } else if (marker.isPresent() && !marker.get().owner().equals(desired.owner())) {
        problems.add(
            problem(
                spec,
                "it belongs to another configuration"
                    + (marker.get().owner().isEmpty()
                        ? ""
                        : " (owner '" + marker.get().owner() + "')"),
                "remove adopt, or adopt another dataflow"));
      } else if (marker.isPresent() && !marker.get().destination().equals(spec.key())) {
        problems.add(
            problem(
                spec,
                "it already belongs to destination '" + marker.get().destination() + "'",
                "remove adopt, or adopt another dataflow"));
      } else if (marker.isEmpty() && ownsAnother(live, desired.owner(), spec.key())) {
        problems.add(
            problem(
                spec,
                "destination '" + spec.key() + "' already has a dataflow of its own",
                "remove adopt, or delete the destination's own dataflow first"));
      }
    }
    return problems;
  }

  private static boolean ownsAnother(LiveState live, String owner, String key) {
    return live.flows().stream()
        .map(f -> OwnershipMarker.find(f.path("description").asText("")))
        .anyMatch(
            m ->
                m.isPresent()
                    && m.get().owner().equals(owner)
                    && m.get().destination().equals(key));
  }

  private static Diagnostic problem(DestinationSpec spec, String why, String fix) {
    return new Diagnostic(
        spec.position(),
        "destination '" + spec.key() + "' adopts dataflow " + spec.adopt() + ", but " + why,
        fix);
  }
}
