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
      description =
          "Most requests waiting for an answer at once (default: 4, or ENGINE_MAX_IN_FLIGHT).")
  Integer maxInFlight;

  @Option(
      names = "--max-rps",
      paramLabel = "N",
      description =
          "Most requests started per second, 0 for no limit (default: 0, or"
              + " ENGINE_REQUESTS_PER_SECOND).")
  Double maxRequestsPerSecond;

  Path localStateOrDefault() {
    return localState == null ? DEFAULT_LOCAL_STATE : localState;
  }
}
