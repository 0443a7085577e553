package engine.config;

import java.util.List;

/**
 * What to export to one destination. Several activation entries may name the same destination, even
 * from different files; their audiences and attributes are merged.
 *
 * @param destination the key of the destination
 * @param audiences audiences to activate, in file order
 * @param attributes profile attributes to export, in file order
 * @param position where the entry is written (of its {@code destination} value)
 */
public record ActivationSpec(
    String destination,
    List<AudienceSpec> audiences,
    List<AttributeSpec> attributes,
    SourcePosition position) {

  public ActivationSpec {
    audiences = List.copyOf(audiences);
    attributes = List.copyOf(attributes);
  }
}
