package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowsTest extends LocalServerTest {

  private static final String SELECTORS = "/transformations/0/params/segmentSelectors/selectors";

  @Test
  void createsDataflowWithServerManagedFields() {
    Fixtures.Destination destination = Fixtures.createKinesisDestination(http, "orders");

    JsonNode flow = http.get("/flows/" + destination.flowId()).item();

    assertEquals("enabled", flow.path("state").asText(), "dataflows start enabled");
    assertEquals("/runs?property=flowId==" + destination.flowId(), flow.path("runs").asText());
    JsonNode inherited = flow.path("inheritedAttributes");
    assertTrue(inherited.path("properties").path("isDestinationFlow").asBoolean());
    assertEquals(
        destination.sourceId(), inherited.path("sourceConnections").path(0).path("id").asText());
    JsonNode target = inherited.path("targetConnections").path(0);
    assertEquals(destination.targetId(), target.path("id").asText());
    assertEquals(Fixtures.KINESIS_SPEC, target.path("connectionSpec").path("id").asText());
    assertEquals(destination.baseId(), target.path("baseConnection").path("id").asText());
    assertEquals("create", flow.path("lastOperation").path("operation").asText());
  }

  @Test
  void rejectsStateOnCreateWith1410() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String body =
        Fixtures.flow("again", d.sourceId(), d.targetId())
            .replaceFirst("\\{", "{\"state\": \"disabled\",");

    Http.Response refused = http.post("/flows", body);

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("type").asText().endsWith("FLOW-1410-400"));
  }

  @Test
  void rejectsDataflowWithUnknownConnectionsOrWrongSpecs() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response unknown = http.post("/flows", Fixtures.flow("x", "nope", d.targetId()));
    Http.Response swapped = http.post("/flows", Fixtures.flow("x", d.targetId(), d.sourceId()));
    Http.Response badSpec =
        http.post(
            "/flows",
            Fixtures.flow("x", d.sourceId(), d.targetId()).replace(Fixtures.FLOW_SPEC, "nope"));

    assertEquals(400, unknown.status());
    assertTrue(unknown.body().path("errorMessage").asText().contains("nope"));
    assertEquals(400, swapped.status());
    assertEquals(400, badSpec.status());
  }

  @Test
  void addsAudiencesAndAttributesInOnePatchAndStampsSelectorTimes() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();
    String patch =
        "["
            + Fixtures.addAudience("seg-1", "Gold")
            + ","
            + Fixtures.addAudience("seg-2", "Silver")
            + ","
            + Fixtures.addAttribute("person.name.lastName")
            + "]";

    Http.Response patched = http.patch("/flows/" + d.flowId(), etag, patch);

    assertEquals(200, patched.status(), patched.text());
    assertNotEquals(etag, patched.etag());
    JsonNode flow = http.get("/flows/" + d.flowId()).item();
    JsonNode params = flow.path("transformations").path(0).path("params");
    JsonNode first = params.path("segmentSelectors").path("selectors").path(0).path("value");
    assertEquals("seg-1", first.path("id").asText());
    assertTrue(first.path("createTime").asText().matches("\\d+"), "epoch seconds as text");
    assertEquals(first.path("createTime"), first.path("updateTime"));
    assertEquals(
        "person.name.lastName",
        params
            .path("profileSelectors")
            .path("selectors")
            .path(0)
            .path("value")
            .path("path")
            .asText());
    assertEquals("update", flow.path("lastOperation").path("operation").asText());
    assertEquals(3, flow.path("lastOperation").path("ops").size(), "the applied ops are kept");
  }

  @Test
  void removesAndReplacesAudiencesByIndexInOrder() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();
    String added =
        http.patch(
                "/flows/" + d.flowId(),
                etag,
                "["
                    + Fixtures.addAudience("seg-1", "A")
                    + ","
                    + Fixtures.addAudience("seg-2", "B")
                    + ","
                    + Fixtures.addAudience("seg-3", "C")
                    + "]")
            .etag();
    String patch =
        """
        [{"op": "remove", "path": "%1$s/0",
          "value": {"type": "PLATFORM_SEGMENT", "value": {"id": "seg-1"}}},
         {"op": "replace", "path": "%1$s/1",
          "value": {"type": "PLATFORM_SEGMENT", "value": {"id": "seg-3", "name": "C2"}}}]
        """
            .formatted(SELECTORS);

    Http.Response patched = http.patch("/flows/" + d.flowId(), added, patch);

    assertEquals(200, patched.status(), patched.text());
    JsonNode selectors =
        http.get("/flows/" + d.flowId())
            .item()
            .path("transformations")
            .path(0)
            .path("params")
            .path("segmentSelectors")
            .path("selectors");
    assertEquals(2, selectors.size(), "ops apply one after another");
    assertEquals("seg-2", selectors.path(0).path("value").path("id").asText());
    assertEquals("C2", selectors.path(1).path("value").path("name").asText());
    assertTrue(selectors.path(1).path("value").has("createTime"), "times survive a replace");
  }

  @Test
  void rejectsPatchWithoutIfMatch() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response refused =
        http.send(
            "PATCH",
            "/flows/" + d.flowId(),
            "[" + Fixtures.addAudience("s", "n") + "]",
            Map.of("Content-Type", "application/json"));

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("type").asText().endsWith("FLOW-1403-400"));
  }

  @Test
  void rejectsStaleEtagWith412AndAdobesMessage() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();
    String current =
        http.patch("/flows/" + d.flowId(), etag, "[" + Fixtures.addAudience("a", "A") + "]").etag();

    Http.Response stale =
        http.patch("/flows/" + d.flowId(), etag, "[" + Fixtures.addAudience("b", "B") + "]");

    assertEquals(412, stale.status());
    assertEquals(
        "Supplied version=["
            + etag
            + "] does not match the current version on entity=["
            + current
            + "]",
        stale.body().path("errorMessage").asText());
  }

  @Test
  void rejectsUnquotedEtagAsStale() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();

    Http.Response refused =
        http.patch(
            "/flows/" + d.flowId(),
            etag.replace("\"", ""),
            "[" + Fixtures.addAudience("a", "A") + "]");

    assertEquals(412, refused.status(), "Adobe wants the etag in double quotes");
  }

  @Test
  void acceptsEtagAsIfMatchQueryParameterAsThePostmanCollectionSendsIt() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();

    Http.Response patched =
        http.send(
            "PATCH",
            "/flows/" + d.flowId() + "?if-match=" + URLEncoder.encode(etag, StandardCharsets.UTF_8),
            "[" + Fixtures.addAudience("a", "A") + "]",
            Map.of("Content-Type", "application/json"));

    assertEquals(200, patched.status(), patched.text());
  }

  @Test
  void rejectsMoveWith1434() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();

    Http.Response refused =
        http.patch(
            "/flows/" + d.flowId(),
            etag,
            "[{\"op\": \"move\", \"from\": \"/name\", \"path\": \"/description\"}]");

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("type").asText().endsWith("FLOW-1434-400"));
    assertEquals("Unsupported operation 'move'", refused.body().path("errorMessage").asText());
  }

  @Test
  void rejectsPatchBreakingSelectorShapeOrTouchingServerFields() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();
    String noId =
        "[{\"op\": \"add\", \"path\": \""
            + SELECTORS
            + "/-\","
            + " \"value\": {\"type\": \"PLATFORM_SEGMENT\", \"value\": {\"name\": \"x\"}}}]";

    Http.Response shape = http.patch("/flows/" + d.flowId(), etag, noId);
    Http.Response server =
        http.patch(
            "/flows/" + d.flowId(),
            etag,
            "[{\"op\": \"replace\", \"path\": \"/inheritedAttributes\", \"value\": {}}]");
    Http.Response times =
        http.patch(
            "/flows/" + d.flowId(),
            etag,
            "[{\"op\": \"add\", \"path\": \""
                + SELECTORS
                + "/0/value/createTime\","
                + " \"value\": \"1\"}]");

    assertEquals(400, shape.status());
    assertTrue(shape.body().path("errorMessage").asText().contains("value/id is required"));
    assertEquals(400, server.status());
    assertEquals(400, times.status());
  }

  @Test
  void renamesDataflowAndAnswersIdAndEtag() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();

    Http.Response patched =
        http.patch(
            "/flows/" + d.flowId(),
            etag,
            "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"n2\"},"
                + " {\"op\": \"replace\", \"path\": \"/description\", \"value\": \"d2\"}]");

    assertEquals(200, patched.status());
    assertEquals(d.flowId(), patched.id());
    assertEquals("n2", http.get("/flows/" + d.flowId()).item().path("name").asText());
  }

  @Test
  void disablesAndEnablesDataflowWithNewEtagEachTime() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    String etag = http.get("/flows/" + d.flowId()).item().path("etag").asText();

    Http.Response disabled = http.post("/flows/" + d.flowId() + "/action?op=disable", "");
    String stateAfterDisable = http.get("/flows/" + d.flowId()).item().path("state").asText();
    Http.Response enabled = http.post("/flows/" + d.flowId() + "/action?op=enable", "");

    assertEquals(200, disabled.status(), disabled.text());
    assertEquals("disabled", stateAfterDisable);
    assertNotEquals(etag, disabled.etag());
    assertNotEquals(disabled.etag(), enabled.etag(), "action calls change the etag too");
    JsonNode flow = http.get("/flows/" + d.flowId()).item();
    assertEquals("enabled", flow.path("state").asText());
    assertEquals("enable", flow.path("lastOperation").path("operation").asText());
  }

  @Test
  void rejectsUnknownActionAndUnsupportedSubOperation() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response unknown = http.post("/flows/" + d.flowId() + "/action?op=explode", "");
    Http.Response subOp =
        http.post("/flows/" + d.flowId() + "/action?op=ENABLE&subOp=PROGRESS", "");
    Http.Response missing = http.post("/flows/nope/action?op=enable", "");

    assertEquals(400, unknown.status());
    assertEquals(400, subOp.status());
    assertTrue(subOp.body().path("type").asText().endsWith("FLOW-1436-400"));
    assertEquals(404, missing.status());
  }
}
