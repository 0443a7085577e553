package engine.flowservice;

import java.time.Duration;

/** The clock and the waiting of the client, apart so tests can run retries without waiting. */
interface Pause {

  /** The real clock and {@link Thread#sleep}. */
  Pause SYSTEM =
      new Pause() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
          }
        }
      };

  /** A monotonic time in nanoseconds. */
  long nanoTime();

  /** Blocks the calling thread (never an event-loop thread) for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;
}
