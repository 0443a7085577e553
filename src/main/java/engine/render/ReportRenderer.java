package engine.render;

import engine.apply.ApplyReport;
import engine.apply.Outcome;
import engine.plan.Action;
import java.io.PrintWriter;

/** Writes the end of an apply: what was applied, what failed, what was skipped. */
public final class ReportRenderer {

  private final Style style;

  public ReportRenderer(Style style) {
    this.style = style;
  }

  public void render(ApplyReport report, PrintWriter out) {
    out.println();
    if (report.succeeded()) {
      out.println(style.green("Apply complete!") + " " + applied(report) + ".");
      out.flush();
      return;
    }
    out.println(
        style.red("Apply incomplete:")
            + " "
            + report.count(Outcome.Status.APPLIED)
            + " applied, "
            + report.count(Outcome.Status.FAILED)
            + " failed, "
            + report.count(Outcome.Status.SKIPPED)
            + " skipped.");
    for (Outcome.Status status : Outcome.Status.values()) {
      for (Outcome outcome : report.outcomes()) {
        if (outcome.status() == status) {
          out.println("  " + line(outcome));
        }
      }
    }
    out.println("Run 'engine plan' to see what is left to do.");
    out.flush();
  }

  private String line(Outcome outcome) {
    String what =
        outcome.address() + " (" + outcome.action().name().toLowerCase().replace('_', '-') + ")";
    return switch (outcome.status()) {
      case APPLIED -> style.green("applied") + "  " + what;
      case FAILED -> style.red("failed") + "   " + what + ": " + outcome.detail();
      case SKIPPED -> style.yellow("skipped") + "  " + what + ": " + outcome.detail();
    };
  }

  private static String applied(ApplyReport report) {
    long created = count(report, Action.CREATE);
    long updated = count(report, Action.UPDATE);
    long replaced = count(report, Action.REPLACE);
    long deleted = count(report, Action.DELETE);
    return created
        + " created, "
        + updated
        + " updated, "
        + replaced
        + " replaced, "
        + deleted
        + " deleted";
  }

  private static long count(ApplyReport report, Action action) {
    return report.outcomes().stream()
        .filter(o -> o.action() == action)
        .map(o -> o.address())
        .distinct()
        .count();
  }
}
