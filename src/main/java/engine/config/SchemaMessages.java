package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns schema violations into diagnostics in plain English: what is wrong, and how to fix it,
 * placed at the offending key or value. Values are echoed only for {@code enum} violations (the
 * destination type), never for text fields that might hold a secret.
 */
final class SchemaMessages {

  private final JsonNode schema;

  SchemaMessages(JsonNode schema) {
    this.schema = schema;
  }

  Diagnostic translate(Error error, PositionedTree tree) {
    String pointer = SchemaValidator.pointer(error.getInstanceLocation());
    String keywordLocation = SchemaValidator.pointer(error.getSchemaLocation().getFragment());
    String label = Pointers.label(pointer);
    Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
    return switch (error.getKeyword()) {
      case "required" -> required(tree, pointer, keywordLocation, error.getProperty());
      case "additionalProperties" ->
          unknownKey(tree, pointer, keywordLocation, error.getProperty());
      case "propertyNames" -> keyName(tree, pointer, keywordLocation, error.getProperty());
      case "false" -> notApplicable(tree, pointer, label);
      case "enum" -> notAllowed(tree, pointer, label, error.getSchemaNode());
      case "const" ->
          new Diagnostic(
              tree.position(pointer),
              label + " must be " + display(error.getSchemaNode()),
              "set it to " + display(error.getSchemaNode()));
      case "pattern" -> pattern(tree, pointer, label, error.getSchemaNode().asText());
      case "type" -> TypeMessages.wrongType(tree, pointer, label, arguments);
      case "minimum" ->
          new Diagnostic(
              tree.position(pointer),
              label + " is less than " + arguments[0],
              "use a whole number of at least " + arguments[0]);
      case "maximum" ->
          new Diagnostic(
              tree.position(pointer),
              label + " is greater than " + arguments[0],
              "use a whole number of at most " + arguments[0]);
      case "minLength" ->
          new Diagnostic(
              tree.position(pointer),
              label + " is empty",
              "write a value of at least " + arguments[0] + " character(s)");
      case "maxLength" ->
          new Diagnostic(
              tree.position(pointer),
              label + " is longer than " + arguments[0] + " characters",
              "shorten it to at most " + arguments[0] + " characters");
      default ->
          new Diagnostic(
              tree.position(pointer),
              label + " " + error.getMessage(),
              "see " + SchemaValidator.RESOURCE + " for the expected form");
    };
  }

  private Diagnostic required(
      PositionedTree tree, String pointer, String keywordLocation, String property) {
    String where = pointer.isEmpty() ? "the file" : Pointers.label(pointer);
    String fix =
        propertySchema(keywordLocation, property)
            .map(definition -> howToAdd(property, definition))
            .orElse("add `" + property + "`");
    return new Diagnostic(tree.position(pointer), where + " is missing `" + property + "`", fix);
  }

  private static String howToAdd(String property, JsonNode definition) {
    String title = definition.path("title").asText(property);
    JsonNode example = definition.path("examples").path(0);
    if (example.isValueNode()) {
      return "add `" + property + ": " + example.asText() + "` (" + title + ")";
    }
    String description = definition.path("description").asText();
    String firstSentence =
        description.contains(". ")
            ? description.substring(0, description.indexOf(". ") + 1)
            : description;
    return "add `" + property + ":` (" + title + ": " + firstSentence + ")";
  }

  private Diagnostic unknownKey(
      PositionedTree tree, String pointer, String keywordLocation, String property) {
    List<String> allowed = new ArrayList<>();
    schema
        .at(Pointers.parent(keywordLocation))
        .path("properties")
        .fieldNames()
        .forEachRemaining(allowed::add);
    String where = pointer.isEmpty() ? "at the top of the file" : "in " + Pointers.label(pointer);
    String fix =
        Suggestions.nearest(property, allowed)
            .map(near -> "did you mean `" + near + "`?")
            .orElse("remove it; the keys allowed here are " + quotedList(allowed));
    return new Diagnostic(
        tree.keyPosition(Pointers.child(pointer, property)),
        "unknown key `" + property + "` " + where,
        fix);
  }

