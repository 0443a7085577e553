package engine.local;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A local stand-in for Adobe's Flow Service API for destinations, served over HTTP on a loopback
 * port. It checks requests and answers them the way Adobe documents Flow Service, keeps its state
 * in memory or in a locked state file, and can inject latency and faults for tests.
 *
 * <pre>{@code
 * try (LocalFlowService service = LocalFlowService.start(
 *     Options.defaults().withStateFile(Path.of(".engine/local-flow-service.json")))) {
 *   URI base = service.baseUrl(); // http://127.0.0.1:<port>/data/foundation/flowservice
 * }
 * }</pre>
 */
public final class LocalFlowService implements AutoCloseable {

  private static final long START_TIMEOUT_SECONDS = 30;

  private final Vertx vertx;
  private final HttpServer server;
  private final StateStore store;
  private final RequestLog log;
  private final URI baseUrl;

  private LocalFlowService(
      Vertx vertx, HttpServer server, StateStore store, RequestLog log, URI baseUrl) {
    this.vertx = vertx;
    this.server = server;
    this.store = store;
    this.log = log;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts a server and returns once it listens.
   *
   * @throws LocalFlowServiceException when the port is taken, or the state file is corrupt, held by
   *     another process or cannot be written
   */
  public static LocalFlowService start(Options options) {
    StateStore store =
        options.keepsState() ? StateStore.open(options.stateFile()) : StateStore.inMemory();
    RequestLog log = RequestLog.none();
    Vertx vertx = null;
    try {
      log =
          options.logsRequests() ? RequestLog.appendingTo(options.requestLog()) : RequestLog.none();
      vertx = Vertx.vertx();
      FlowServiceApi api =
          new FlowServiceApi(Catalogue.builtIn(), store, new Stamps(Clock.systemUTC()));
      HttpFront front = new HttpFront(vertx, api, new FaultInjector(options), log);
      HttpServer server =
          vertx
              .createHttpServer()
              .requestHandler(front.router())
              .listen(options.port(), options.bindHost())
              .toCompletionStage()
              .toCompletableFuture()
              .get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return new LocalFlowService(vertx, server, store, log, baseUrl(options, server));
    } catch (ExecutionException | TimeoutException | InterruptedException | RuntimeException e) {
      shutDown(vertx, store, log);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw startFailure(options, e);
    }
  }

  private static LocalFlowServiceException startFailure(Options options, Exception e) {
    if (e instanceof LocalFlowServiceException already) {
      return already;
    }
    Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
    if (cause instanceof BindException) {
      return new LocalFlowServiceException(
          "port "
              + options.port()
              + " on "
              + options.bindHost()
              + " is already in use; stop what listens there or choose another port (0 picks a"
              + " free one)",
          cause);
    }
    return new LocalFlowServiceException(
        "the local Flow Service could not start on "
            + options.bindHost()
            + ":"
            + options.port()
            + ": "
            + cause,
        cause);
  }

  private static URI baseUrl(Options options, HttpServer server) {
    String host = options.bindHost();
    String authority = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + authority + ":" + server.actualPort() + HttpFront.BASE_PATH);
  }

