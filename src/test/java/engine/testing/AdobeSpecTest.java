package engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the shared reading of Adobe's descriptions finds operations and judges JSON. */
class AdobeSpecTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AdobeSpec spec;

  @BeforeEach
  void load() {
    spec = AdobeSpec.load();
  }

  @Test
  void findsAnOperationByConcretePathWhateverTheTrailingSlash() {
    SpecOperation plain = spec.operation("DELETE", "/connections/abc").orElseThrow();
    SpecOperation slashed = spec.operation("DELETE", "/connections/abc/").orElseThrow();
    SpecOperation general =
        spec.operation(SpecDocument.GENERAL, "DELETE", "/connections/abc").orElseThrow();

    assertEquals("/connections/{id}", plain.template());
    assertEquals(
        plain.template(), slashed.template(), "a trailing slash on the request is ignored");
    assertEquals(
        "/connections/{BASE_CONNECTION_ID}/",
        general.template(),
        "a trailing slash on the template is ignored too");
  }

  @Test
  void fallsBackToTheGeneralDescriptionForWhatTheDestinationsOneLeavesOut() {
    SpecOperation patch = spec.operation("PATCH", "/targetConnections/abc").orElseThrow();
    SpecOperation action = spec.operation("POST", "/flows/abc/action").orElseThrow();

    assertEquals(SpecDocument.GENERAL, patch.document());
    assertEquals("post", action.method());
    assertEquals("/flows/{FLOW_ID}/action", action.template());
    assertTrue(spec.operation("GET", "/nothing/here").isEmpty(), "unknown paths are not found");
  }

  @Test
  void listsTheRequiredHeadersAndTheBodySchemaOfAnOperation() {
    SpecOperation patch = spec.operation("PATCH", "/flows/abc").orElseThrow();

    assertEquals(
        Set.of(
            "Authorization",
            "x-api-key",
            "x-gw-ims-org-id",
            "x-sandbox-name",
            "Content-type",
            "if-match"),
        Set.copyOf(patch.requiredHeaders()));
    assertEquals(
        "/paths/~1flows~1{id}/patch/requestBody/content/application~1json/schema",
        patch.requestSchema().orElseThrow().pointer());
    assertTrue(patch.responseSchema(200).isPresent(), "a patch answers {id, etag}");
  }

  @Test
  void judgesAPatchByTheCorrectedSchema() throws Exception {
    SpecSchema schema = spec.operation("PATCH", "/flows/abc").orElseThrow().requestSchema().get();
    JsonNode rename =
        JSON.readTree("[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]");
    JsonNode move = JSON.readTree("[{\"op\": \"move\", \"path\": \"/name\", \"from\": \"/a\"}]");

    List<String> renameViolations = spec.violations(schema, rename);
    List<String> moveViolations = spec.violations(schema, move);

    assertEquals(List.of(), renameViolations, "a rename carries plain text, as Adobe shows");
    assertEquals(2, moveViolations.size(), "no such op, and no value: " + moveViolations);
  }

  @Test
  void holdsAStreamingBaseConnectionToWhatEveryVariantShares() throws Exception {
    SpecSchema schema = spec.operation("POST", "/connections").orElseThrow().requestSchema().get();
    JsonNode complete =
        JSON.readTree(
            "{\"name\": \"n\", \"auth\": {\"specName\": \"s\", \"params\": {}},"
                + " \"connectionSpec\": {\"id\": \"i\", \"version\": \"1.0\"}}");
    JsonNode versionless = JSON.readTree("{\"name\": \"n\", \"connectionSpec\": {\"id\": \"i\"}}");

    List<String> completeViolations = spec.violations(schema, complete);
    List<String> versionlessViolations = spec.violations(schema, versionless);

    assertEquals(List.of(), completeViolations);
    assertEquals(1, versionlessViolations.size(), "the spec version is required");
  }

  @Test
  void everyCorrectionNamesItsNodeOnceAndSaysWhy() {
    List<SpecCorrection> corrections = AdobeSpec.corrections();

    Set<String> nodes = new HashSet<>();
    for (SpecCorrection correction : corrections) {
      assertTrue(nodes.add(correction.document() + correction.pointer()), "once: " + correction);
      assertFalse(correction.reason().isBlank(), "a reason for " + correction.pointer());
    }
  }
}
