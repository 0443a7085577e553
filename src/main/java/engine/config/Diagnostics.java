package engine.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one load so that every mistake is reported, not just the first. */
final class Diagnostics {

  private final List<Diagnostic> collected = new ArrayList<>();

  void add(SourcePosition position, String summary, String fix) {
    collected.add(new Diagnostic(position, summary, fix));
  }

  void add(Diagnostic diagnostic) {
    collected.add(diagnostic);
  }

  int count() {
    return collected.size();
  }

  boolean isEmpty() {
    return collected.isEmpty();
  }

  /** Every diagnostic so far, sorted by file, line and column. */
  List<Diagnostic> sorted() {
    return collected.stream().sorted().toList();
  }
}
