package engine.cli;

import engine.graph.DesiredState;
import engine.plan.Plan;
import engine.render.PlanRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows what apply would change. Reads live state; writes nothing. */
@Command(
    mixinStandardHelpOptions = true,
    name = "plan",
    description = "Show what apply would change in Flow Service. Changes nothing.")
final class PlanCommand implements Callable<Integer> {

  @ParentCommand EngineCommand root;

  @Spec CommandSpec spec;

  @Mixin ConfigurationOptions configuration;

  @Mixin TargetOptions target;

  @Option(
      names = "--detailed-exitcode",
      description = "Exit 2 when there are changes, 0 when there are none, 1 on error.")
  boolean detailedExitCode;

  @Override
  public Integer call() {
    Terminal terminal = Terminal.of(spec.commandLine(), root.noColor, root.environment());
    DesiredState desired =
        Session.desiredState(configuration.pathsOrCurrentFolder(), root.environment(), terminal);
    try (Session session = Session.open(target, desired.sandbox(), root.environment(), terminal)) {
      Plan plan = session.plan(desired, terminal.err());
      new PlanRenderer(terminal.style()).render(plan, terminal.out());
      return detailedExitCode && plan.hasChanges() ? ExitCode.CHANGES_PRESENT : ExitCode.OK;
    }
  }
}
