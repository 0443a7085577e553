package engine.flowservice;

import java.time.Duration;

/**
 * Spaces the starts of requests evenly so that no more than a given number start per second. Each
 * caller reserves the next free slot and then waits for it outside the lock.
 */
final class RateLimiter {

  private final long intervalNanos;
  private final Pause pause;
  private long nextSlot;
  private boolean started;

  /**
   * @param perSecond requests per second; 0 for no limit
   */
  RateLimiter(double perSecond, Pause pause) {
    this.intervalNanos = perSecond == 0 ? 0 : (long) (1_000_000_000L / perSecond);
    this.pause = pause;
  }

  /** Blocks until the caller may start a request; answers how long it waited. */
  Duration acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return Duration.ZERO;
    }
    Duration wait = reserve();
    pause.sleep(wait);
    return wait;
  }

  private synchronized Duration reserve() {
    long now = pause.nanoTime();
    long slot = started ? Math.max(now, nextSlot) : now;
    started = true;
    nextSlot = slot + intervalNanos;
    return Duration.ofNanos(slot - now);
  }
}
