package engine.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code engine} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the process environment; answers the exit code. */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(System.getenv(), out, err).execute(args);
  }

  /**
   * The engine's command line with the given environment (secrets, Adobe credentials, {@code
   * NO_COLOR}) and writers, and its exit-code contract in place.
   */
  public static CommandLine commandLine(
      java.util.Map<String, String> environment, PrintWriter out, PrintWriter err) {
    EngineCommand root = new EngineCommand(environment);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new Faults(root));
    commandLine.setParameterExceptionHandler(new Faults(root));
    return commandLine;
  }
}
