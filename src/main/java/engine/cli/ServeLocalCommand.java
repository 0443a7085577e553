package engine.cli;

import engine.local.LocalFlowService;
import engine.local.LocalFlowService.Options;
import engine.local.LocalFlowServiceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs the local Flow Service until interrupted (Ctrl-C), then shuts it down cleanly. */
@Command(
    name = "serve-local",
    mixinStandardHelpOptions = true,
    description =
        "Run the local Flow Service, a stand-in for Adobe's Flow Service API for destinations,"
            + " and prints its base URL. Serves until Ctrl-C.")
public final class ServeLocalCommand implements Callable<Integer> {

  /** Where the state lives unless told otherwise: the same file the embedded target uses. */
  public static final Path DEFAULT_STATE_FILE = Path.of(".engine", "local-flow-service.json");

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "TCP port to listen on; 0 (the default) picks a free port.")
  int port = 0;

  @Option(
      names = "--bind",
      paramLabel = "HOST",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
  String bind = Options.LOOPBACK;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "State file, kept across restarts (default: ${DEFAULT-VALUE}).")
  Path state = DEFAULT_STATE_FILE;

  @Option(names = "--in-memory", description = "Keep state in memory only; ignores --state.")
  boolean inMemory;

  @Option(
      names = "--request-log",
      paramLabel = "FILE",
      description = "Append one JSON line per request to FILE (no headers, no bodies).")
  Path requestLog;

  @Option(
      names = "--latency",
      paramLabel = "MS[:JITTER_MS]",
      description = "Add MS milliseconds to every answer, plus up to JITTER_MS more at random.")
  String latency = "0";

  @Option(
      names = "--fail-rate",
      paramLabel = "P",
      description = "Answer this share of requests (0 to 1) with 500 or 503.")
  double failRate;

  @Option(
      names = "--throttle-rate",
      paramLabel = "P",
      description = "Answer this share of requests (0 to 1) with 429 and Retry-After.")
  double throttleRate;

  @Option(
      names = "--reset-rate",
      paramLabel = "P",
      description = "Reset the connection of this share of requests (0 to 1).")
  double resetRate;

  @Option(
      names = "--max-rps",
      paramLabel = "N",
      description = "Answer 429 to requests beyond N in one second; 0 (the default) for no limit.")
  int maxRps;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the injected faults; the same seed gives the same faults.")
  long seed;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Options options = options();
    LocalFlowService service;
    try {
      service = LocalFlowService.start(options);
    } catch (LocalFlowServiceException e) {
      err.println("engine serve-local: " + e.getMessage());
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown =
        new Thread(
            () -> {
              service.close();
              stopped.countDown();
            },
            "serve-local-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);
    out.println(service.baseUrl());
    out.println(
        options.keepsState()
            ? "state: " + options.stateFile().toAbsolutePath()
            : "state: in memory only");
    out.println("Serving until Ctrl-C.");
    out.flush();
    stopped.await();
    return 0;
  }

  /** The options the flags describe; a malformed flag is a usage error. */
  Options options() {
    long[] latencyAndJitter = parseLatency(latency);
    try {
      return Options.defaults()
          .withPort(port)
          .withBindHost(bind)
          .withStateFile(inMemory ? Options.IN_MEMORY : state)
          .withRequestLog(requestLog == null ? Options.NO_LOG : requestLog)
          .withLatency(latencyAndJitter[0], latencyAndJitter[1])
          .withFailRate(failRate)
          .withThrottleRate(throttleRate)
          .withResetRate(resetRate)
          .withMaxRequestsPerSecond(maxRps)
          .withSeed(seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private long[] parseLatency(String text) {
    String[] parts = text.split(":", -1);
    try {
      if (parts.length > 2) {
        throw new NumberFormatException();
      }
      long millis = Long.parseLong(parts[0].trim());
      long jitter = parts.length == 2 ? Long.parseLong(parts[1].trim()) : 0;
      return new long[] {millis, jitter};
    } catch (NumberFormatException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--latency takes MS or MS:JITTER_MS in whole milliseconds, for example 50:20; not '"
              + text
              + "'");
    }
  }
}
