package engine.graph;

import engine.config.Diagnostic;
import java.util.List;

/** A graph, or the reasons it could not be built. */
public sealed interface GraphResult {

  /** The graph was built. */
  record Built(ResourceGraph graph) implements GraphResult {}

  /** The graph could not be built; the diagnostics say why, sorted by position. */
  record Invalid(List<Diagnostic> diagnostics) implements GraphResult {
    public Invalid {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
