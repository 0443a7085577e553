package engine.graph;

import engine.config.Diagnostic;
import java.util.List;

/** The desired state, or every reason it could not be resolved. */
public sealed interface DesiredResult {

  /** References resolved and the graph built. */
  record Resolved(DesiredState state) implements DesiredResult {}

  /** The configuration refers to things that do not exist, or names something twice. */
  record Invalid(List<Diagnostic> diagnostics) implements DesiredResult {
    public Invalid {
      diagnostics = List.copyOf(diagnostics);
    }
  }
}
