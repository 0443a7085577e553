package engine.apply;

import engine.graph.Address;
import engine.plan.Action;
import engine.plan.Plan;
import engine.plan.Request;
import engine.plan.ResourceChange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a plan and the order they must keep: a write waits for the writes of what its
 * resource depends on and for its own delete; a delete waits for the deletes of its resource's
 * dependents. Tracks which steps are done, failed or still waiting.
 */
final class StepGraph {

  private final Map<Step, Set<Step>> waitsFor = new LinkedHashMap<>();
  private final Map<Step, Set<Step>> unblocks = new HashMap<>();
  private final Set<Step> finished = new HashSet<>();
  private final Set<Step> abandoned = new HashSet<>();

  private StepGraph() {}

  static StepGraph of(Plan plan) {
    StepGraph graph = new StepGraph();
    Map<Address, Step> deletes = new HashMap<>();
    Map<Address, Step> writes = new HashMap<>();
    for (ResourceChange change : plan.changes()) {
      if (change.action() == Action.NO_OP) {
        continue;
      }
      List<Request> deleting =
          change.requests().stream().filter(r -> r instanceof Request.Delete).toList();
      List<Request> writing =
          change.requests().stream().filter(r -> !(r instanceof Request.Delete)).toList();
      if (!deleting.isEmpty()) {
        deletes.put(change.address(), new Step(change.address(), Step.Phase.DELETE, deleting));
      }
      if (!writing.isEmpty()) {
        writes.put(change.address(), new Step(change.address(), Step.Phase.WRITE, writing));
      }
    }
    for (ResourceChange change : plan.changes()) {
      Address address = change.address();
      Step write = writes.get(address);
      if (write != null) {
        graph.add(write);
        change.dependsOn().stream()
            .map(writes::get)
            .filter(s -> s != null)
            .forEach(s -> graph.order(s, write));
        if (deletes.containsKey(address)) {
          graph.order(deletes.get(address), write);
        }
      }
      Step delete = deletes.get(address);
      if (delete != null) {
        graph.add(delete);
        change.dependsOn().stream()
            .map(deletes::get)
            .filter(s -> s != null)
            .forEach(s -> graph.order(delete, s));
      }
    }
    return graph;
  }

  private void add(Step step) {
    waitsFor.putIfAbsent(step, new LinkedHashSet<>());
    unblocks.putIfAbsent(step, new LinkedHashSet<>());
  }

  private void order(Step first, Step then) {
    add(first);
    add(then);
    waitsFor.get(then).add(first);
    unblocks.get(first).add(then);
  }

  List<Step> initiallyReady() {
    return waitsFor.entrySet().stream()
        .filter(e -> e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Marks a step done; answers the steps that may now start. */
  List<Step> complete(Step step) {
    finished.add(step);
    List<Step> ready = new ArrayList<>();
    for (Step next : unblocks.get(step)) {
      if (!abandoned.contains(next) && finished.containsAll(waitsFor.get(next))) {
        ready.add(next);
      }
    }
    return ready;
  }

  /** Marks a step failed; answers every step that can no longer run because of it. */
  List<Step> fail(Step step) {
    finished.add(step);
    List<Step> skipped = new ArrayList<>();
    Deque<Step> pending = new ArrayDeque<>(unblocks.get(step));
    while (!pending.isEmpty()) {
      Step next = pending.pop();
      if (abandoned.add(next)) {
        skipped.add(next);
        pending.addAll(unblocks.get(next));
      }
    }
    return skipped;
  }

  /** Steps that never ran, in plan order. */
  List<Step> unfinished() {
    return waitsFor.keySet().stream().filter(s -> !finished.contains(s)).toList();
  }
}
