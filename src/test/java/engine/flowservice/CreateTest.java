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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CreateTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final String FLOWS = Targets.path("flows");
  private static final String NAME = FlowServiceBodies.flow().path("name").asText();

  @Test
  void ambiguousFailureFindsTheCreatedResourceInsteadOfCreatingItAgain() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        post(urlPathEqualTo(FLOWS))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathEqualTo(FLOWS))
            .withQueryParam("property", equalTo("name==" + NAME))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + item("someone-elses", NAME, "Created by hand")
                        + ","
                        + item("f-created", NAME, FlowServiceBodies.MARKER)
                        + "]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.create(Collection.FLOWS, FlowServiceBodies.flow());
    }

    assertEquals(new Written("f-created", "\"e-f-created\""), written, "the one with our marker");
    server.verify(1, postRequestedFor(urlPathEqualTo(FLOWS)));
    server.verify(getRequestedFor(urlPathEqualTo(FLOWS)).withQueryParam("limit", equalTo("100")));
  }

  @Test
  void aNameWithACommaIsLookedUpBySpecRatherThanReadAsAnyOf() {
    ObjectNode flow = FlowServiceBodies.flow().put("name", "Orders, EU");
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        post(urlPathEqualTo(FLOWS))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(
        get(urlPathEqualTo(FLOWS))
            .withQueryParam(
                "property", equalTo("flowSpec.id==" + flow.path("flowSpec").path("id").asText()))
            .willReturn(
                okJson(
                    "{\"items\":["
                        + item("f-created", "Orders, EU", FlowServiceBodies.MARKER)
                        + "]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.create(Collection.FLOWS, flow);
    }

    assertEquals("f-created", written.id(), "found by spec, then matched on name and marker");
    server.verify(1, postRequestedFor(urlPathEqualTo(FLOWS)));
  }

  @Test
  void ambiguousFailureWithNothingCreatedTriesAgain() {
    failFirstThenCreate(aResponse().withStatus(504));
    server.stubFor(get(urlPathEqualTo(FLOWS)).willReturn(okJson("{\"items\":[]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.create(Collection.FLOWS, FlowServiceBodies.flow());
    }

    assertEquals("f-new", written.id());
    server.verify(2, postRequestedFor(urlPathEqualTo(FLOWS)));
    server.verify(1, getRequestedFor(urlPathEqualTo(FLOWS)));
  }

  @Test
  void turnedAwayCreateIsRetriedWithoutLookingFirst() {
    failFirstThenCreate(aResponse().withStatus(503));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.create(Collection.FLOWS, FlowServiceBodies.flow());
    }

    server.verify(2, postRequestedFor(urlPathEqualTo(FLOWS)));
    server.verify(0, getRequestedFor(urlPathEqualTo(FLOWS)));
  }

  @Test
  void createAnsweredWithoutEtagReadsTheEtag() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(post(urlPathEqualTo(FLOWS)).willReturn(okJson("{\"id\":\"f-new\"}")));
    server.stubFor(
        get(urlPathEqualTo(FLOWS + "/f-new"))
            .willReturn(okJson("{\"items\":[" + item("f-new", NAME, "x") + "]}")));

    Written written;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      written = client.create(Collection.FLOWS, FlowServiceBodies.flow());
    }

    assertEquals(new Written("f-new", "\"e-f-new\""), written, "200 without etag is accepted");
  }

  @Test
  void rejectedCreateIsReportedWithoutItsBody() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        post(urlPathEqualTo(Targets.path("connections")))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"errorMessage\":\"Invalid auth params "
                            + FlowServiceBodies.KINESIS_SECRET
                            + "\"}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(
              FlowServiceException.class,
              () ->
                  client.create(Collection.CONNECTIONS, FlowServiceBodies.kinesisBaseConnection()));
    }

    assertTrue(
        error.getMessage().startsWith("POST connections failed: HTTP 400"), error.getMessage());
    assertTrue(
        !error.getMessage().contains(FlowServiceBodies.KINESIS_SECRET),
        "a secret echoed by the server is masked: " + error.getMessage());
  }

  private void failFirstThenCreate(ResponseDefinitionBuilder failure) {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        post(urlPathEqualTo(FLOWS))
            .inScenario("create")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("created")
            .willReturn(failure));
    server.stubFor(
        post(urlPathEqualTo(FLOWS))
            .inScenario("create")
            .whenScenarioStateIs("created")
            .willReturn(
                aResponse().withStatus(201).withBody("{\"id\":\"f-new\",\"etag\":\"\\\"e\\\"\"}")));
  }

  private static String item(String id, String name, String description) {
    return "{\"id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"description\":\""
        + description
        + "\",\"etag\":\"\\\"e-"
        + id
        + "\\\"\"}";
  }
}
