package engine.render;

import com.fasterxml.jackson.databind.JsonNode;

/** How JSON values read in a plan: strings quoted, everything else as compact JSON. */
final class Values {

  private Values() {}

  static String show(JsonNode value) {
    if (value.isMissingNode()) {
      return "(none)";
    }
    return value.toString();
  }
}
