package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PatchTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final String FLOW = Targets.path("flows/f1");
  private static final String STALE =
      "{\"errorMessage\":\"Supplied version=[\\\"e1\\\"] does not match the current version on"
          + " entity=[\\\"e2\\\"]\",\"errorDetails\":\"mismatch\"}";

  @Test
  void acceptsEveryDocumentedSuccessAnswer() throws Exception {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(Targets.path("flows/a")))
            .willReturn(okJson("{\"id\":\"a\",\"etag\":\"\\\"e2\\\"\"}")));
    server.stubFor(
        patch(urlPathEqualTo(Targets.path("targetConnections/b")))
            .willReturn(okJson("{\"items\":[{\"id\":\"b\",\"etag\":\"e3\"}]}")));
    server.stubFor(
        patch(urlPathEqualTo(Targets.path("flows/c"))).willReturn(aResponse().withStatus(202)));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/c")))
            .willReturn(okJson("{\"items\":[{\"id\":\"c\",\"etag\":\"\\\"e4\\\"\"}]}")));
    ArrayNode operations = FlowServiceBodies.flowPatchAdding();

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertEquals(
          new Written("a", "\"e2\""), client.patch(Collection.FLOWS, "a", "e1", operations));
      assertEquals(
          new Written("b", "e3"),
          client.patch(Collection.TARGET_CONNECTIONS, "b", "e1", operations),
          "a list envelope, and an unquoted etag kept as spelled");
      assertEquals(
          new Written("c", "\"e4\""),
          client.patch(Collection.FLOWS, "c", "e1", operations),
          "202 without a body: the etag is read back");
    }
  }

  @Test
  void stalePatchBecomesAClearError() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(FLOW)).willReturn(aResponse().withStatus(412).withBody(STALE)));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(
              FlowServiceException.class,
              () ->
                  client.patch(
                      Collection.FLOWS, "f1", "\"e1\"", FlowServiceBodies.flowPatchAdding()));
    }

    assertEquals(412, error.status());
    assertTrue(
        error.getMessage().startsWith("PATCH flows/f1 failed: HTTP 412"), error.getMessage());
    assertTrue(error.getMessage().contains("changed since it was read; run plan again"));
  }

  @Test
  void patchAlreadyAppliedByALostAttemptSucceeds() throws Exception {
    ArrayNode operations = rename("new name");
    lostThenStale();
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"f1\",\"name\":\"new name\","
                        + "\"etag\":\"\\\"e2\\\"\"}]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.patch(Collection.FLOWS, "f1", "\"e1\"", operations);
    }

    assertEquals(new Written("f1", "\"e2\""), written, "the live etag after the lost success");
    server.verify(2, patchRequestedFor(urlPathEqualTo(FLOW)));
  }

  @Test
  void appendAlreadyAppliedIsRecognisedByTheLastOperation() {
    ArrayNode operations = FlowServiceBodies.flowPatchAdding();
    lostThenStale();
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"f1\",\"etag\":\"\\\"e2\\\"\",\"lastOperation\":{\"ops\":"
                        + operations
                        + "}}]}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertEquals("\"e2\"", client.patch(Collection.FLOWS, "f1", "\"e1\"", operations).etag());
    }
  }

  @Test
  void stalePatchAfterALostAttemptFailsWhenTheChangeIsMissing() throws Exception {
    lostThenStale();
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(
                okJson(
                    "{\"items\":[{\"id\":\"f1\",\"name\":\"someone else's\",\"etag\":\"e9\"}]}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(
              FlowServiceException.class,
              () -> client.patch(Collection.FLOWS, "f1", "\"e1\"", rename("new name")));
    }

    assertEquals(412, error.status(), "someone else changed it: the plan is stale");
  }

  private void lostThenStale() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(FLOW))
            .inScenario("patch")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("applied")
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        patch(urlPathEqualTo(FLOW))
            .inScenario("patch")
            .whenScenarioStateIs("applied")
            .willReturn(aResponse().withStatus(412).withBody(STALE)));
  }

  private static ArrayNode rename(String name) throws Exception {
    return (ArrayNode)
        new ObjectMapper()
            .readTree("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"" + name + "\"}]");
  }
}
