package engine.cli;

import engine.apply.Applier;
import engine.apply.ApplyReport;
import engine.graph.DesiredState;
import engine.plan.Plan;
import engine.render.PlanRenderer;
import engine.render.ReportRenderer;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows the plan, asks for confirmation, and carries it out. */
@Command(
    mixinStandardHelpOptions = true,
    name = "apply",
    description = "Make Flow Service match the configuration: show the plan, confirm, apply.")
final class ApplyCommand implements Callable<Integer> {

  @ParentCommand EngineCommand root;

  @Spec CommandSpec spec;

  @Mixin ConfigurationOptions configuration;

  @Mixin TargetOptions target;

  @Option(names = "--auto-approve", description = "Apply without asking for confirmation.")
  boolean autoApprove;

  @Option(
      names = "--parallelism",
      paramLabel = "N",
      defaultValue = "4",
      description = "Most resources changed at once (default: ${DEFAULT-VALUE}).")
  int parallelism;

  /** How long an interrupted apply may take to finish what is in flight and report. */
  private static final Duration STOP_GRACE = Duration.ofSeconds(60);

  @Override
  public Integer call() {
    if (parallelism < 1) {
      throw new UserError("--parallelism must be at least 1");
    }
    Terminal terminal = Terminal.of(spec.commandLine(), root.noColor, root.environment());
    DesiredState desired =
        Session.desiredState(configuration.pathsOrCurrentFolder(), root.environment(), terminal);
    try (Session session = Session.open(target, desired.sandbox(), root.environment(), terminal)) {
      Plan plan = session.plan(desired, terminal.err());
      new PlanRenderer(terminal.style()).render(plan, terminal.out());
      if (!plan.hasChanges()) {
        return ExitCode.OK;
      }
      if (!autoApprove) {
        confirm(terminal);
      }
      terminal.out().println();
      Applier applier =
          new Applier(session.client(), root.environment()::get, parallelism, terminal.out());
      ApplyReport report = reportingOnInterrupt(applier, () -> applier.apply(plan), terminal);
      return report.succeeded() ? ExitCode.OK : ExitCode.ERROR;
    }
  }

  /**
   * Runs the apply so that Ctrl-C (or SIGTERM) stops it cleanly: nothing new starts, what is in
   * flight finishes, and the report of what was applied is printed before the process ends.
   */
  private static ApplyReport reportingOnInterrupt(
      Applier applier, Supplier<ApplyReport> apply, Terminal terminal) {
    CountDownLatch reported = new CountDownLatch(1);
    Thread onInterrupt =
        new Thread(
            () -> {
              applier.stop();
              try {
                reported.await(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "engine-apply-interrupt");
    Runtime.getRuntime().addShutdownHook(onInterrupt);
    try {
      ApplyReport report = apply.get();
      new ReportRenderer(terminal.style()).render(report, terminal.out());
      return report;
    } finally {
      reported.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      } catch (IllegalStateException shuttingDown) {
        // The process is already ending; the hook has done its work.
      }
    }
  }

  private static void confirm(Terminal terminal) {
    if (!terminal.interactive()) {
      throw new UserError(
          "apply needs confirmation, and there is no terminal to ask on;"
              + " review the plan, then run again with --auto-approve");
    }
    terminal.out().println();
    String answer =
        terminal.ask("Apply these changes? Only 'yes' is accepted to approve.\n  Enter a value: ");
    if (!answer.equals("yes")) {
      throw new UserError("apply cancelled; nothing was changed");
    }
  }
}
