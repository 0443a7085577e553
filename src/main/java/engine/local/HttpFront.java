package engine.local;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The HTTP side of the local Flow Service: reads the body, applies injected faults and latency,
 * checks the gateway headers, hands the request to {@link FlowServiceApi} on a worker thread,
 * writes the answer with an {@code x-request-id} header, and logs it.
 */
final class HttpFront {

  /** The base path of every Flow Service endpoint. */
  static final String BASE_PATH = "/data/foundation/flowservice";

  private static final String EXCHANGE = "engine.local.exchange";
  private static final int BODY_LIMIT_BYTES = 1 << 20;

  private final Vertx vertx;
  private final FlowServiceApi api;
  private final FaultInjector faults;
  private final RequestLog log;

  HttpFront(Vertx vertx, FlowServiceApi api, FaultInjector faults, RequestLog log) {
    this.vertx = vertx;
    this.api = api;
    this.faults = faults;
    this.log = log;
  }

  /** What is known of a request from its arrival: its id, start time and injected fault. */
  private record Exchange(String requestId, long startNanos, FaultInjector.Fault fault) {}

  Router router() {
    Router router = Router.router(vertx);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.route().handler(this::arrive);
    router.route().blockingHandler(this::serve, false);
    router.route().failureHandler(this::fail);
    return router;
  }

  private void arrive(RoutingContext context) {
    long start = System.nanoTime();
    FaultInjector.Decision decision = faults.next(start);
    Exchange exchange = new Exchange(UUID.randomUUID().toString(), start, decision.fault());
    context.put(EXCHANGE, exchange);
    if (decision.delayMillis() > 0) {
      vertx.setTimer(decision.delayMillis(), timer -> injectBeforeServing(context, exchange));
    } else {
      injectBeforeServing(context, exchange);
    }
  }

  private void injectBeforeServing(RoutingContext context, Exchange exchange) {
    switch (exchange.fault()) {
      case NONE, RESET_AFTER -> context.next();
      case RESET_BEFORE -> reset(context, exchange);
      case THROTTLE, RATE_LIMIT -> send(context, Reply.of(ApiError.throttled(1), id(exchange)));
      case FAIL_500 ->
          send(
              context,
              Reply.of(
                  ApiError.flow(
                      ErrorCode.INTERNAL_ERROR,
                      "An internal error has occurred. Please try again."),
                  id(exchange)));
      case FAIL_503 ->
          send(
              context,
              Reply.of(
                  ApiError.flow(
                      ErrorCode.SERVICE_UNAVAILABLE,
                      "The service is temporarily unavailable. Please try again."),
                  id(exchange)));
    }
  }

  // A fault of this code, not of the request: answer Adobe's internal error rather than a bare
  // text.
  private void fail(RoutingContext context) {
    Exchange exchange = context.get(EXCHANGE);
    if (exchange == null || context.response().ended()) {
      context.next();
      return;
    }
    ApiError error =
        context.statusCode() == 413
            ? ApiError.flow(ErrorCode.INVALID_REQUEST, "The request body is too large.")
            : ApiError.flow(
                ErrorCode.INTERNAL_ERROR, "An internal error has occurred. Please try again.");
    send(context, Reply.of(error, exchange.requestId()));
  }

  private static String id(Exchange exchange) {
    return exchange.requestId();
  }

  private void serve(RoutingContext context) {
    Exchange exchange = context.get(EXCHANGE);
    HttpServerRequest http = context.request();
    String path = http.path();
    if (!path.equals(BASE_PATH) && !path.startsWith(BASE_PATH + "/")) {
      send(
          context,
          Reply.of(
              ApiError.flow(ErrorCode.RESOURCE_NOT_FOUND, "No Flow Service endpoint at " + path),
              exchange.requestId()));
      return;
    }
    Buffer buffer = context.body().buffer();
    String body = buffer == null ? "" : buffer.toString(StandardCharsets.UTF_8);
    Reply reply;
    try {
      Caller caller = Gateway.admit(http, !body.isEmpty());
      Request request =
          new Request(
              http.method(),
              segments(path.substring(BASE_PATH.length())),
              context.queryParams(),
              http.headers(),
              body,
              caller);
      reply = api.handle(request, exchange.requestId());
    } catch (ApiError refused) {
      reply = Reply.of(refused, exchange.requestId());
    }
    send(context, reply);
  }

  private static List<String> segments(String rest) {
    List<String> segments = new ArrayList<>();
    for (String segment : rest.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
      }
    }
    return segments;
  }

  private void send(RoutingContext context, Reply reply) {
    Exchange exchange = context.get(EXCHANGE);
    if (exchange.fault() == FaultInjector.Fault.RESET_AFTER) {
      reset(context, exchange);
      return;
    }
    HttpServerResponse response = context.response();
    response.setStatusCode(reply.status());
    response.putHeader("x-request-id", exchange.requestId());
    reply.headers().forEach(response::putHeader);
    // Logged before the answer leaves, so a client that reads the log after an answer finds it.
    record(context, exchange, reply.status());
    if (reply.body().isMissingNode()) {
      response.end();
    } else {
      response.putHeader("Content-Type", "application/json");
      response.end(reply.body().toString());
    }
  }

  private void reset(RoutingContext context, Exchange exchange) {
    record(context, exchange, 0);
    context.request().connection().close();
  }

  private void record(RoutingContext context, Exchange exchange, int status) {
    HttpServerRequest http = context.request();
    String sandbox = http.getHeader("x-sandbox-name");
    String query = http.query();
    log.write(
        new RequestLog.Entry(
            Instant.now(),
            http.method().name(),
            http.path(),
            query == null ? "" : query,
            status,
            (System.nanoTime() - exchange.startNanos()) / 1_000_000,
            sandbox == null ? "" : sandbox,
            exchange.requestId(),
            exchange.fault()));
  }
}
