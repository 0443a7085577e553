package engine.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the allowed word a mistyped one was most likely meant to be. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code typed} by edit distance, ignoring case, when it is close enough
   * to be a plausible typo: at most two edits, or a third of the word's length.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    int allowed = Math.max(2, typed.length() / 3);
    return candidates.stream()
        .map(candidate -> new Scored(candidate, distance(normalise(typed), normalise(candidate))))
        .filter(scored -> scored.distance <= allowed)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .map(Scored::candidate);
  }

  private record Scored(String candidate, int distance) {}

  private static String normalise(String word) {
    return word.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** Levenshtein distance: insertions, deletions and substitutions each cost one. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
