package engine.graph;

import java.util.List;
import java.util.Optional;

/**
 * What should exist in one sandbox, with references resolved, and the graph of resources it
 * implies.
 *
 * @param sandbox the sandbox name
 * @param destinations every destination, sorted by key
 * @param graph the resources and what each depends on
 */
public record DesiredState(
    String sandbox, List<DesiredDestination> destinations, ResourceGraph graph) {

  public DesiredState {
    destinations = List.copyOf(destinations);
  }

  public Optional<DesiredDestination> destination(String key) {
    return destinations.stream().filter(d -> d.key().equals(key)).findFirst();
  }
}
