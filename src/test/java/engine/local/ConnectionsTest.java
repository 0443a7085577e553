package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

  private LocalFlowService service;
  private Http http;

  @BeforeEach
  void start() {
    service = LocalFlowService.start(LocalFlowService.Options.defaults());
    http = new Http(service.baseUrl());
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void createsKinesisBaseConnectionAndAnswersIdAndQuotedEtag() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));

    assertEquals(201, created.status(), created.text());
    assertFalse(created.id().isEmpty(), "a create answers the new id");
    assertTrue(
        created.etag().matches("\"[0-9a-f]{8}-0000-0200-0000-[0-9a-f]{12}\""),
        "the etag is quoted, in Adobe's shape: " + created.etag());
  }

  @Test
  void getByIdReturnsItemsEnvelopeWithServerFieldsAndMaskedSecret() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));

    Http.Response read = http.get("/connections/" + created.id());

    assertEquals(200, read.status());
    JsonNode item = read.item();
    assertEquals(1, read.body().path("items").size(), "a GET by id answers a one-item list");
    assertEquals(created.id(), item.path("id").asText());
    assertEquals(created.etag(), item.path("etag").asText());
    assertEquals(created.etag(), item.path("version").asText(), "version mirrors the etag");
    assertEquals("enabled", item.path("state").asText());
    assertEquals("prod", item.path("sandboxName").asText());
    assertEquals("LOCAL@AdobeOrg", item.path("imsOrgId").asText());
    assertEquals("engine-local", item.path("createdClient").asText());
    assertEquals("engine-local", item.path("createdBy").asText());
    assertTrue(item.path("createdAt").isIntegralNumber(), "times are epoch milliseconds");
    assertTrue(item.path("sandboxId").isTextual());
    JsonNode params = item.path("auth").path("params");
    assertEquals(Secrets.MASK, params.path("secretKey").asText(), "secrets are masked");
    assertEquals("AKIAEXAMPLE", params.path("accessKeyId").asText());
    assertTrue(params.path("authorizedDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    assertFalse(read.text().contains(Fixtures.KINESIS_SECRET), "the secret never comes back");
  }

  @Test
  void createsEventHubsAndProfileBaseConnections() {
    Http.Response hubs = http.post("/connections", Fixtures.eventHubsBase("hub"));
    Http.Response profile = http.post("/connections", Fixtures.profileBase());

    assertEquals(201, hubs.status(), hubs.text());
    assertEquals(201, profile.status(), profile.text());
    Http.Response read = http.get("/connections/" + hubs.id());
    assertEquals(Secrets.MASK, read.item().path("auth").path("params").path("sasKey").asText());
    assertFalse(read.text().contains(Fixtures.SAS_KEY));
  }

  @Test
  void rejectsMissingConnectionSpecVersionWith422() {
    String body = Fixtures.kinesisBase("orders").replace(", \"version\": \"1.0\"", "");

    Http.Response refused = http.post("/connections", body);

    assertEquals(422, refused.status(), refused.text());
    assertTrue(refused.body().path("errorMessage").asText().contains("connectionSpec.version"));
  }

  @Test
  void rejectsUnknownConnectionSpec() {
    String body = Fixtures.kinesisBase("orders").replace(Fixtures.KINESIS_SPEC, "nope");

    Http.Response refused = http.post("/connections", body);

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("errorMessage").asText().contains("valid spec id"));
  }

  @Test
  void rejectsAuthParamsThatDoNotMatchTheAuthSpecAndNamesEveryProblem() {
    String body =
        Fixtures.kinesisBase("orders")
            .replace("\"accessKeyId\": \"AKIAEXAMPLE\", ", "")
            .replace("\"region\": \"us-east-1\"", "\"region\": 5, \"colour\": \"red\"");

    Http.Response refused = http.post("/connections", body);

    assertEquals(400, refused.status());
    String message = refused.body().path("errorMessage").asText();
    assertTrue(message.contains("auth.params.accessKeyId is required"), message);
    assertTrue(message.contains("auth.params.region must be a string"), message);
    assertTrue(message.contains("auth.params.colour is not a parameter"), message);
    assertFalse(message.contains(Fixtures.KINESIS_SECRET), "errors never echo a secret");
    assertEquals(
        "https://ns.adobe.com/aep/errors/FLOW-1455-400",
        refused.body().path("type").asText(),
        "a missing field is Adobe's 1455");
  }

  @Test
  void rejectsUnknownAuthSpecNameAndAuthOnProfileSpec() {
    String wrongName =
        Fixtures.kinesisBase("orders")
            .replace(
                "Aws Kinesis authentication credentials",
                "Azure EventHub authentication credentials");
    String profileWithAuth =
        Fixtures.profileBase()
            .replace("\"connectionSpec\"", "\"auth\": {\"specName\": \"x\"}, \"connectionSpec\"");

    Http.Response first = http.post("/connections", wrongName);
    Http.Response second = http.post("/connections", profileWithAuth);

    assertEquals(400, first.status());
    assertTrue(first.body().path("errorMessage").asText().contains("auth.specName"));
    assertEquals(400, second.status());
  }

  @Test
  void rejectsStateAndServerFieldsOnCreate() {
    String withState =
        Fixtures.kinesisBase("orders").replaceFirst("\\{", "{\"state\": \"enabled\",");
    String withId = Fixtures.kinesisBase("orders").replaceFirst("\\{", "{\"etag\": \"x\",");

    Http.Response state = http.post("/connections", withState);
    Http.Response id = http.post("/connections", withId);

    assertEquals(400, state.status());
    assertEquals(
        "https://ns.adobe.com/aep/errors/FLOW-1410-400", state.body().path("type").asText());
    assertEquals(400, id.status());
    assertTrue(id.body().path("errorMessage").asText().contains("etag is set by the server"));
  }

  @Test
  void patchReplacesAuthParamsNameAndDescriptionInOrderAndChangesEtag() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));
    String patch =
        """
        [{"op": "replace", "path": "/auth/params",
          "value": {"accessKeyId": "AKIANEW", "secretKey": "new-secret", "region": "eu-west-1"}},
         {"op": "replace", "path": "/name", "value": "renamed"},
         {"op": "replace", "path": "/description", "value": "new description"}]
        """;

    Http.Response patched = http.patch("/connections/" + created.id(), created.etag(), patch);

    assertEquals(200, patched.status(), patched.text());
    assertEquals(created.id(), patched.id());
    assertNotEquals(created.etag(), patched.etag(), "every update changes the etag");
    JsonNode item = http.get("/connections/" + created.id()).item();
    assertEquals("renamed", item.path("name").asText());
    assertEquals("new description", item.path("description").asText());
    assertEquals("eu-west-1", item.path("auth").path("params").path("region").asText());
    assertEquals(Secrets.MASK, item.path("auth").path("params").path("secretKey").asText());
    assertEquals(patched.etag(), item.path("etag").asText());
  }

  @Test
  void rejectsPatchThatRemovesARequiredAuthParam() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));

    Http.Response refused =
        http.patch(
            "/connections/" + created.id(),
            created.etag(),
            "[{\"op\": \"remove\", \"path\": \"/auth/params/secretKey\"}]");

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("errorMessage").asText().contains("secretKey is required"));
  }

  @Test
  void rejectsPatchOfConnectionSpecWith1414() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));

    Http.Response refused =
        http.patch(
            "/connections/" + created.id(),
            created.etag(),
            "[{\"op\": \"replace\", \"path\": \"/connectionSpec/id\", \"value\": \"x\"}]");

    assertEquals(400, refused.status());
    assertEquals(
        "https://ns.adobe.com/aep/errors/FLOW-1414-400", refused.body().path("type").asText());
  }

  @Test
  void rejectsPatchOfServerManagedFields() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("orders"));

    Http.Response state =
        http.patch(
            "/connections/" + created.id(),
            created.etag(),
            "[{\"op\": \"replace\", \"path\": \"/state\", \"value\": \"disabled\"}]");
    Http.Response date =
        http.patch(
            "/connections/" + created.id(),
            created.etag(),
            "[{\"op\": \"replace\", \"path\": \"/auth/params/authorizedDate\", \"value\": \"x\"}]");

    assertEquals(400, state.status());
    assertTrue(state.body().path("errorMessage").asText().contains("managed by the server"));
    assertEquals(400, date.status());
  }
}
