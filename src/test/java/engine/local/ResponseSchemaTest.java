package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import engine.testing.AdobeSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Holds every answer of a whole destination lifecycle, as the engine drives it, to the response
 * schema Adobe's Destinations spec gives for that operation. Skipped where the shared reference
 * folder is absent.
 */
class ResponseSchemaTest extends LocalServerTest {

  private AdobeSpec spec;
  private final List<String> failures = new ArrayList<>();
  private int validated;

  @BeforeEach
  void loadSpec() {
    spec = AdobeSpec.load();
  }

  private Http.Response check(String method, String path, Http.Response response) {
    if (spec.responseSchema(method, path, response.status()).isPresent()) {
      validated++;
    }
    spec.responseViolations(method, path, response.status(), response.body())
        .forEach(v -> failures.add(method + " " + path + " " + response.status() + ": " + v));
    return response;
  }

  @Test
  void everyAnswerOfADestinationLifecycleValidatesAgainstTheSpec() {
    String base = post("/connections", Fixtures.kinesisBase("k")).id();
    String hubs = post("/connections", Fixtures.eventHubsBase("e")).id();
    String profile = post("/connections", Fixtures.profileBase()).id();
    String source = post("/sourceConnections", Fixtures.profileSource(profile)).id();
    String target = post("/targetConnections", Fixtures.kinesisTarget(base, "orders")).id();
    post("/targetConnections", Fixtures.eventHubsTarget(hubs));
    Http.Response flow = post("/flows", Fixtures.flow("orders", source, target));
    String patch =
        "[" + Fixtures.addAudience("gold", "Gold") + "," + Fixtures.addAttribute("a.b") + "]";
    Http.Response patched = http.patch("/flows/" + flow.id(), flow.etag(), patch);
    check("PATCH", "/flows/" + flow.id(), patched);
    check(
        "PATCH",
        "/connections/" + base,
        http.patch(
            "/connections/" + base,
            http.get("/connections/" + base).item().path("etag").asText(),
            "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"k2\"}]"));
    for (String path :
        List.of(
            "/connections",
            "/connections/" + base,
            "/connections/" + profile,
            "/sourceConnections",
            "/sourceConnections/" + source,
            "/targetConnections",
            "/targetConnections/" + target,
            "/flows",
            "/flows/" + flow.id(),
            "/runs?property=flowId==" + flow.id(),
            "/flows/nope",
            "/connections/nope")) {
      check("GET", path.replaceAll("\\?.*", ""), http.get(path));
    }
    for (String path :
        List.of(
            "/flows/" + flow.id(),
            "/targetConnections/" + target,
            "/sourceConnections/" + source,
            "/connections/" + base)) {
      check("DELETE", path, http.delete(path));
    }

    assertEquals(List.of(), failures, "every answer matches Adobe's response schema");
    assertTrue(validated >= 20, "the spec gave schemas for most answers: " + validated);
  }

  @Test
  void theCorrectedSchemasStillHoldAdobesOwnExamples() {
    JsonNode connections = spec.example("ConnectionsResponse");
    JsonNode targets = spec.example("TargetConnectionsResponse");
    JsonNode sources = spec.example("SourceConnectionsResponseUPS");
    JsonNode flows = spec.example("Batch_Flow_Daily_Full_Once_Scheduled");

    List<String> violations = new ArrayList<>();
    violations.addAll(spec.responseViolations("GET", "/connections", 200, connections));
    violations.addAll(spec.responseViolations("GET", "/targetConnections", 200, targets));
    violations.addAll(spec.responseViolations("GET", "/sourceConnections/x", 200, sources));
    violations.addAll(spec.responseViolations("GET", "/flows/x", 200, flows));

    assertEquals(
        List.of(), violations, "the corrections only align the schemas with Adobe's examples");
  }

  @Test
  void detectsAnAnswerThatBreaksTheSchema() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    JsonNode flow = http.get("/flows/" + d.flowId()).body().deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode) flow.path("items").path(0)).remove("etag");

    List<String> violations = spec.responseViolations("GET", "/flows/" + d.flowId(), 200, flow);

    assertTrue(!violations.isEmpty(), "a missing etag is caught, so the check is not vacuous");
  }

  private Http.Response post(String path, String body) {
    return check("POST", path, http.post(path, body));
  }
}
