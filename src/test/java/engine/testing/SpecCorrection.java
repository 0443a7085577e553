package engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * One node of an Adobe description replaced before anything is validated against it, because the
 * description contradicts its own examples or Adobe's tutorials there.
 *
 * @param document the description corrected
 * @param pointer a JSON pointer to the node replaced; the node must exist
 * @param reason why the node is wrong and what the replacement follows
 * @param replacement computes the new node from the whole, uncorrected document
 */
public record SpecCorrection(
    SpecDocument document, String pointer, String reason, UnaryOperator<JsonNode> replacement) {

  @Override
  public String toString() {
    return document.name().toLowerCase(Locale.ROOT) + "#" + pointer + ": " + reason;
  }
}
