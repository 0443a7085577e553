package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.flipkart.zjsonpatch.JsonPatch;

/**
 * Decides whether a patch is already in a live resource, for a PATCH whose earlier attempt may have
 * been applied before a later attempt met 412.
 */
final class PatchCheck {

  private PatchCheck() {}

  /**
   * True when applying {@code operations} to {@code live} changes nothing (the change is there), or
   * when Flow Service reports them as the last operation applied to the resource (which covers
   * appends, whose second application would append again).
   */
  static boolean alreadyApplied(JsonNode live, ArrayNode operations) {
    JsonNode lastOperations = live.path("lastOperation").path("ops");
    if (lastOperations.isArray() && lastOperations.equals(operations)) {
      return true;
    }
    try {
      return JsonPatch.apply(operations, live).equals(live);
    } catch (RuntimeException e) {
      // The patch does not apply to the live document, so the live document is not its result.
      return false;
    }
  }
}
