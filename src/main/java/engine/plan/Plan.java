package engine.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything apply will do to one sandbox, and the only input apply takes. Views (the human text
 * and any other format) are rendered from it.
 *
 * @param formatVersion the version of this document's shape
 * @param sandbox the sandbox the plan was made for
 * @param changes one change per resource, no-ops included, in dependency order with deletes last
 * @param notes things the user should know that change nothing, such as resources that look related
 *     but are not the engine's; for display only
 */
public record Plan(
    int formatVersion, String sandbox, List<ResourceChange> changes, List<String> notes) {

  public static final int FORMAT_VERSION = 1;

  public Plan {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }

  /** Whether applying the plan would change anything. */
  public boolean hasChanges() {
    return changes.stream().anyMatch(c -> c.action() != Action.NO_OP);
  }

  /** How many changes of each action, every action present. */
  public Map<Action, Integer> counts() {
    Map<Action, Integer> counts = new TreeMap<>();
    for (Action action : Action.values()) {
      counts.put(action, 0);
    }
    changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
    return counts;
  }
}
