package engine.render;

import com.fasterxml.jackson.databind.JsonNode;
import engine.graph.ResourceKind;
import engine.plan.Action;
import engine.plan.FieldChange;
import engine.plan.Plan;
import engine.plan.ResourceChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a plan for people, in the manner of Terraform: one block per resource that changes, with
 * {@code +}, {@code ~}, {@code -} and {@code -/+}, old and new value per field, audiences by name
 * and id, secrets as {@code (sensitive)}, and a closing line with the counts.
 */
public final class PlanRenderer {

  private final Style style;

  public PlanRenderer(Style style) {
    this.style = style;
  }

  public void render(Plan plan, PrintWriter out) {
    if (!plan.hasChanges()) {
      out.println(
          style.green("No changes.")
              + " Sandbox \""
              + plan.sandbox()
              + "\" matches the configuration.");
      renderNotes(plan.notes(), out);
      out.flush();
      return;
    }
    out.println("engine will make these changes in sandbox \"" + plan.sandbox() + "\":");
    for (ResourceChange change : plan.changes()) {
      if (change.action() != Action.NO_OP) {
        out.println();
        renderChange(change, out);
      }
    }
    renderNotes(plan.notes(), out);
    out.println();
    out.println(style.bold(summary(plan.counts())));
    out.flush();
  }

  /** {@code Plan: 1 to create, 0 to update, 0 to replace, 2 to delete.} */
  public static String summary(Map<Action, Integer> counts) {
    return "Plan: "
        + counts.get(Action.CREATE)
        + " to create, "
        + counts.get(Action.UPDATE)
        + " to update, "
        + counts.get(Action.REPLACE)
        + " to replace, "
        + counts.get(Action.DELETE)
        + " to delete.";
  }

  private void renderChange(ResourceChange change, PrintWriter out) {
    out.println("  # " + change.address() + " " + verb(change.action()));
    if (!change.reason().isEmpty()) {
      out.println("  # (" + change.reason() + ")");
    }
    String header = symbol(change.action()) + " " + title(change);
    if (change.fields().isEmpty()) {
      out.println(header);
      return;
    }
    out.println(header + " {");
    int width =
        change.fields().stream()
            .filter(f -> f.key().isEmpty())
            .mapToInt(f -> f.field().length())
            .max()
            .orElse(0);
    for (FieldChange field : change.fields()) {
      out.println("      " + fieldLine(change.action(), field, width));
    }
    out.println("    }");
  }

  private String title(ResourceChange change) {
    if (change.address().kind() == ResourceKind.ACTIVATION) {
      String title = "activation of \"" + change.name() + "\"";
      return change.liveId().isEmpty() ? title : title + " (dataflow " + change.liveId() + ")";
    }
    String title = change.address().kind().words() + " \"" + change.name() + "\"";
    return change.liveId().isEmpty() ? title : title + " (id " + change.liveId() + ")";
  }

  private String fieldLine(Action action, FieldChange field, int width) {
    if (!field.key().isEmpty()) {
      return entryLine(field);
    }
    String name = field.field() + " ".repeat(width - field.field().length());
    if (field.sensitive()) {
      String mark = action == Action.UPDATE ? style.yellow("~") : style.green("+");
      return mark + " " + name + " = (sensitive)";
    }
    if (field.added()) {
      return style.green("+") + " " + name + " = " + Values.show(field.after());
    }
    if (field.removed()) {
      return style.red("-") + " " + name + " = " + Values.show(field.before());
    }
    return style.yellow("~")
        + " "
        + name
        + " = "
        + Values.show(field.before())
        + " -> "
        + Values.show(field.after());
  }

  /** An audience or attribute line: its name (when known) and id, or its path. */
  private String entryLine(FieldChange field) {
    if (field.added()) {
      return style.green("+") + " " + field.field() + " " + label(field.key(), field.after());
    }
    if (field.removed()) {
      return style.red("-") + " " + field.field() + " " + label(field.key(), field.before());
    }
    List<String> changed = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    field.before().fieldNames().forEachRemaining(keys::add);
    field.after().fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      JsonNode before = field.before().path(key);
      JsonNode after = field.after().path(key);
      if (!after.isMissingNode() && !before.equals(after)) {
        changed.add(key + " = " + Values.show(before) + " -> " + Values.show(after));
      }
    }
    return style.yellow("~")
        + " "
        + field.field()
        + " "
        + field.key()
        + ": "
        + String.join(", ", changed);
  }

  private static String label(String key, JsonNode value) {
    String name = value.path("name").asText("");
    return name.isEmpty() ? key : "\"" + name + "\" (" + key + ")";
  }

  private void renderNotes(List<String> notes, PrintWriter out) {
    for (String note : notes) {
      out.println();
      out.println("Note: " + note);
    }
  }

  private String symbol(Action action) {
    return switch (action) {
      case CREATE -> "  " + style.green("+");
      case UPDATE -> "  " + style.yellow("~");
      case REPLACE -> style.red("-") + "/" + style.green("+");
      case DELETE -> "  " + style.red("-");
      case NO_OP -> "   ";
    };
  }

  private static String verb(Action action) {
    return switch (action) {
      case CREATE -> "will be created";
      case UPDATE -> "will be updated in place";
      case REPLACE -> "must be replaced";
      case DELETE -> "will be deleted";
      case NO_OP -> "is unchanged";
    };
  }
}
