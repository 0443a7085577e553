package engine.flowservice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pause that does not wait: it records every wait asked for and moves its clock forward by it, so
 * retry schedules and deadlines behave as if the time had passed.
 */
final class RecordingPause implements Pause {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final AtomicLong skippedNanos = new AtomicLong();

  @Override
  public long nanoTime() {
    return System.nanoTime() + skippedNanos.get();
  }

  @Override
  public void sleep(Duration duration) {
    if (!duration.isZero()) {
      waits.add(duration);
      skippedNanos.addAndGet(duration.toNanos());
    }
  }

  /** Every non-zero wait asked for, in order. */
  List<Duration> waits() {
    return List.copyOf(waits);
  }
}
