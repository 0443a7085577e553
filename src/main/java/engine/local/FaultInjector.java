package engine.local;

import java.util.Random;

/**
 * Decides, request by request, the faults a test or demo asked for: added latency with jitter,
 * connection resets, throttling (429), server errors (500 or 503) and a requests-per-second
 * ceiling. Every request draws the same number of random values from one seeded generator, so the
 * same sequence of requests meets the same faults under the same seed.
 */
final class FaultInjector {

  /** What happens to one request. */
  enum Fault {
    NONE,
    RESET_BEFORE,
    RESET_AFTER,
    THROTTLE,
    RATE_LIMIT,
    FAIL_500,
    FAIL_503
  }

  /** The fault of one request and the latency to add before answering. */
  record Decision(Fault fault, long delayMillis) {}

  private final long latencyMillis;
  private final long jitterMillis;
  private final double resetRate;
  private final double throttleRate;
  private final double failRate;
  private final int maxRequestsPerSecond;
  private final Random random;
  private long windowStartNanos = Long.MIN_VALUE;
  private int requestsInWindow;

  FaultInjector(LocalFlowService.Options options) {
    this.latencyMillis = options.latencyMillis();
    this.jitterMillis = options.jitterMillis();
    this.resetRate = options.resetRate();
    this.throttleRate = options.throttleRate();
    this.failRate = options.failRate();
    this.maxRequestsPerSecond = options.maxRequestsPerSecond();
    this.random = new Random(options.seed());
  }

  /**
   * Decides the fate of the next request, arriving at {@code nowNanos} ({@link System#nanoTime}).
   */
  synchronized Decision next(long nowNanos) {
    long jitter = jitterMillis > 0 ? (long) (random.nextDouble() * (jitterMillis + 1)) : 0;
    double draw = random.nextDouble();
    boolean flavour = random.nextBoolean();
    long delay = latencyMillis + jitter;
    if (overCeiling(nowNanos)) {
      return new Decision(Fault.RATE_LIMIT, delay);
    }
    if (draw < resetRate) {
      return new Decision(flavour ? Fault.RESET_AFTER : Fault.RESET_BEFORE, delay);
    }
    if (draw < resetRate + throttleRate) {
      return new Decision(Fault.THROTTLE, delay);
    }
    if (draw < resetRate + throttleRate + failRate) {
      return new Decision(flavour ? Fault.FAIL_503 : Fault.FAIL_500, delay);
    }
    return new Decision(Fault.NONE, delay);
  }

  private boolean overCeiling(long nowNanos) {
    if (maxRequestsPerSecond <= 0) {
      return false;
    }
    if (windowStartNanos == Long.MIN_VALUE || nowNanos - windowStartNanos >= 1_000_000_000L) {
      windowStartNanos = nowNanos;
      requestsInWindow = 0;
    }
    requestsInWindow++;
    return requestsInWindow > maxRequestsPerSecond;
  }
}
