package engine.flowservice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Flow Service client the engine uses for every target: the embedded local Flow Service, a
 * server at a URL, and Adobe Experience Platform. It runs its own Vert.x instance and Web Client;
 * each call blocks the calling thread (never an event-loop thread) until it has a final answer.
 *
 * <p>Open it with {@link #open(ClientSettings)} and close it when done.
 */
public final class HttpFlowServiceClient implements FlowServiceClient {

  private static final long CLOSE_TIMEOUT_SECONDS = 10;

  private final Vertx vertx;
  private final WebClient web;
  private final Resources resources;

  private HttpFlowServiceClient(Vertx vertx, WebClient web, Resources resources) {
    this.vertx = vertx;
    this.web = web;
    this.resources = resources;
  }

  /**
   * Opens a client for the target and sandbox of {@code settings}. Nothing is sent yet: an IMS
   * token is fetched with the first request.
   */
  public static HttpFlowServiceClient open(ClientSettings settings) {
    return open(settings, Pause.SYSTEM);
  }

  static HttpFlowServiceClient open(ClientSettings settings, Pause pause) {
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1));
    long timeoutMillis = settings.requestTimeout().toMillis();
    WebClientOptions options =
        new WebClientOptions()
            .setUserAgent("engine/0.1.0")
            .setConnectTimeout((int) Math.min(timeoutMillis, 10_000))
            .setFollowRedirects(false)
            .setKeepAlive(true)
            .setKeepAliveTimeout(20);
    PoolOptions pool = new PoolOptions().setHttp1MaxSize(settings.maxInFlight() + 1);
    WebClient web = WebClient.create(vertx, options, pool);

    Redactor redactor = new Redactor();
    boolean adobe = settings.tokenSource() instanceof TokenSource.Ims;
    Failures failures = new Failures(settings.sandbox(), adobe, redactor);
    HttpSender sender = new HttpSender(web, settings, redactor, pause);
    Retrier retrier = new Retrier(sender, failures, settings.retry(), pause);
    Tokens tokens = tokens(settings.tokenSource(), retrier, failures, redactor, pause);
    Authenticator credentials = new FlowServiceCredentials(tokens, settings);
    Resources resources = new Resources(retrier, credentials, failures, settings.flowServiceBase());
    return new HttpFlowServiceClient(vertx, web, resources);
  }

  private static Tokens tokens(
      TokenSource source, Retrier retrier, Failures failures, Redactor redactor, Pause pause) {
    if (source instanceof TokenSource.Ims ims) {
      return new ImsTokens(ims, retrier, failures, redactor, pause);
    }
    String token = ((TokenSource.Fixed) source).token();
    redactor.remember(token);
    return Tokens.fixed(token);
  }

  @Override
  public List<ObjectNode> list(Collection collection, List<String> propertyFilters) {
    return resources.list(collection, propertyFilters);
  }

  @Override
  public Optional<ObjectNode> get(Collection collection, String id) {
    return resources.get(collection, id);
  }

  @Override
  public Written create(Collection collection, ObjectNode body) {
    return resources.create(collection, body);
  }

  @Override
  public Written patch(Collection collection, String id, String etag, ArrayNode operations) {
    return resources.patch(collection, id, etag, operations);
  }

  @Override
  public void delete(Collection collection, String id) {
    resources.delete(collection, id);
  }

  @Override
  public Written flowAction(String flowId, FlowAction action) {
    return resources.flowAction(flowId, action);
  }

  @Override
  public void close() {
    web.close();
    try {
      vertx
          .close()
          .toCompletionStage()
          .toCompletableFuture()
          .get(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Closing is best effort: the run is over, and its threads end with the process.
    }
  }
}
