package engine.config;

import java.util.Optional;

/**
 * An audience (segment) to activate.
 *
 * @param id the segment id
 * @param name a name for readers of the plan; empty when not given. It is also sent as the
 *     selector's {@code value.name}.
 * @param position where it is written
 */
public record AudienceSpec(String id, String name, SourcePosition position) {

  public Optional<String> displayName() {
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}
