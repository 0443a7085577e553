package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * One field of a resource as it is and as it will be. For display only: apply never reads it.
 *
 * @param field a dotted path such as {@code params.stream}, or {@code audience} and {@code
 *     attribute} for activation entries
 * @param key the audience id or attribute path for activation entries; empty otherwise
 * @param before the live value; {@link MissingNode} when the field does not exist yet
 * @param after the desired value; {@link MissingNode} when the field goes away
 * @param sensitive whether the value is a secret and must be shown as {@code (sensitive)}
 */
public record FieldChange(
    String field, String key, JsonNode before, JsonNode after, boolean sensitive) {

  public static FieldChange of(String field, JsonNode before, JsonNode after) {
    return new FieldChange(field, "", before, after, false);
  }

  public static FieldChange secret(String field) {
    return new FieldChange(field, "", MissingNode.getInstance(), MissingNode.getInstance(), true);
  }

  public boolean added() {
    return before.isMissingNode() && !after.isMissingNode();
  }

  public boolean removed() {
    return !before.isMissingNode() && after.isMissingNode();
  }
}
