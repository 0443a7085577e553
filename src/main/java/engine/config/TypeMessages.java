package engine.config;

/** Messages for a value of the wrong kind: text where a number belongs, a list for a mapping. */
final class TypeMessages {

  private TypeMessages() {}

  /**
   * @param arguments the validator's arguments: the JSON type found, then the one expected
   */
  static Diagnostic wrongType(
      PositionedTree tree, String pointer, String label, Object[] arguments) {
    String found = arguments.length > 0 ? String.valueOf(arguments[0]) : "";
    String expected = arguments.length > 1 ? String.valueOf(arguments[1]) : "";
    String fix =
        pointer.isEmpty()
            ? "start the file with `version: 1` and write the other keys below it, at the start"
                + " of their lines"
            : fix(expected);
    return new Diagnostic(
        tree.position(pointer),
        label + " is " + describe(found) + " but must be " + describe(expected),
        fix);
  }

  private static String describe(String jsonType) {
    return switch (jsonType) {
      case "null" -> "empty";
      case "string" -> "text";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "object" -> "a mapping";
      case "array" -> "a list";
      default -> jsonType;
    };
  }

  private static String fix(String expected) {
    return switch (expected) {
      case "string" ->
          "write text; put it in quotes if it would otherwise read as a number, true/false or"
              + " nothing";
      case "integer" -> "write a whole number without quotes, such as 1";
      case "number" -> "write a number without quotes";
      case "boolean" -> "write `true` or `false` without quotes";
      case "object" -> "write indented `key: value` lines below the key";
      case "array" -> "write a list below the key, one `- item` per line";
      default -> "see " + SchemaValidator.RESOURCE + " for the expected form";
    };
  }
}
