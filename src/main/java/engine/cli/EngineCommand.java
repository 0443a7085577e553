package engine.cli;

import picocli.CommandLine.Command;

/** The top-level {@code engine} command; every piece of work is a subcommand. */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    version = "engine 0.1.0",
    description = "Manages Adobe Experience Platform streaming destinations as code.",
    subcommands = {ServeLocalCommand.class})
public final class EngineCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
