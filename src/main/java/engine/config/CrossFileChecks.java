package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rules that span the files of one configuration: they name one sandbox (and at most one owner)
 * between them, and no destination key is defined in two of them. Both work on the trees of every
 * file that could be read, valid or not, so that these mistakes are reported together with the
 * others.
 */
final class CrossFileChecks {

  private CrossFileChecks() {}

  /**
   * The sandbox the files agree on; empty, with a diagnostic, when they disagree or none names it.
   */
  static Optional<String> sandbox(List<PositionedTree> trees, Diagnostics diagnostics) {
    if (!trees.isEmpty() && trees.stream().noneMatch(tree -> tree.root().has("sandbox"))) {
      diagnostics.add(
          new SourcePosition(trees.get(0).file(), 1, 1),
          "no file of the configuration names its sandbox",
          "add `sandbox: prod` (with the name of your sandbox) to one of the files");
      return Optional.empty();
    }
    return agreed(trees, "sandbox", diagnostics);
  }

  /**
   * The owner the files agree on; empty when none names one, and empty with a diagnostic when they
   * disagree.
   */
  static Optional<String> owner(List<PositionedTree> trees, Diagnostics diagnostics) {
    return agreed(trees, "owner", diagnostics);
  }

  /** The value of a top-level field in the first file that gives it, if every other agrees. */
  private static Optional<String> agreed(
      List<PositionedTree> trees, String field, Diagnostics diagnostics) {
    String pointer = "/" + field;
    Optional<PositionedTree> first =
        trees.stream().filter(tree -> tree.at(pointer).isTextual()).findFirst();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    String value = first.get().at(pointer).asText();
    SourcePosition given = first.get().position(pointer);
    boolean agreed = true;
    for (PositionedTree tree : trees) {
      JsonNode node = tree.at(pointer);
      if (node.isTextual() && !node.asText().equals(value)) {
        agreed = false;
        diagnostics.add(
            tree.position(pointer),
            "the "
                + field
                + " `"
                + node.asText()
                + "` differs from `"
                + value
                + "` given at "
                + given,
            "use one "
                + field
                + " in every file of a configuration; load the files of another"
                + " "
                + field
                + " in a separate run");
      }
    }
    return agreed ? Optional.of(value) : Optional.empty();
  }

  /** Adds a diagnostic for every destination key that an earlier file already defined. */
  static void uniqueDestinations(List<PositionedTree> trees, Diagnostics diagnostics) {
    Map<String, SourcePosition> defined = new HashMap<>();
    for (PositionedTree tree : trees) {
      tree.at("/destinations")
          .fieldNames()
          .forEachRemaining(
              key -> {
                SourcePosition here = tree.keyPosition(Pointers.child("/destinations", key));
                SourcePosition earlier = defined.putIfAbsent(key, here);
                if (earlier != null) {
                  diagnostics.add(
                      here,
                      "the destination `" + key + "` is already defined at " + earlier,
                      "give one of them another key, or remove one; a destination key must be"
                          + " unique across all files of a configuration");
                }
              });
    }
  }
}
