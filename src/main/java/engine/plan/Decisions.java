package engine.plan;

import engine.graph.Address;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the planner has decided so far, in dependency order, and the live resources it decides
 * about: a resource's plan depends on whether what it hangs off keeps its id.
 */
final class Decisions {

  private final Ownership ownership;
  private final Map<Address, Action> decided = new HashMap<>();

  Decisions(Ownership ownership) {
    this.ownership = ownership;
  }

  Ownership ownership() {
    return ownership;
  }

  void record(Address address, Action action) {
    decided.put(address, action);
  }

  /** Whether the resource will be made anew by this plan (created or replaced). */
  boolean madeAnew(Address address) {
    Action action = decided.get(address);
    return action == Action.CREATE || action == Action.REPLACE;
  }

  /** The id a dependency will have before its dependents are written, when already known. */
  Optional<String> currentId(Address dependency) {
    if (madeAnew(dependency)) {
      return Optional.empty();
    }
    return ownership.get(dependency).map(live -> live.path("id").asText());
  }
}
