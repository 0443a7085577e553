package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks every request the client can send against Adobe's OpenAPI description of the Flow Service
 * destinations API, kept beside the project in {@code ../shared/reference}: the path and method
 * exist, the required headers are present, and the JSON body validates against the operation's
 * request schema. Skipped where the description is absent.
 *
 * <p>Where that description leaves an operation out, the general Flow Service description is
 * consulted instead; where its schemas contradict its own examples and tutorials, the schema is
 * corrected first, each correction with its reason in {@link #corrected}.
 */
class DestinationsSpecConformanceTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path REFERENCE = Path.of("..", "shared", "reference").toAbsolutePath();
  private static final String DESTINATIONS_URI = "https://spec.test/destinations.json";
  private static final String GENERAL_URI = "https://spec.test/flow-service.json";

  private static JsonNode destinations;
  private static JsonNode general;
  private static SchemaRegistry registry;

  @BeforeAll
  static void readDescriptions() throws IOException {
    Path destinationsFile = REFERENCE.resolve("adobe-flow-service-destinations.openapi.yaml");
    Path generalFile = REFERENCE.resolve("adobe-flow-service.openapi.yaml");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(destinationsFile) && Files.isRegularFile(generalFile),
        "Adobe's API descriptions are not beside the project");
    destinations = corrected(yaml(destinationsFile));
    general = yaml(generalFile);
    String destinationsJson = JSON.writeValueAsString(destinations);
    String generalJson = JSON.writeValueAsString(general);
    registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi30(),
            builder ->
                builder.schemas(
                    Map.of(DESTINATIONS_URI, destinationsJson, GENERAL_URI, generalJson)));
  }

  @Test
  void everyRequestKindMatchesAdobesDescription() {
    List<LoggedRequest> requests = sendEveryRequestKind();

    List<String> problems = new ArrayList<>();
    for (LoggedRequest request : requests) {
      problems.addAll(check(request));
    }

    assertEquals(
        21, requests.size(), "lists, gets, creates, patches, actions and deletes were all sent");
    assertTrue(problems.isEmpty(), String.join(System.lineSeparator(), problems));
  }

  @Test
  void theCheckCatchesABodyAdobeWouldRefuse() {
    ObjectNode flow = FlowServiceBodies.flow();
    flow.remove("flowSpec");
    flow.put("sourceConnectionIds", "not a list");
    stubEverything();
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.create(Collection.FLOWS, flow);
    }

    LoggedRequest request =
        server.findAll(anyRequestedFor(urlPathMatching(".*/flowservice/.*"))).get(0);
    List<String> problems = check(request);

    assertEquals(2, problems.size(), "the missing flow spec and the wrong type: " + problems);
  }

  private void stubEverything() {
    Targets.stubToken(server, Targets.TOKEN);
    String written = "{\"id\":\"1b2c3d4e-0000-4000-8000-00000000000a\",\"etag\":\"\\\"e1\\\"\"}";
    server.stubFor(get(urlPathMatching(".*/flowservice/.*")).willReturn(okJson("{\"items\":[]}")));
    server.stubFor(
        post(urlPathMatching(".*/flowservice/.*"))
            .willReturn(aResponse().withStatus(201).withBody(written)));
    server.stubFor(patch(urlPathMatching(".*/flowservice/.*")).willReturn(okJson(written)));
    server.stubFor(
        delete(urlPathMatching(".*/flowservice/.*")).willReturn(aResponse().withStatus(202)));
  }

  private List<LoggedRequest> sendEveryRequestKind() {
    stubEverything();
    String id = "1b2c3d4e-0000-4000-8000-00000000000a";

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.list(
          Collection.FLOWS, List.of("inheritedAttributes.properties.isDestinationFlow==true"));
      client.list(Collection.CONNECTIONS, List.of());
      client.get(Collection.TARGET_CONNECTIONS, id);
      for (FlowServiceBodies.Create create : FlowServiceBodies.creates()) {
        client.create(create.collection(), create.body());
      }
      for (FlowServiceBodies.Patch patch : FlowServiceBodies.patches()) {
        client.patch(patch.collection(), id, "\"e1\"", patch.operations());
      }
      client.flowAction(id, FlowAction.ENABLE);
      client.flowAction(id, FlowAction.DISABLE);
      for (Collection collection : Collection.values()) {
        client.delete(collection, id);
      }
    }
    return server.findAll(anyRequestedFor(urlPathMatching(".*/flowservice/.*")));
  }

  private List<String> check(LoggedRequest request) {
    String method = request.getMethod().getName().toLowerCase(Locale.ROOT);
    String path =
        request.getUrl().replaceFirst("\\?.*$", "").substring(Targets.FLOW_SERVICE.length());
    String what = method.toUpperCase(Locale.ROOT) + " " + path;
    Optional<Operation> found =
        Operation.find(destinations, DESTINATIONS_URI, path, method)
            .or(() -> Operation.find(general, GENERAL_URI, path, method));
    if (found.isEmpty()) {
      return List.of(what + ": no such operation in either description");
    }
    Operation operation = found.get();

    List<String> problems = new ArrayList<>();
    for (String header : operation.requiredHeaders()) {
      if (request.getHeader(header) == null) {
        problems.add(what + ": required header " + header + " is missing");
      }
    }
    if (request.getBody().length > 0) {
      JsonNode body = readBody(request);
      String location = bodySchema(operation, what);
      Schema schema = registry.getSchema(SchemaLocation.of(location));
      for (JsonNode instance : operation.appliesToEachOperation() ? body : List.of(body)) {
        for (Error error : schema.validate(instance)) {
          problems.add(what + " (" + location + "): " + error);
        }
      }
    }
    return problems;
  }

  /**
   * Where the schema a body is checked against is: the operation's own, except where the
   * description only gives variants for other destinations, or leaves the operation to the general
   * description.
   */
  private static String bodySchema(Operation operation, String what) {
    if (what.equals("POST /connections")) {
      // Every variant listed is for Amazon S3 or SFTP; all share this part.
      return DESTINATIONS_URI + "#/components/schemas/GenericBaseConnectionRequest";
    }
    if (what.equals("POST /targetConnections")) {
      // As for base connections: the variants are S3 and SFTP around this shared part.
      return DESTINATIONS_URI + "#/components/schemas/GenericTargetConnectionRequest";
    }
    if (what.startsWith("POST /flows")) {
      return DESTINATIONS_URI + "#/components/schemas/Create_Streaming_Destination_Flow_Request";
    }
    if (operation.documentUri().equals(GENERAL_URI)) {
      // The general description writes ops in upper case, the destinations one and every
      // tutorial in lower case, as the engine does: the body is checked as a destinations patch.
      return DESTINATIONS_URI + "#/components/schemas/Patch_Flow_Request";
    }
    return operation.documentUri() + operation.requestSchemaPointer();
  }

  /** The destinations description with the corrections its own examples and tutorials call for. */
  private static JsonNode corrected(JsonNode description) {
    ObjectNode schemas = (ObjectNode) description.path("components").path("schemas");

    // The streaming flow request types transformations as a string titled "TBD"; the batch
    // request gives its shape, except for a name enum with a space ("General Transform") where
    // every example and tutorial writes "GeneralTransform".
    ObjectNode transformations =
        schemas
            .path("Create_Batch_Destination_Flow_Request")
            .path("properties")
            .path("transformations")
            .deepCopy();
    ((ObjectNode) transformations.path("items").path("properties").path("name")).remove("enum");
    ((ObjectNode) schemas.path("Create_Streaming_Destination_Flow_Request").path("properties"))
        .set("transformations", transformations);

    // A patch value is one of several selector shapes that overlap (an audience selector matches
    // more than one), so "oneOf" rejects the description's own examples; renames and new
    // descriptions, documented in the dataflow tutorials, carry plain text.
    for (String item : List.of("PatchFlowItem", "PatchConnectionItem")) {
      ObjectNode value = (ObjectNode) schemas.path(item).path("properties").path("value");
      ArrayNode choices = (ArrayNode) value.remove("oneOf");
      choices.addObject().put("type", "string");
      value.set("anyOf", choices);
    }
    return description;
  }

  private static JsonNode readBody(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBody());
    } catch (IOException e) {
      throw new AssertionError("the body is not JSON: " + request.getBodyAsString(), e);
    }
  }

  private static JsonNode yaml(Path file) throws IOException {
    Object document =
        new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build())
            .loadFromString(Files.readString(file));
    return JSON.valueToTree(document);
  }
}
