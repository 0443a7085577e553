package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenExchangeTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  @Test
  void exchangesClientCredentialsInAFormBody() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1"))).willReturn(okJson("{\"items\":[]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.get(Collection.FLOWS, "f1");
    }

    LoggedRequest request =
        server.findAll(postRequestedFor(urlPathEqualTo("/ims/token/v3"))).get(0);
    Map<String, String> form = form(request.getBodyAsString());
    assertEquals("client_credentials", form.get("grant_type"));
    assertEquals(Targets.CLIENT_ID, form.get("client_id"));
    assertEquals(Targets.CLIENT_SECRET, form.get("client_secret"));
    assertEquals(ClientSettings.DEFAULT_SCOPES, form.get("scope"));
    assertFalse(request.getUrl().contains("secret"), "credentials stay out of the URL");
  }

  @Test
  void reusesOneTokenForTheWholeRun() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1"))).willReturn(okJson("{\"items\":[]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.get(Collection.FLOWS, "f1");
      client.get(Collection.FLOWS, "f1");
      client.get(Collection.FLOWS, "f1");
    }

    server.verify(1, postRequestedFor(urlPathEqualTo("/ims/token/v3")));
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo(Targets.path("flows/f1")))
            .withHeader("Authorization", equalTo("Bearer " + Targets.TOKEN)));
  }

  @Test
  void fetchesAFreshTokenWhenTheCurrentOneNearsExpiry() {
    server.stubFor(
        post(urlPathEqualTo("/ims/token/v3"))
            .willReturn(okJson("{\"access_token\":\"short-lived\",\"expires_in\":0}")));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1"))).willReturn(okJson("{\"items\":[]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.get(Collection.FLOWS, "f1");
      client.get(Collection.FLOWS, "f1");
    }

    server.verify(2, postRequestedFor(urlPathEqualTo("/ims/token/v3")));
  }

  @Test
  void refreshesTheTokenOnceAfter401AndRetries() {
    server.stubFor(
        post(urlPathEqualTo("/ims/token/v3"))
            .inScenario("tokens")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("second")
            .willReturn(okJson("{\"access_token\":\"revoked-token\",\"expires_in\":86399}")));
    server.stubFor(
        post(urlPathEqualTo("/ims/token/v3"))
            .inScenario("tokens")
            .whenScenarioStateIs("second")
            .willReturn(okJson("{\"access_token\":\"fresh-token\",\"expires_in\":86399}")));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1")))
            .withHeader("Authorization", equalTo("Bearer revoked-token"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error_code\":\"401013\",\"message\":\"Oauth token is not valid\"}")));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1")))
            .withHeader("Authorization", equalTo("Bearer fresh-token"))
            .willReturn(okJson("{\"items\":[{\"id\":\"f1\",\"etag\":\"\\\"e1\\\"\"}]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent(), "the retry with a fresh token");
    }

    server.verify(2, postRequestedFor(urlPathEqualTo("/ims/token/v3")));
  }

  @Test
  void aSecond401BecomesAClearErrorAboutCredentials() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1")))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error_code\":401013,\"message\":\"Oauth token is not valid\"}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error = assertThrows(FlowServiceException.class, () -> client.get(Collection.FLOWS, "f1"));
    }

    server.verify(2, postRequestedFor(urlPathEqualTo("/ims/token/v3")));
    server.verify(2, getRequestedFor(urlPathEqualTo(Targets.path("flows/f1"))));
    assertEquals(401, error.status());
    assertEquals("401013", error.errorCode(), "an integer code reads as text");
    assertTrue(error.getMessage().contains("ADOBE_CLIENT_SECRET"), error.getMessage());
    assertFalse(error.getMessage().contains(Targets.TOKEN), "no token in messages");
  }

  @Test
  void anImsRefusalSaysWhatToCheckWithoutTheSecret() {
    server.stubFor(
        post(urlPathEqualTo("/ims/token/v3"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"invalid_client\","
                            + "\"error_description\":\"invalid client_secret parameter: "
                            + Targets.CLIENT_SECRET
                            + "\"}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error = assertThrows(FlowServiceException.class, () -> client.get(Collection.FLOWS, "f1"));
    }

    assertEquals(400, error.status());
    assertEquals("invalid_client", error.errorCode());
    assertTrue(error.getMessage().contains("Adobe IMS"), error.getMessage());
    assertTrue(error.getMessage().contains("ADOBE_CLIENT_ID"), "says what to check");
    assertFalse(
        error.getMessage().contains(Targets.CLIENT_SECRET),
        "the secret is masked even when IMS echoes it: " + error.getMessage());
    server.verify(0, getRequestedFor(urlPathEqualTo(Targets.path("flows/f1"))));
  }

  private static Map<String, String> form(String body) {
    return Arrays.stream(body.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
  }
}
