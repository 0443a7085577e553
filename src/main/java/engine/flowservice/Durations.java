package engine.flowservice;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in messages: {@code 250 ms}, {@code 1.5 s}, {@code 120 s}. */
final class Durations {

  private Durations() {}

  static String text(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
