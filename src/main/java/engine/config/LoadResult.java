package engine.config;

import java.util.List;

/**
 * The outcome of loading a configuration: the configuration, or every mistake found in it. Nothing
 * may be sent to Flow Service unless the outcome is {@link Loaded}.
 */
public sealed interface LoadResult {

  /**
   * Every file was read and is valid, and every reference can be read.
   *
   * @param configuration the desired state
   */
  record Loaded(Configuration configuration) implements LoadResult {}

  /**
   * At least one mistake was found.
   *
   * @param diagnostics every mistake in every file, sorted by file, line and column; never empty
   */
  record Invalid(List<Diagnostic> diagnostics) implements LoadResult {

    public Invalid {
      if (diagnostics.isEmpty()) {
        throw new IllegalArgumentException("an invalid configuration has at least one diagnostic");
      }
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
