package engine.config;

/**
 * A mistake in the user's input, reported with where it is and how to fix it. Diagnostics are
 * collected and reported together; they are never thrown one at a time.
 *
 * @param position where the mistake is
 * @param summary what is wrong, in one sentence without a trailing period
 * @param fix how to fix it, in one sentence without a trailing period
 */
public record Diagnostic(SourcePosition position, String summary, String fix)
    implements Comparable<Diagnostic> {

  @Override
  public int compareTo(Diagnostic other) {
    int byPosition = position.compareTo(other.position);
    return byPosition != 0 ? byPosition : summary.compareTo(other.summary);
  }

  /** Renders as {@code file:line:column: what is wrong; how to fix it}. */
  @Override
  public String toString() {
    return position + ": " + summary + "; " + fix;
  }
}