  /**
   * The base URL of the API, for example {@code
   * http://127.0.0.1:43121/data/foundation/flowservice}.
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Stops listening, writes the state a last time and releases the state file. */
  @Override
  public void close() {
    try {
      server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // the server is torn down with Vert.x below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    shutDown(vertx, store, log);
  }

  private static void shutDown(Vertx vertx, StateStore store, RequestLog log) {
    try {
      if (vertx != null) {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      // Vert.x threads are daemons; nothing is left to wait for
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      log.close();
      store.close();
    }
  }

  /**
   * How to run a local Flow Service. The state file and the request log are paths; {@link
   * #IN_MEMORY} as state file keeps state in memory only, and {@link #NO_LOG} as request log logs
   * nothing.
   *
   * @param port the TCP port; 0 picks a free one
   * @param bindHost the address to listen on; loopback unless told otherwise
   * @param stateFile where state is kept across restarts, or {@link #IN_MEMORY}
   * @param requestLog a JSON-lines file that receives one line per request, or {@link #NO_LOG}
   * @param latencyMillis latency added to every answer
   * @param jitterMillis up to this much more latency, drawn per request
   * @param failRate the share of requests answered 500 or 503 (0 to 1)
   * @param throttleRate the share of requests answered 429 with {@code Retry-After} (0 to 1)
   * @param maxRequestsPerSecond requests above this many in one second are answered 429; 0 for no
   *     ceiling
   * @param resetRate the share of requests whose connection is reset, half of them before and half
   *     after the request took effect (0 to 1)
   * @param seed the seed of the fault draws; the same seed gives the same faults
   */
  public record Options(
      int port,
      String bindHost,
      Path stateFile,
      Path requestLog,
      long latencyMillis,
      long jitterMillis,
      double failRate,
      double throttleRate,
      int maxRequestsPerSecond,
      double resetRate,
      long seed) {

    /** The state file value meaning "keep state in memory only". */
    public static final Path IN_MEMORY = Path.of("");

    /** The request log value meaning "log nothing". */
    public static final Path NO_LOG = Path.of("");

    /** The default bind address: loopback. */
    public static final String LOOPBACK = "127.0.0.1";

    public Options {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
      }
      if (bindHost == null || bindHost.isBlank()) {
        throw new IllegalArgumentException("bind host must not be empty");
      }
      if (stateFile == null || requestLog == null) {
        throw new IllegalArgumentException("use IN_MEMORY and NO_LOG rather than null");
      }
      if (latencyMillis < 0 || jitterMillis < 0 || maxRequestsPerSecond < 0) {
        throw new IllegalArgumentException("latency, jitter and max rps must not be negative");
      }
      for (double rate : new double[] {failRate, throttleRate, resetRate}) {
        if (!(rate >= 0 && rate <= 1)) {
          throw new IllegalArgumentException("rates must be between 0 and 1, not " + rate);
        }
      }
      if (failRate + throttleRate + resetRate > 1) {
        throw new IllegalArgumentException("fail, throttle and reset rates add up to more than 1");
      }
    }

    /** A free loopback port, state in memory, no request log, no faults, seed 0. */
    public static Options defaults() {
      return new Options(0, LOOPBACK, IN_MEMORY, NO_LOG, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same as {@link #defaults()}: state in memory only. */
    public static Options inMemory() {
      return defaults();
    }

    /** Whether state is kept in a file. */
    public boolean keepsState() {
      return !stateFile.toString().isEmpty();
    }

    /** Whether requests are logged. */
    public boolean logsRequests() {
      return !requestLog.toString().isEmpty();
    }

    public Options withPort(int port) {
      return edited(d -> d.port = port);
    }

    public Options withBindHost(String bindHost) {
      return edited(d -> d.bindHost = bindHost);
    }

    public Options withStateFile(Path stateFile) {
      return edited(d -> d.stateFile = stateFile);
    }

    public Options withRequestLog(Path requestLog) {
      return edited(d -> d.requestLog = requestLog);
    }

    public Options withLatency(long latencyMillis, long jitterMillis) {
      return edited(
          d -> {
            d.latencyMillis = latencyMillis;
            d.jitterMillis = jitterMillis;
          });
    }

    public Options withFailRate(double failRate) {
      return edited(d -> d.failRate = failRate);
    }

    public Options withThrottleRate(double throttleRate) {
      return edited(d -> d.throttleRate = throttleRate);
    }

    public Options withMaxRequestsPerSecond(int maxRequestsPerSecond) {
      return edited(d -> d.maxRequestsPerSecond = maxRequestsPerSecond);
    }

    public Options withResetRate(double resetRate) {
      return edited(d -> d.resetRate = resetRate);
    }

    public Options withSeed(long seed) {
      return edited(d -> d.seed = seed);
    }

    /** These options with one change, checked again as a whole. */
    private Options edited(Consumer<Draft> change) {
      Draft draft = new Draft(this);
      change.accept(draft);
      return draft.options();
    }

    /** A changeable copy of the options, for the withers. */
    private static final class Draft {
      private int port;
      private String bindHost;
      private Path stateFile;
      private Path requestLog;
      private long latencyMillis;
      private long jitterMillis;
      private double failRate;
      private double throttleRate;
      private int maxRequestsPerSecond;
      private double resetRate;
      private long seed;

      Draft(Options options) {
        port = options.port;
        bindHost = options.bindHost;
        stateFile = options.stateFile;
        requestLog = options.requestLog;
        latencyMillis = options.latencyMillis;
        jitterMillis = options.jitterMillis;
        failRate = options.failRate;
        throttleRate = options.throttleRate;
        maxRequestsPerSecond = options.maxRequestsPerSecond;
        resetRate = options.resetRate;
        seed = options.seed;
      }

      Options options() {
        return new Options(
            port,
            bindHost,
            stateFile,
            requestLog,
            latencyMillis,
            jitterMillis,
            failRate,
            throttleRate,
            maxRequestsPerSecond,
            resetRate,
            seed);
      }
    }
  }
}
