package engine.testing;

import java.util.Locale;

/**
 * A schema inside one of Adobe's descriptions.
 *
 * @param document the description it is in
 * @param pointer a JSON pointer to it, for example {@code /components/schemas/PatchFlowItem}
 */
public record SpecSchema(SpecDocument document, String pointer) {

  /** The absolute location the schema registry knows it by. */
  public String location() {
    return document.uri() + "#" + pointer;
  }

  @Override
  public String toString() {
    return document.name().toLowerCase(Locale.ROOT) + "#" + pointer;
  }
}
