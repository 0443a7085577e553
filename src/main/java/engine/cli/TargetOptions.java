package engine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which Flow Service to talk to, and how. */
final class TargetOptions {

  /** The state file of the embedded local Flow Service, relative to the working directory. */
  static final Path DEFAULT_LOCAL_STATE = Path.of(".engine", "local-flow-service.json");

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      defaultValue = "local",
      description =
          "local (default: the embedded local Flow Service), a URL of a running Flow Service"
              + " (e.g. http://127.0.0.1:8080), or adobe (Adobe Experience Platform).")
  String target;

  @Option(
      names = "--local-state",
      paramLabel = "FILE",
      description =
          "State file of the embedded local Flow Service (default: .engine/local-flow-service.json"
              + " in the working directory).")
  Path localState;

  @Option(
      names = "--verbose",
      description = "Trace every request: method, URL, status, time, request id (no secrets).")
  boolean verbose;

  @Option(
      names = "--max-in-flight",
      paramLabel = "N",
      description = "Most requests in flight at once (default: ${DEFAULT-VALUE}).",
      defaultValue = "4")
  int maxInFlight;

  @Option(
      names = "--max-rps",
      paramLabel = "N",
      description = "Most requests per second; 0 for no limit (default: ${DEFAULT-VALUE}).",
      defaultValue = "0")
  double maxRequestsPerSecond;

  Path localStateOrDefault() {
    return localState == null ? DEFAULT_LOCAL_STATE : localState;
  }
}
