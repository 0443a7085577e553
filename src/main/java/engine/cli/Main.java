package engine.cli;

import picocli.CommandLine;

/** Entry point of the {@code engine} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new EngineCommand()).execute(args));
  }
}
