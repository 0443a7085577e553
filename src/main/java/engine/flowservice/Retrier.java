package engine.flowservice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sends a request until it gets a final answer, within a {@link Budget}: 429 waits as long as
 * {@code Retry-After} says; 500, 502, 503, 504, timeouts and lost connections are retried after a
 * capped, jittered exponential wait; a 401 gets fresh credentials and one more try.
 *
 * <p>Which failures may have been processed by the server decides what a request that must not be
 * repeated blindly may do. 429 and 503 mean the request was turned away unprocessed, and a refused
 * connection means it was never sent: those are retried directly. 500, 502, 504, a timeout and a
 * lost connection leave the outcome unknown: the request may have been applied.
 */
final class Retrier {

  /** Whether a request may be sent again after a failure that may have applied it. */
  enum Repeat {
    /** Repeating is harmless (reads, deletes, writes guarded by {@code If-Match}). */
    FREELY,
    /** The caller must look for the effect first: {@link #call} answers {@link Unsure}. */
    CHECK_FIRST
  }

  /** How a call ended short of an exception. */
  sealed interface Outcome {}

  /**
   * A final answer: a success or an error that retrying would not change.
   *
   * @param afterAmbiguousFailure whether an earlier attempt may already have applied the request
   */
  record Answered(Reply.Answer answer, boolean afterAmbiguousFailure) implements Outcome {}

  /** For {@link Repeat#CHECK_FIRST}: an attempt failed and may have been applied. */
  record Unsure() implements Outcome {}

  private final HttpSender sender;
  private final Failures failures;
  private final RetryPolicy policy;
  private final Pause pause;

  Retrier(HttpSender sender, Failures failures, RetryPolicy policy, Pause pause) {
    this.sender = sender;
    this.failures = failures;
    this.policy = policy;
    this.pause = pause;
  }

  /** A fresh budget for one logical request. */
  Budget budget() {
    return new Budget(policy, pause);
  }

  /**
   * Sends {@code exchange} until it has a final answer.
   *
   * @throws FlowServiceException when the budget runs out, naming the attempts and the last status
   */
  Outcome call(Exchange exchange, Budget budget, Repeat repeat, Authenticator authenticator) {
    boolean renewed = false;
    try {
      while (true) {
        budget.beginAttempt();
        Map<String, String> credentials = authenticator.headers();
        Reply reply = sender.send(exchange, credentials, budget.attempts());

        if (reply instanceof Reply.Answer answer) {
          if (answer.status() == 401 && !renewed && authenticator.renew(credentials)) {
            renewed = true;
            continue;
          }
          if (!retryable(answer.status())) {
            return new Answered(answer, budget.sawAmbiguousFailure());
          }
        }
        boolean mayHaveApplied = mayHaveApplied(reply);
        Duration wait = waitAfter(reply, budget);
        if (!budget.allowsAnother(wait)) {
          throw failures.exhausted(exchange, budget, reply, wait);
        }
        budget.failed(wait, mayHaveApplied);
        if (mayHaveApplied && repeat == Repeat.CHECK_FIRST) {
          return new Unsure();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.other(exchange, "the engine was interrupted while waiting", 0);
    }
  }

  private static boolean retryable(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  private static boolean mayHaveApplied(Reply reply) {
    if (reply instanceof Reply.Answer answer) {
      return answer.status() != 429 && answer.status() != 503;
    }
    return ((Reply.Failure) reply).kind() != Reply.FailureKind.NOT_CONNECTED;
  }

  private static Duration waitAfter(Reply reply, Budget budget) {
    if (reply instanceof Reply.Answer answer) {
      return RetryAfter.of(answer, Instant.now()).orElseGet(budget::backoff);
    }
    return budget.backoff();
  }
}
