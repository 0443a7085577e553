package engine.cli;

import engine.graph.DesiredState;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Loads and checks a configuration without talking to any server. */
@Command(
    mixinStandardHelpOptions = true,
    name = "validate",
    description = "Check configuration files: YAML, schema, references. Sends no request.")
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand EngineCommand root;

  @Spec CommandSpec spec;

  @Mixin ConfigurationOptions configuration;

  @Override
  public Integer call() {
    Terminal terminal = Terminal.of(spec.commandLine(), root.noColor, root.environment());
    DesiredState desired =
        Session.desiredState(configuration.pathsOrCurrentFolder(), root.environment(), terminal);
    terminal
        .out()
        .println(
            "The configuration is valid: "
                + desired.destinations().size()
                + " destination(s) in sandbox \""
                + desired.sandbox()
                + "\".");
    return ExitCode.OK;
  }
}
