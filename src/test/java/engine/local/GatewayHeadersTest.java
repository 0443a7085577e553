package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayHeadersTest extends LocalServerTest {

  @Test
  void rejectsMissingTokenWithGatewayBody() {
    Http.Response refused = http.send("GET", "/flows", "", Map.of("Authorization", ""));

    assertEquals(403, refused.status());
    assertEquals(403010, refused.body().path("error_code").asInt());
    assertEquals("Oauth token is missing.", refused.body().path("message").asText());
  }

  @Test
  void rejectsAuthorizationThatIsNotABearerToken() {
    Http.Response refused =
        http.send("GET", "/flows", "", Map.of("Authorization", "Basic dXNlcjpwYXNz"));

    assertEquals(401, refused.status());
    assertEquals(401013, refused.body().path("error_code").asInt());
  }

  @Test
  void rejectsMissingApiKey() {
    Http.Response refused = http.send("GET", "/flows", "", Map.of("x-api-key", ""));

    assertEquals(403, refused.status());
    assertEquals(403000, refused.body().path("error_code").asInt());
  }

  @Test
  void rejectsMissingOrgHeader() {
    Http.Response refused = http.send("GET", "/flows", "", Map.of("x-gw-ims-org-id", ""));

    assertEquals(400, refused.status());
    assertEquals(400003, refused.body().path("error_code").asInt());
  }

  @Test
  void rejectsMissingSandboxHeaderWithFlowServiceProblem() {
    Http.Response refused = http.send("GET", "/flows", "", Map.of("x-sandbox-name", ""));

    assertEquals(400, refused.status());
    assertEquals(
        "https://ns.adobe.com/aep/errors/FLOW-2105-400", refused.body().path("type").asText());
    assertFalse(
        refused.body().path("report").path("request-id").asText().isEmpty(),
        "problem bodies carry the request id");
  }

  @Test
  void rejectsBodyWithoutJsonContentType() {
    Http.Response refused =
        http.send(
            "POST",
            "/connections",
            Fixtures.kinesisBase("x"),
            Map.of("Content-Type", "text/plain"));

    assertEquals(400, refused.status());
    assertEquals("A valid content-type must be specified", refused.body().path("detail").asText());
  }

  @Test
  void acceptsJsonContentTypeWithCharset() {
    Http.Response created =
        http.send(
            "POST",
            "/connections",
            Fixtures.kinesisBase("x"),
            Map.of("Content-Type", "application/json; charset=utf-8"));

    assertEquals(201, created.status(), created.text());
  }

  @Test
  void answersEveryRequestWithARequestIdHeader() {
    Http.Response ok = http.get("/flows");
    Http.Response refused = http.send("GET", "/flows", "", Map.of("x-api-key", ""));

    assertTrue(ok.headers().firstValue("x-request-id").isPresent());
    assertTrue(refused.headers().firstValue("x-request-id").isPresent());
  }

  @Test
  void isolatesDataPerSandbox() {
    Http dev = new Http(service.baseUrl(), "dev");
    String id = http.post("/connections", Fixtures.kinesisBase("prod account")).id();

    Http.Response fromDev = dev.get("/connections/" + id);
    Http.Response listInDev = dev.get("/connections");

    assertEquals(404, fromDev.status(), "a resource of prod is unknown in dev");
    assertEquals(0, listInDev.body().path("items").size());
    assertEquals(200, http.get("/connections/" + id).status());
  }

  @Test
  void answersUnknownEndpointsWith404Problem() {
    Http.Response unknown = http.get("/nothingHere");

    assertEquals(404, unknown.status());
    assertTrue(unknown.body().path("type").asText().endsWith("FLOW-1101-404"));
  }
}
