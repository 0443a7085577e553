package engine.graph;

import java.util.List;
import java.util.Optional;

/**
 * What should exist in one sandbox, with references resolved, and the graph of resources it
 * implies.
 *
 * @param sandbox the sandbox name
 * @param owner the owner written into every ownership marker; empty when the configuration is the
 *     only one managing the sandbox
 * @param destinations every destination, sorted by key
 * @param graph the resources and what each depends on
 */
public record DesiredState(
    String sandbox, String owner, List<DesiredDestination> destinations, ResourceGraph graph) {

  public DesiredState {
    destinations = List.copyOf(destinations);
  }

  public Optional<DesiredDestination> destination(String key) {
    return destinations.stream().filter(d -> d.key().equals(key)).findFirst();
  }
}
