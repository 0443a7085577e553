package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class SourceAndTargetConnectionsTest extends LocalServerTest {

  @Test
  void createsProfileSourceConnectionOnAProfileBaseConnection() {
    String base = http.post("/connections", Fixtures.profileBase()).id();

    Http.Response created = http.post("/sourceConnections", Fixtures.profileSource(base));

    assertEquals(201, created.status(), created.text());
    JsonNode item = http.get("/sourceConnections/" + created.id()).item();
    assertEquals("ProfileFragments", item.path("typeInfo").path("type").asText());
    assertEquals("ups", item.path("typeInfo").path("id").asText());
    assertEquals(base, item.path("inheritedAttributes").path("baseConnection").path("id").asText());
    assertEquals("json", item.path("data").path("format").asText());
  }

  @Test
  void createsProfileSourceConnectionWithoutBaseConnection() {
    String body =
        """
        {"name": "profile", "description": "no base",
         "connectionSpec": {"id": "%s", "version": "1.0"}}
        """
            .formatted(Fixtures.PROFILE_SPEC);

    Http.Response created = http.post("/sourceConnections", body);

    assertEquals(201, created.status(), created.text());
  }

  @Test
  void rejectsSourceConnectionOnADestinationSpecOrUnknownBase() {
    String destination =
        Fixtures.profileSource("x").replace(Fixtures.PROFILE_SPEC, Fixtures.KINESIS_SPEC);
    String unknownBase = Fixtures.profileSource("no-such-base");

    Http.Response wrongSpec = http.post("/sourceConnections", destination);
    Http.Response missingBase = http.post("/sourceConnections", unknownBase);

    assertEquals(400, wrongSpec.status());
    assertEquals(400, missingBase.status());
    assertTrue(missingBase.body().path("errorMessage").asText().contains("no-such-base"));
  }

  @Test
  void createsKinesisAndEventHubsTargetConnections() {
    String kinesisBase = http.post("/connections", Fixtures.kinesisBase("k")).id();
    String hubsBase = http.post("/connections", Fixtures.eventHubsBase("e")).id();

    Http.Response kinesis =
        http.post("/targetConnections", Fixtures.kinesisTarget(kinesisBase, "orders"));
    Http.Response hubs = http.post("/targetConnections", Fixtures.eventHubsTarget(hubsBase));

    assertEquals(201, kinesis.status(), kinesis.text());
    assertEquals(201, hubs.status(), hubs.text());
    JsonNode item = http.get("/targetConnections/" + kinesis.id()).item();
    assertEquals("orders", item.path("params").path("stream").asText());
    JsonNode inherited = item.path("inheritedAttributes").path("baseConnection");
    assertEquals(kinesisBase, inherited.path("id").asText());
    assertEquals(Fixtures.KINESIS_SPEC, inherited.path("connectionSpec").path("id").asText());
  }

  @Test
  void rejectsTargetConnectionWhoseBaseHasAnotherSpecOrDoesNotExist() {
    String hubsBase = http.post("/connections", Fixtures.eventHubsBase("e")).id();

    Http.Response mismatch =
        http.post("/targetConnections", Fixtures.kinesisTarget(hubsBase, "orders"));
    Http.Response missing =
        http.post("/targetConnections", Fixtures.kinesisTarget("nope", "orders"));

    assertEquals(400, mismatch.status());
    assertTrue(mismatch.body().path("errorMessage").asText().contains("has connection spec"));
    assertEquals(400, missing.status());
  }

  @Test
  void rejectsTargetConnectionWithoutRequiredParams() {
    String base = http.post("/connections", Fixtures.kinesisBase("k")).id();
    String body = Fixtures.kinesisTarget(base, "orders").replace("\"stream\": \"orders\", ", "");

    Http.Response refused = http.post("/targetConnections", body);

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("errorMessage").asText().contains("params.stream is required"));
  }

  @Test
  void rejectsTargetConnectionWithoutVersionWith422() {
    String base = http.post("/connections", Fixtures.kinesisBase("k")).id();
    String body = Fixtures.kinesisTarget(base, "orders").replace(", \"version\": \"1.0\"", "");

    Http.Response refused = http.post("/targetConnections", body);

    assertEquals(422, refused.status());
  }

  @Test
  void patchesTargetConnectionParamsWholeAndByKey() {
    String base = http.post("/connections", Fixtures.kinesisBase("k")).id();
    Http.Response created = http.post("/targetConnections", Fixtures.kinesisTarget(base, "a"));

    Http.Response whole =
        http.patch(
            "/targetConnections/" + created.id(),
            created.etag(),
            "[{\"op\": \"replace\", \"path\": \"/params\","
                + " \"value\": {\"stream\": \"b\", \"region\": \"eu-west-1\"}}]");
    Http.Response byKey =
        http.patch(
            "/targetConnections/" + created.id(),
            whole.etag(),
            "[{\"op\": \"replace\", \"path\": \"/params/stream\", \"value\": \"c\"},"
                + " {\"op\": \"replace\", \"path\": \"/name\", \"value\": \"renamed\"}]");

    assertEquals(200, whole.status(), whole.text());
    assertEquals(200, byKey.status(), byKey.text());
    JsonNode item = http.get("/targetConnections/" + created.id()).item();
    assertEquals("c", item.path("params").path("stream").asText());
    assertEquals("eu-west-1", item.path("params").path("region").asText());
    assertEquals("renamed", item.path("name").asText());
  }

  @Test
  void rejectsPatchThatBreaksTargetConnectionShape() {
    String base = http.post("/connections", Fixtures.kinesisBase("k")).id();
    Http.Response created = http.post("/targetConnections", Fixtures.kinesisTarget(base, "a"));

    Http.Response refused =
        http.patch(
            "/targetConnections/" + created.id(),
            created.etag(),
            "[{\"op\": \"remove\", \"path\": \"/params/stream\"}]");
    Http.Response unknownField =
        http.patch(
            "/targetConnections/" + created.id(),
            created.etag(),
            "[{\"op\": \"add\", \"path\": \"/colour\", \"value\": \"red\"}]");

    assertEquals(400, refused.status());
    assertEquals(400, unknownField.status());
    assertEquals(
        created.etag(),
        http.get("/targetConnections/" + created.id()).item().path("etag").asText(),
        "a refused patch changes nothing");
  }
}
