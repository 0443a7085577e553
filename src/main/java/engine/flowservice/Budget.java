package engine.flowservice;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The attempts and time one logical request may use under a {@link RetryPolicy}. Shared by every
 * step of that request (a create and the lookups between its attempts), so the bound holds for the
 * whole of it.
 */
final class Budget {

  private final RetryPolicy policy;
  private final Pause pause;
  private final long startedNanos;
  private int attempts;
  private int failures;
  private Duration pendingWait = Duration.ZERO;
  private boolean ambiguous;

  Budget(RetryPolicy policy, Pause pause) {
    this.policy = policy;
    this.pause = pause;
    this.startedNanos = pause.nanoTime();
  }

  RetryPolicy policy() {
    return policy;
  }

  /** Attempts sent so far. */
  int attempts() {
    return attempts;
  }

  Duration elapsed() {
    return Duration.ofNanos(pause.nanoTime() - startedNanos);
  }

  /** Whether an earlier attempt failed in a way that may have left its change applied. */
  boolean sawAmbiguousFailure() {
    return ambiguous;
  }

  /** Waits as long as the last failure asked, then counts the attempt about to be sent. */
  void beginAttempt() throws InterruptedException {
    pause.sleep(pendingWait);
    pendingWait = Duration.ZERO;
    attempts++;
  }

  /** A wait drawn at random below the policy's bound for the failures so far ("full jitter"). */
  Duration backoff() {
    long bound = policy.boundAfter(failures + 1).toMillis();
    return Duration.ofMillis(bound == 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /** Whether one more attempt after {@code wait} stays within the attempts and the deadline. */
  boolean allowsAnother(Duration wait) {
    return attempts < policy.maxAttempts()
        && elapsed().plus(wait).compareTo(policy.deadline()) <= 0;
  }

  /** Records a failed attempt; the next one starts after {@code wait}. */
  void failed(Duration wait, boolean mayHaveApplied) {
    failures++;
    pendingWait = wait;
    ambiguous |= mayHaveApplied;
  }
}
