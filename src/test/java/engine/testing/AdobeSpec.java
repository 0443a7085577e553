package engine.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Adobe's OpenAPI descriptions of Flow Service, read from the shared reference folder beside the
 * project ({@code <project>/../shared/reference}), for holding requests and answers to what Adobe
 * documents. Where that folder is absent, as in a user's clone, {@link #load()} skips the calling
 * test.
 *
 * <p>Where a description contradicts its own examples or Adobe's tutorials, the node is corrected
 * before anything is validated; {@link #corrections()} lists each correction with its reason.
 */
public final class AdobeSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static AdobeSpec loaded;

  private final Map<SpecDocument, JsonNode> documents;
  private final SchemaRegistry registry;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private AdobeSpec(Map<SpecDocument, JsonNode> documents) {
    this.documents = documents;
    Map<String, String> texts = new LinkedHashMap<>();
    documents.forEach((document, tree) -> texts.put(document.uri(), tree.toString()));
    this.registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(), builder -> builder.schemas(texts));
  }

  /**
   * The shared reference folder. Skips the calling test, by a failed assumption, where it is
   * absent.
   */
  public static Path referenceFolder() {
    Path folder = Path.of("").toAbsolutePath().getParent().resolve("shared").resolve("reference");
    assumeTrue(Files.isDirectory(folder), "Adobe's reference documents are not beside the project");
    return folder;
  }

  /**
   * Both descriptions with every correction applied, read once per test run. Skips the calling test
   * where either is absent.
   */
  public static synchronized AdobeSpec load() {
    Path folder = referenceFolder();
    for (SpecDocument document : SpecDocument.values()) {
      assumeTrue(
          Files.isRegularFile(folder.resolve(document.fileName())),
          document.fileName() + " is not in the reference folder");
    }
    if (loaded == null) {
      Map<SpecDocument, JsonNode> documents = new EnumMap<>(SpecDocument.class);
      for (SpecDocument document : SpecDocument.values()) {
        documents.put(document, yaml(folder.resolve(document.fileName())));
      }
      corrections().forEach(correction -> apply(correction, documents.get(correction.document())));
      loaded = new AdobeSpec(documents);
    }
    return loaded;
  }

  /** Every correction made to the descriptions, in the order they are applied. */
  public static List<SpecCorrection> corrections() {
    return SpecCorrections.all();
  }

  /**
   * The operation a request goes to: in the destinations description, or else in the general one.
   *
   * @param path the path after Flow Service's base path, without query, e.g. {@code /flows/123}; a
   *     trailing slash, on either side, makes no difference
   */
  public Optional<SpecOperation> operation(String method, String path) {
    return operation(SpecDocument.DESTINATIONS, method, path)
        .or(() -> operation(SpecDocument.GENERAL, method, path));
  }

  /** The operation a request goes to in one description. */
  public Optional<SpecOperation> operation(SpecDocument document, String method, String path) {
    JsonNode description = documents.get(document);
    String verb = method.toLowerCase(Locale.ROOT);
    String[] segments = trimmed(path).split("/", -1);
    SpecOperation best = null;
    int bestLiterals = -1;
    for (var entry : description.path("paths").properties()) {
      String template = entry.getKey().strip();
      String[] parts = trimmed(template).split("/", -1);
      int literals = matchingLiterals(parts, segments);
      if (literals > bestLiterals && entry.getValue().path(verb).isObject()) {
        List<JsonNode> parameters = new ArrayList<>();
        entry.getValue().path("parameters").forEach(p -> parameters.add(resolve(description, p)));
        entry
            .getValue()
            .path(verb)
            .path("parameters")
            .forEach(p -> parameters.add(resolve(description, p)));
        best =
            new SpecOperation(
                document, entry.getKey(), verb, entry.getValue().path(verb), parameters);
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The violations of {@code instance} against a schema, each as {@code location: message}; empty
   * when it validates.
   */
  public List<String> violations(SpecSchema schema, JsonNode instance) {
    return schemas
        .computeIfAbsent(
            schema.location(), location -> registry.getSchema(SchemaLocation.of(location)))
        .validate(instance)
        .stream()
        .map(AdobeSpec::describe)
        .toList();
  }

  /**
   * The violations of {@code instance} against a schema given inline, such as a parameter's; the
   * schema must not refer to other nodes.
   */
  public List<String> violations(JsonNode schema, JsonNode instance) {
    return registry.getSchema(schema).validate(instance).stream().map(AdobeSpec::describe).toList();
  }

  /**
   * The violations of an answer against the response schema the destinations description gives for
   * it, or empty when it validates or the description gives none. Several operations name the
   * schema of one resource while every example of theirs answers {@code {items: [...]}}; such a
   * schema is applied to each item.
   *
   * @param path the request path after Flow Service's base path, without query
   */
  public List<String> responseViolations(String method, String path, int status, JsonNode body) {
    Optional<SpecSchema> schema = responseSchema(method, path, status);
    if (schema.isEmpty()) {
      return List.of();
    }
    JsonNode node = documents.get(schema.get().document()).at(schema.get().pointer());
    boolean describesEnvelope =
        resolve(documents.get(schema.get().document()), node).path("properties").has("items")
            || node.has("oneOf");
    if (describesEnvelope || !body.path("items").isArray()) {
      return violations(schema.get(), body);
    }
    List<String> violations = new ArrayList<>();
    body.path("items").forEach(item -> violations.addAll(violations(schema.get(), item)));
    return violations;
  }

  /** The response schema the destinations description gives for an answer, when it gives one. */
  public Optional<SpecSchema> responseSchema(String method, String path, int status) {
    return operation(SpecDocument.DESTINATIONS, method, path)
        .flatMap(operation -> operation.responseSchema(status));
  }

  /** The value of a named example of the destinations description, as a copy. */
  public JsonNode example(String name) {
    return documents
        .get(SpecDocument.DESTINATIONS)
        .path("components")
        .path("examples")
        .path(name)
        .path("value")
        .deepCopy();
  }

  private static void apply(SpecCorrection correction, JsonNode document) {
    String pointer = correction.pointer();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, cut));
    String field = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
    if (!(parent instanceof ObjectNode object) || !object.has(field)) {
      throw new IllegalStateException("nothing to correct at " + correction);
    }
    object.set(field, correction.replacement().apply(document));
  }

  private static int matchingLiterals(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return -1;
    }
    int literals = 0;
    for (int i = 0; i < template.length; i++) {
      if (template[i].startsWith("{") && template[i].endsWith("}") && !segments[i].isEmpty()) {
        continue;
      }
      if (!template[i].equals(segments[i])) {
        return -1;
      }
      literals++;
    }
    return literals;
  }

  private static String trimmed(String path) {
    return path.replaceAll("/+$", "");
  }

  private static JsonNode resolve(JsonNode description, JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.startsWith("#") ? description.at(ref.substring(1)) : node;
  }

  private static String describe(Error error) {
    return error.getInstanceLocation() + ": " + error.getMessage();
  }

  private static JsonNode yaml(Path file) {
    try {
      Object tree =
          new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
              .loadFromString(Files.readString(file));
      return JSON.valueToTree(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
