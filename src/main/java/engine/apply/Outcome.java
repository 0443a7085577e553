package engine.apply;

import engine.graph.Address;
import engine.plan.Action;

/**
 * What happened to one change, or to one half of a replacement.
 *
 * @param address the resource
 * @param action the planned action
 * @param status whether it was done
 * @param detail the new id for creates, the error for failures, and for skips why: the failure that
 *     held it back, or that apply was stopped
 */
public record Outcome(Address address, Action action, Status status, String detail) {

  /** Done, refused or not tried. */
  public enum Status {
    APPLIED,
    FAILED,
    SKIPPED
  }
}
