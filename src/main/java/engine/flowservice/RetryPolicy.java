package engine.flowservice;

import java.time.Duration;

/**
 * How hard the client tries before a request fails for good. Waits between attempts grow
 * exponentially from {@code baseDelay}, are capped at {@code maxDelay} and are drawn at random
 * below that bound ("full jitter") so that parallel requests do not retry in lockstep. A {@code
 * Retry-After} answer replaces the computed wait. No attempt starts after {@code deadline} has
 * passed since the first.
 *
 * @param maxAttempts attempts per request, the first included; at least 1
 * @param baseDelay the bound of the wait before the second attempt
 * @param maxDelay the largest bound of any computed wait
 * @param deadline the time after which no further attempt starts
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration deadline) {

  /** Five attempts, waits from 0.5 s up to 20 s, within two minutes. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    if (baseDelay.isNegative() || maxDelay.isNegative() || deadline.isNegative()) {
      throw new IllegalArgumentException("delays and the deadline must not be negative");
    }
  }

  /**
   * The upper bound of the wait after {@code failures} failed attempts: {@code baseDelay *
   * 2^(n-1)}, capped at {@code maxDelay}.
   */
  public Duration boundAfter(int failures) {
    int doublings = Math.min(Math.max(failures - 1, 0), 30);
    long millis = baseDelay.toMillis() << doublings;
    if (millis < 0 || millis > maxDelay.toMillis()) {
      return maxDelay;
    }
    return Duration.ofMillis(millis);
  }
}
