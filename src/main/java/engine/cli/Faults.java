package engine.cli;

import engine.flowservice.ClientConfigurationException;
import engine.flowservice.FlowServiceException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what escapes a command into an exit code: the user's mistakes and server refusals into a
 * message and exit 1, everything else into an internal fault, exit 3, with the stack trace only
 * under {@code --stacktrace}.
 */
final class Faults implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private final EngineCommand root;

  Faults(EngineCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (failure instanceof UserError
        || failure instanceof FlowServiceException
        || failure instanceof ClientConfigurationException) {
      err.println("Error: " + failure.getMessage());
      err.flush();
      return ExitCode.ERROR;
    }
    err.println("engine: internal error: " + failure);
    if (root.stacktrace) {
      failure.printStackTrace(err);
    } else {
      err.println("This is a bug in engine. Run again with --stacktrace to see where it happened.");
    }
    err.flush();
    return ExitCode.INTERNAL_FAULT;
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine commandLine = failure.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("Error: " + failure.getMessage());
    err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.ERROR;
  }
}
