package engine.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code engine} command; every piece of work is a subcommand. */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    version = "engine 0.1.0",
    description = "Manages Adobe Experience Platform streaming destinations as code.",
    footer = {
      "",
      "Exit codes: 0 success (plan --detailed-exitcode: no changes), 1 error,",
      "2 changes present (plan --detailed-exitcode), 3 internal fault, 130 interrupted."
    },
    subcommands = {
      ValidateCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      ServeLocalCommand.class
    })
public final class EngineCommand implements Runnable {

  private final Map<String, String> environment;

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the stack trace of an internal fault.")
  boolean stacktrace;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description =
          "Never colour output (colour is used only on a terminal, and NO_COLOR is" + " honoured).")
  boolean noColor;

  /**
   * @param environment the process environment: secrets, Adobe credentials, NO_COLOR
   */
  public EngineCommand(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  Map<String, String> environment() {
    return environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
