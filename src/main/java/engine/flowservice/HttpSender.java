package engine.flowservice;

import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one attempt of a request and blocks the calling thread until it has a {@link Reply}. Holds
 * the bound on requests in flight and the rate limit, and writes the {@code --verbose} trace line.
 */
final class HttpSender {

  private final WebClient web;
  private final Semaphore inFlight;
  private final RateLimiter rate;
  private final Duration timeout;
  private final PrintWriter trace;
  private final Redactor redactor;
  private final Pause pause;

  HttpSender(WebClient web, ClientSettings settings, Redactor redactor, Pause pause) {
    this.web = web;
    this.inFlight = new Semaphore(settings.maxInFlight(), true);
    this.rate = new RateLimiter(settings.requestsPerSecond(), pause);
    this.timeout = settings.requestTimeout();
    this.trace = settings.trace();
    this.redactor = redactor;
    this.pause = pause;
  }

  /**
   * Sends {@code exchange} with {@code credentials} added to its headers.
   *
   * @param attempt the attempt number, for the trace
   * @throws IllegalStateException when called on a Vert.x event-loop thread, which must never block
   * @throws InterruptedException when the calling thread is interrupted while waiting
   */
  Reply send(Exchange exchange, Map<String, String> credentials, int attempt)
      throws InterruptedException {
    if (Context.isOnEventLoopThread()) {
      throw new IllegalStateException("Flow Service calls block; make them off the event loop");
    }
    inFlight.acquire();
    try {
      rate.acquire();
      long started = pause.nanoTime();
      Reply reply = exchange(request(exchange, credentials), exchange);
      traceLine(exchange, reply, Duration.ofNanos(pause.nanoTime() - started), attempt);
      return reply;
    } finally {
      inFlight.release();
    }
  }

  private HttpRequest<Buffer> request(Exchange exchange, Map<String, String> credentials) {
    HttpRequest<Buffer> request =
        web.requestAbs(exchange.method(), exchange.url())
            .timeout(timeout.toMillis())
            .followRedirects(false)
            .putHeader("Accept", "application/json");
    credentials.forEach(request::putHeader);
    exchange.headers().forEach(request::putHeader);
    if (!exchange.contentType().isEmpty()) {
      request.putHeader("Content-Type", exchange.contentType());
    }
    return request;
  }

  private Reply exchange(HttpRequest<Buffer> request, Exchange exchange)
      throws InterruptedException {
    var sent =
        exchange.contentType().isEmpty()
            ? request.send()
            : request.sendBuffer(Buffer.buffer(exchange.body()));
    CompletableFuture<HttpResponse<Buffer>> answer = sent.toCompletionStage().toCompletableFuture();
    try {
      HttpResponse<Buffer> response = answer.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
      Buffer body = response.body();
      MultiMap headers = MultiMap.caseInsensitiveMultiMap().addAll(response.headers());
      return new Reply.Answer(
          response.statusCode(), headers, body == null ? new byte[0] : body.getBytes());
    } catch (TimeoutException e) {
      answer.cancel(true);
      return timedOut();
    } catch (ExecutionException e) {
      return failure(e.getCause());
    }
  }

  private Reply failure(Throwable cause) {
    if (cause instanceof TimeoutException || cause.getClass().getSimpleName().contains("Timeout")) {
      return timedOut();
    }
    if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
      return new Reply.Failure(
          Reply.FailureKind.NOT_CONNECTED, "could not connect (" + describe(cause) + ")");
    }
    if (cause instanceof HttpClosedException || cause instanceof IOException) {
      return new Reply.Failure(
          Reply.FailureKind.CONNECTION_LOST, "the connection was lost (" + describe(cause) + ")");
    }
    return new Reply.Failure(
        Reply.FailureKind.CONNECTION_LOST, "the request failed (" + describe(cause) + ")");
  }

  private Reply timedOut() {
    return new Reply.Failure(
        Reply.FailureKind.TIMED_OUT, "no answer within " + Durations.text(timeout));
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  private void traceLine(Exchange exchange, Reply reply, Duration took, int attempt) {
    String outcome;
    if (reply instanceof Reply.Answer answer) {
      String id = answer.requestIdHeader();
      outcome = answer.status() + (id.isEmpty() ? "" : ", request id " + id);
    } else {
      outcome = ((Reply.Failure) reply).detail();
    }
    String line =
        exchange.method().name()
            + " "
            + Redactor.url(exchange.url())
            + " -> "
            + outcome
            + ", "
            + took.toMillis()
            + " ms, attempt "
            + attempt;
    synchronized (trace) {
      trace.println(redactor.redact(line, exchange));
      trace.flush();
    }
  }
}
