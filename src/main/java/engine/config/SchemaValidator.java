package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Validates a configuration file's tree against the published schema, the classpath resource
 * {@value #RESOURCE} (the build copies {@code schemas/engine.schema.json} there), and reports every
 * violation at the place it was written.
 */
final class SchemaValidator {

  /** Where the schema is found on the classpath. */
  static final String RESOURCE = "schemas/engine.schema.json";

  private static final class Loaded {
    static final JsonNode DOCUMENT = read();
    static final Schema SCHEMA =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(DOCUMENT);
    static final SchemaMessages MESSAGES = new SchemaMessages(DOCUMENT);
  }

  private SchemaValidator() {}

  /**
   * Adds a diagnostic for every violation in {@code tree}. A file of another format version is
   * reported once, without the violations that follow from the different format.
   */
  static void validate(PositionedTree tree, Diagnostics diagnostics) {
    JsonNode version = tree.root().path("version");
    if (version.isIntegralNumber() && !version.asText().equals("1")) {
      diagnostics.add(
          tree.position("/version"),
          "format version " + version.asText() + " is not supported; this engine reads version 1",
          "write the file in format version 1 and set `version: 1`, or use an engine that reads"
              + " version "
              + version.asText());
      return;
    }
    for (Error error : Loaded.SCHEMA.validate(tree.root())) {
      diagnostics.add(Loaded.MESSAGES.translate(error, tree));
    }
  }

  /** The schema as the engine reads it, for tests that compare it with the published file. */
  static JsonNode document() {
    return Loaded.DOCUMENT;
  }

  static String pointer(NodePath path) {
    String pointer = Pointers.ROOT;
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer =
          element instanceof Integer index
              ? Pointers.child(pointer, index)
              : Pointers.child(pointer, String.valueOf(element));
    }
    return pointer;
  }

  private static JsonNode read() {
    try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the configuration schema " + RESOURCE + " is missing");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration schema " + RESOURCE, e);
    }
  }
}
