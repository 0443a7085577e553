package engine.apply;

import java.util.List;

/**
 * Everything apply did, failed to do and did not try, in the order it happened.
 *
 * @param outcomes one per change (two for a replacement: its delete and its create)
 */
public record ApplyReport(List<Outcome> outcomes) {

  public ApplyReport {
    outcomes = List.copyOf(outcomes);
  }

  /** Whether every planned change was applied. */
  public boolean succeeded() {
    return outcomes.stream().allMatch(o -> o.status() == Outcome.Status.APPLIED);
  }

  public long count(Outcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
