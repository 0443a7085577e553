package engine.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Runs the local Flow Service until interrupted. */
@Command(name = "serve-local", description = "Runs the local Flow Service.")
public final class ServeLocalCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("not built yet");
  }
}
