package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteAndActionTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  @ParameterizedTest
  @ValueSource(ints = {200, 202, 204, 404})
  void deleteAcceptsEveryDocumentedAnswer(int status) {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        delete(urlPathEqualTo(Targets.path("connections/c1")))
            .willReturn(aResponse().withStatus(status)));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.delete(Collection.CONNECTIONS, "c1");
    }
  }

  @Test
  void deleteRefusedBecauseFlowsUseTheConnectionSaysSo() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        delete(urlPathEqualTo(Targets.path("connections/c1")))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"type\":\"https://ns.adobe.com/aep/errors/FLOW-1418-400\",\"title\":"
                            + "\"Bad request\",\"status\":400,\"report\":{\"detailed-message\":"
                            + "\"The base connection is being used in one or more flows\","
                            + "\"request-id\":\"req-1418\"}}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(
              FlowServiceException.class, () -> client.delete(Collection.CONNECTIONS, "c1"));
    }

    assertEquals("FLOW-1418-400", error.errorCode());
    assertEquals("req-1418", error.requestId());
    assertTrue(error.getMessage().contains("being used in one or more flows"), error.getMessage());
  }

  @Test
  void flowActionSendsTheOperationAndReadsTheEtag() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        post(urlPathEqualTo(Targets.path("flows/f1/action")))
            .withQueryParam("op", equalTo("enable"))
            .willReturn(okJson("{\"id\":\"f1\",\"etag\":\"\\\"e5\\\"\"}")));
    server.stubFor(
        post(urlPathEqualTo(Targets.path("flows/f2/action")))
            .withQueryParam("op", equalTo("disable"))
            .willReturn(aResponse().withStatus(200)));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f2")))
            .willReturn(okJson("{\"items\":[{\"id\":\"f2\",\"etag\":\"\\\"e6\\\"\"}]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertEquals(new Written("f1", "\"e5\""), client.flowAction("f1", FlowAction.ENABLE));
      assertEquals(
          new Written("f2", "\"e6\""),
          client.flowAction("f2", FlowAction.DISABLE),
          "200 without etag: the etag is read back");
    }
  }

  @Test
  void flowActionRefusedAfterALostSuccessChecksTheState() {
    Targets.stubToken(server, Targets.TOKEN);
    String action = Targets.path("flows/f1/action");
    server.stubFor(
        post(urlPathEqualTo(action))
            .inScenario("action")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("done")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        post(urlPathEqualTo(action))
            .inScenario("action")
            .whenScenarioStateIs("done")
            .willReturn(
                aResponse().withStatus(400).withBody("{\"message\":\"already disabled\"}")));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1")))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"f1\",\"state\":\"disabled\","
                        + "\"etag\":\"\\\"e7\\\"\"}]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.flowAction("f1", FlowAction.DISABLE);
    }

    assertEquals(new Written("f1", "\"e7\""), written);
    server.verify(2, postRequestedFor(urlPathEqualTo(action)));
  }
}
