package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/** The fields a create or a replacement shows: the body as people should read it. */
final class ShownFields {

  private final Decisions decisions;

  ShownFields(Decisions decisions) {
    this.decisions = decisions;
  }

  /** Every field of the body, as added; secrets as sensitive. */
  List<FieldChange> created(Desired wanted) {
    List<FieldChange> fields = new ArrayList<>();
    JsonFields.leaves(shown(wanted))
        .forEach(
            (pointer, value) ->
                fields.add(
                    wanted.secrets().containsKey(pointer)
                        ? FieldChange.secret(JsonFields.dotted(pointer))
                        : FieldChange.of(
                            JsonFields.dotted(pointer), MissingNode.getInstance(), value)));
    return fields;
  }

  /** The fields of the body that differ from the live resource it replaces; secrets always. */
  List<FieldChange> replaced(Desired wanted, ObjectNode live) {
    List<FieldChange> fields = new ArrayList<>();
    JsonFields.leaves(shown(wanted))
        .forEach(
            (pointer, value) -> {
              if (wanted.secrets().containsKey(pointer)) {
                fields.add(FieldChange.secret(JsonFields.dotted(pointer)));
              } else if (!live.at(pointer).equals(value)) {
                fields.add(FieldChange.of(JsonFields.dotted(pointer), live.at(pointer), value));
              }
            });
    return fields;
  }

  /** The create body with known ids filled in and selectors left out (activations show them). */
  private ObjectNode shown(Desired wanted) {
    ObjectNode shown = wanted.body().deepCopy();
    shown.remove("transformations");
    wanted
        .references()
        .forEach(
            (pointer, dependency) -> {
              String value = decisions.currentId(dependency).orElse(Desired.UNKNOWN_ID);
              JsonNode parent = shown.at(pointer.substring(0, pointer.lastIndexOf('/')));
              String last = pointer.substring(pointer.lastIndexOf('/') + 1);
              if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), TextNode.valueOf(value));
              } else {
                ((ObjectNode) parent).put(last, value);
              }
            });
    return shown;
  }
}
