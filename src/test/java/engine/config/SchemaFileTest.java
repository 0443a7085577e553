package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published schema is the one the engine validates with, and it explains itself. */
class SchemaFileTest {

  private static final Path PUBLISHED = Path.of("schemas", "engine.schema.json");

  @Test
  void validatesWithThePublishedSchemaFile() throws IOException {
    JsonNode published = new ObjectMapper().readTree(Files.readString(PUBLISHED));

    JsonNode used = SchemaValidator.document();

    assertEquals(published, used, "the classpath copy must be the file in schemas/");
  }

  @Test
  void isAValidJsonSchema202012() {
    Schema metaSchema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

    List<com.networknt.schema.Error> errors = metaSchema.validate(SchemaValidator.document());

    assertEquals(List.of(), errors, "checked against the 2020-12 meta-schema");
  }

  @Test
  void describesEveryPropertyWithTitleDescriptionAndExamples() {
    List<String> undocumented = new ArrayList<>();

    collectUndocumented(SchemaValidator.document(), "", undocumented);

    assertEquals(List.of(), undocumented, "editors show these texts while completing");
  }

  @Test
  void explainsEveryPatternInPlainEnglish() {
    List<String> patterns = new ArrayList<>();

    collectPatterns(SchemaValidator.document(), patterns);

    assertTrue(patterns.size() >= 9, "the schema's patterns: " + patterns);
    for (String pattern : patterns) {
      assertTrue(PatternHints.forPattern(pattern).isPresent(), "no hint for " + pattern);
    }
  }

  /** Walks every subschema except the conditions of {@code if}, which define no property. */
  private static void collectUndocumented(JsonNode node, String pointer, List<String> found) {
    node.path("properties")
        .properties()
        .forEach(
            property -> {
              JsonNode definition = resolve(property.getValue());
              String where = pointer + "/properties/" + property.getKey();
              if (definition.isObject()
                  && !(definition.has("title")
                      && definition.has("description")
                      && definition.has("examples"))) {
                found.add(where);
              }
            });
    node.properties()
        .forEach(
            child -> {
              boolean condition = child.getKey().equals("if");
              if (child.getValue().isContainerNode() && !condition) {
                collectUndocumented(child.getValue(), pointer + "/" + child.getKey(), found);
              }
            });
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectUndocumented(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  /** Follows a local {@code $ref} when the property has no texts of its own. */
  private static JsonNode resolve(JsonNode definition) {
    if (definition.has("$ref") && !definition.has("title")) {
      return SchemaValidator.document().at(definition.get("$ref").asText().substring(1));
    }
    return definition;
  }

  private static void collectPatterns(JsonNode node, List<String> found) {
    if (node.isObject() && node.path("pattern").isTextual()) {
      found.add(node.get("pattern").asText());
    }
    node.forEach(child -> collectPatterns(child, found));
  }
}
