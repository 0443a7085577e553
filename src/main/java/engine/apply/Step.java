package engine.apply;

import engine.graph.Address;
import engine.plan.Request;
import java.util.List;

/**
 * A unit of apply work: the delete half or the write half of one change. A replacement has both;
 * its write waits for its delete.
 *
 * @param address the resource
 * @param phase which half
 * @param requests the calls to make, in order
 */
record Step(Address address, Phase phase, List<Request> requests) {

  /** Deletes run in reverse dependency order, writes in dependency order. */
  enum Phase {
    DELETE,
    WRITE
  }

  Step {
    requests = List.copyOf(requests);
  }

  @Override
  public String toString() {
    return address + (phase == Phase.DELETE ? " (delete)" : "");
  }
}