  private Diagnostic keyName(
      PositionedTree tree, String pointer, String keywordLocation, String property) {
    String pattern = schema.at(keywordLocation).path("pattern").asText();
    PatternHints.Hint hint = hintFor(pattern);
    return new Diagnostic(
        tree.keyPosition(Pointers.child(pointer, property)),
        "`" + property + "` is not a valid " + hint.noun(),
        "write " + hint.form());
  }

  private static Diagnostic notApplicable(PositionedTree tree, String pointer, String label) {
    JsonNode type = tree.at(Pointers.child(Pointers.parent(pointer), "type"));
    String summary =
        type.isTextual()
            ? label + " does not apply to destinations of type `" + type.asText() + "`"
            : label + " is not allowed here";
    return new Diagnostic(
        tree.keyPosition(pointer),
        summary,
        "remove it, or correct `type` if the destination is of another type");
  }

  private static Diagnostic notAllowed(
      PositionedTree tree, String pointer, String label, JsonNode allowedValues) {
    List<String> allowed = new ArrayList<>();
    allowedValues.forEach(value -> allowed.add(value.asText()));
    JsonNode value = tree.at(pointer);
    String found = value.isNull() ? "empty" : "`" + shorten(value.asText()) + "`";
    String suggestion =
        Suggestions.nearest(value.asText(), allowed)
            .map(near -> "did you mean `" + near + "`? ")
            .orElse("");
    return new Diagnostic(
        tree.position(pointer),
        label + " is " + found + ", which is not one of the allowed values",
        suggestion + "use one of " + quotedList(allowed));
  }

  private static Diagnostic pattern(
      PositionedTree tree, String pointer, String label, String pattern) {
    if (pattern.equals(PatternHints.REFERENCE)) {
      return tree.at(pointer).asText().contains("${")
          ? new Diagnostic(
              tree.position(pointer),
              label + " is not a valid reference",
              "write `${env:NAME}` (NAME made of letters, digits and `_`) or `${file:PATH}`")
          : new Diagnostic(
              tree.position(pointer),
              label + " is a secret written into the file, which is not allowed",
              "keep the secret out of the file: write `${env:NAME}` and set that environment"
                  + " variable, or `${file:PATH}` naming a file that holds it");
    }
    PatternHints.Hint hint = hintFor(pattern);
    return new Diagnostic(
        tree.position(pointer), label + " is not a valid " + hint.noun(), "write " + hint.form());
  }

  private static PatternHints.Hint hintFor(String pattern) {
    return PatternHints.forPattern(pattern)
        .orElse(new PatternHints.Hint("value", "text matching " + pattern));
  }

  /**
   * The definition of {@code property} nearest to the failing keyword: the schema object holding
   * the keyword, or an enclosing one (a conditional branch lists only what it adds), with a {@code
   * $ref} resolved.
   */
  private Optional<JsonNode> propertySchema(String keywordLocation, String property) {
    String location = Pointers.parent(keywordLocation);
    while (true) {
      JsonNode definition = schema.at(location).path("properties").path(property);
      if (definition.isObject()) {
        return Optional.of(resolve(definition));
      }
      if (location.isEmpty()) {
        return Optional.empty();
      }
      location = Pointers.parent(location);
    }
  }

  private JsonNode resolve(JsonNode definition) {
    String ref = definition.path("$ref").asText();
    if (!ref.startsWith("#")) {
      return definition;
    }
    ObjectNode merged = ((ObjectNode) schema.at(ref.substring(1))).deepCopy();
    definition.properties().forEach(field -> merged.set(field.getKey(), field.getValue()));
    return merged;
  }

  private static String display(JsonNode value) {
    return "`" + value.asText() + "`";
  }

  private static String quotedList(List<String> values) {
    return values.stream().map(value -> "`" + value + "`").collect(Collectors.joining(", "));
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
