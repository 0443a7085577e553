package engine.cli;

import engine.config.ConfigLoader;
import engine.config.Diagnostic;
import engine.config.LoadResult;
import engine.flowservice.ClientSettings;
import engine.flowservice.FlowServiceClient;
import engine.flowservice.HttpFlowServiceClient;
import engine.graph.DesiredResult;
import engine.graph.DesiredState;
import engine.graph.DesiredStateBuilder;
import engine.live.LiveReader;
import engine.live.LiveState;
import engine.local.LocalFlowService;
import engine.local.LocalFlowServiceException;
import engine.plan.Adoptions;
import engine.plan.Plan;
import engine.plan.Planner;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One command's connection to its target: the embedded local Flow Service when the target is {@code
 * local}, and the HTTP client every target is reached through.
 */
final class Session implements AutoCloseable {

  private final LocalFlowService embedded;
  private final FlowServiceClient client;

  /**
   * @param embedded the embedded server, or null when the target runs elsewhere
   */
  private Session(LocalFlowService embedded, FlowServiceClient client) {
    this.embedded = embedded;
    this.client = client;
  }

  /**
   * Loads and resolves the configuration, or prints every problem and fails. Nothing is sent to any
   * server before this succeeds.
   */
  static DesiredState desiredState(
      List<Path> paths, Map<String, String> environment, Terminal terminal) {
    LoadResult loaded = new ConfigLoader(environment::get).load(paths);
    if (loaded instanceof LoadResult.Invalid invalid) {
      throw invalidConfiguration(invalid.diagnostics(), terminal.err());
    }
    DesiredResult resolved =
        DesiredStateBuilder.build(((LoadResult.Loaded) loaded).configuration());
    if (resolved instanceof DesiredResult.Invalid invalid) {
      throw invalidConfiguration(invalid.diagnostics(), terminal.err());
    }
    return ((DesiredResult.Resolved) resolved).state();
  }

  static Session open(
      TargetOptions options, String sandbox, Map<String, String> environment, Terminal terminal) {
    if (options.target.equals("local")) {
      LocalFlowService server = startEmbedded(options.localStateOrDefault());
      try {
        return new Session(
            server,
            connect(
                ClientSettings.local(server.baseUrl(), sandbox).withTuning(environment),
                options,
                terminal));
      } catch (RuntimeException e) {
        server.close();
        throw e;
      }
    }
    ClientSettings settings =
        options.target.equals("adobe")
            ? ClientSettings.adobe(environment, sandbox)
            : ClientSettings.local(url(options.target), sandbox).withTuning(environment);
    return new Session(null, connect(settings, options, terminal));
  }

  private static LocalFlowService startEmbedded(Path state) {
    try {
      return LocalFlowService.start(LocalFlowService.Options.defaults().withStateFile(state));
    } catch (LocalFlowServiceException e) {
      throw new UserError(
          e.getMessage()
              + ". To use a local Flow Service that is already running, pass --target with the"
              + " URL it printed");
    }
  }

  private static FlowServiceClient connect(
      ClientSettings settings, TargetOptions options, Terminal terminal) {
    ClientSettings tuned = settings;
    if (options.maxInFlight != null) {
      if (options.maxInFlight < 1) {
        throw new UserError("--max-in-flight must be at least 1");
      }
      tuned = tuned.withMaxInFlight(options.maxInFlight);
    }
    if (options.maxRequestsPerSecond != null) {
      if (!(options.maxRequestsPerSecond >= 0)) {
        throw new UserError("--max-rps must be 0 (no limit) or more");
      }
      tuned = tuned.withRequestsPerSecond(options.maxRequestsPerSecond);
    }
    if (options.verbose) {
      tuned = tuned.withTrace(terminal.err());
    }
    return HttpFlowServiceClient.open(tuned);
  }

  /** A target URL; the client adds Flow Service's base path when only a host is given. */
  static URI url(String target) {
    URI uri;
    try {
      uri = URI.create(target);
    } catch (IllegalArgumentException e) {
      throw notATarget(target);
    }
    if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
      throw notATarget(target);
    }
    return uri;
  }

  FlowServiceClient client() {
    return client;
  }

  /**
   * Reads the live state and plans against it, or prints why it cannot: a destination adopts a
   * dataflow that cannot be adopted.
   */
  Plan plan(DesiredState desired, PrintWriter err) {
    LiveState live = LiveReader.read(client);
    List<Diagnostic> problems = Adoptions.check(desired, live);
    if (!problems.isEmpty()) {
      problems.forEach(err::println);
      err.flush();
      throw new UserError(count(problems) + " in the configuration; nothing was changed");
    }
    return Planner.plan(desired, live);
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  private static UserError notATarget(String target) {
    return new UserError(
        "--target "
            + target
            + " is not a target; use local, adobe, or a URL"
            + " such as http://127.0.0.1:8080");
  }

  private static UserError invalidConfiguration(List<Diagnostic> diagnostics, PrintWriter err) {
    diagnostics.forEach(err::println);
    err.flush();
    return new UserError(
        "the configuration has " + count(diagnostics) + "; nothing was sent to Flow Service");
  }

  private static String count(List<Diagnostic> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems");
  }
}
