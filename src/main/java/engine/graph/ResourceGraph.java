package engine.graph;

import engine.config.Diagnostic;
import engine.config.SourcePosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resources and what each depends on: a resource is made after everything it depends on and removed
 * before it. The graph is acyclic and every dependency is a node of it; {@link Builder} refuses
 * anything else with diagnostics that name every culprit.
 */
public final class ResourceGraph {

  private final SortedMap<Address, SortedSet<Address>> dependsOn;
  private final SortedMap<Address, SortedSet<Address>> dependents;
  private final List<Address> order;

  private ResourceGraph(SortedMap<Address, SortedSet<Address>> dependsOn) {
    this.dependsOn = dependsOn;
    this.dependents = new TreeMap<>();
    dependsOn.keySet().forEach(a -> dependents.put(a, new TreeSet<>()));
    dependsOn.forEach((node, deps) -> deps.forEach(d -> dependents.get(d).add(node)));
    this.order = topologicalOrder();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every resource, each after everything it depends on; ties broken by address. */
  public List<Address> order() {
    return order;
  }

  public boolean contains(Address address) {
    return dependsOn.containsKey(address);
  }

  /** What {@code address} needs to exist first. */
  public Set<Address> dependsOn(Address address) {
    return Collections.unmodifiableSet(dependsOn.getOrDefault(address, new TreeSet<>()));
  }

  /** What needs {@code address} to exist. */
  public Set<Address> dependents(Address address) {
    return Collections.unmodifiableSet(dependents.getOrDefault(address, new TreeSet<>()));
  }

  private List<Address> topologicalOrder() {
    Map<Address, Integer> waiting = new HashMap<>();
    SortedSet<Address> ready = new TreeSet<>();
    dependsOn.forEach(
        (node, deps) -> {
          waiting.put(node, deps.size());
          if (deps.isEmpty()) {
            ready.add(node);
          }
        });
    List<Address> sorted = new ArrayList<>();
    while (!ready.isEmpty()) {
      Address next = ready.first();
      ready.remove(next);
      sorted.add(next);
      for (Address dependent : dependents.get(next)) {
        if (waiting.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    return List.copyOf(sorted);
  }

  /** Collects nodes and their dependencies, then checks them as a whole. */
  public static final class Builder {

    private final SortedMap<Address, SortedSet<Address>> dependsOn = new TreeMap<>();
    private final Map<Address, SourcePosition> positions = new HashMap<>();

    private Builder() {}

    /**
     * Adds a resource.
     *
     * @param position where the resource comes from, for diagnostics
     */
    public Builder add(Address address, Set<Address> dependencies, SourcePosition position) {
      dependsOn.put(address, new TreeSet<>(dependencies));
      positions.put(address, position);
      return this;
    }

    /**
     * The graph, or every dangling dependency and every cycle, sorted by position. A cycle is
     * reported once, naming all its resources in address order.
     */
    public GraphResult build() {
      List<Diagnostic> problems = new ArrayList<>();
      dependsOn.forEach(
          (node, deps) ->
              deps.stream()
                  .filter(d -> !dependsOn.containsKey(d))
                  .forEach(
                      d ->
                          problems.add(
                              new Diagnostic(
                                  positions.get(node),
                                  node + " depends on " + d + ", which is not defined",
                                  "define " + d + " or remove the reference to it"))));
      if (problems.isEmpty()) {
        for (SortedSet<Address> cycle : new CycleFinder(dependsOn).cycles()) {
          Address first = cycle.first();
          problems.add(
              new Diagnostic(
                  positions.get(first),
                  "these resources depend on each other in a cycle: "
                      + String.join(", ", names(cycle)),
                  "remove one of the dependencies between them"));
        }
      }
      if (!problems.isEmpty()) {
        Collections.sort(problems);
        return new GraphResult.Invalid(problems);
      }
      return new GraphResult.Built(new ResourceGraph(dependsOn));
    }

    private static List<String> names(SortedSet<Address> cycle) {
      return cycle.stream().map(Address::toString).toList();
    }
  }

  /** Strongly connected components (Tarjan), keeping those that are cycles. */
  private static final class CycleFinder {
    private final Map<Address, SortedSet<Address>> edges;
    private final Map<Address, Integer> index = new HashMap<>();
    private final Map<Address, Integer> lowLink = new HashMap<>();
    private final Deque<Address> stack = new ArrayDeque<>();
    private final Set<Address> onStack = new java.util.HashSet<>();
    private final List<SortedSet<Address>> cycles = new ArrayList<>();

    CycleFinder(Map<Address, SortedSet<Address>> edges) {
      this.edges = edges;
    }

    List<SortedSet<Address>> cycles() {
      edges.keySet().stream().filter(a -> !index.containsKey(a)).forEach(this::visit);
      cycles.sort((a, b) -> a.first().compareTo(b.first()));
      return cycles;
    }

    private void visit(Address node) {
      index.put(node, index.size());
      lowLink.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (Address next : edges.get(node)) {
        if (!index.containsKey(next)) {
          visit(next);
          lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
        } else if (onStack.contains(next)) {
          lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
        }
      }
      if (lowLink.get(node).equals(index.get(node))) {
        SortedSet<Address> component = new TreeSet<>();
        Address member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        if (component.size() > 1 || edges.get(node).contains(node)) {
          cycles.add(component);
        }
      }
    }
  }
}
