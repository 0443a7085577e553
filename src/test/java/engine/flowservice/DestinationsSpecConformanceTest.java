package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import engine.testing.AdobeSpec;
import engine.testing.RequestConformance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Checks every request the client can send, with the hand-written bodies of {@link
 * FlowServiceBodies}, against Adobe's OpenAPI descriptions of Flow Service, kept beside the project
 * in {@code ../shared/reference}: see {@link RequestConformance} for what is checked and {@link
 * AdobeSpec#corrections()} for where the descriptions are corrected first. Skipped where the
 * descriptions are absent.
 */
class DestinationsSpecConformanceTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private RequestConformance conformance;

  @BeforeEach
  void readDescriptions() {
    conformance = new RequestConformance(AdobeSpec.load());
  }

  @Test
  void everyRequestKindMatchesAdobesDescription() {
    List<LoggedRequest> requests = sendEveryRequestKind();

    List<String> problems = new ArrayList<>();
    for (LoggedRequest request : requests) {
      problems.addAll(conformance.problems(request));
    }

    assertEquals(
        21, requests.size(), "lists, gets, creates, patches, actions and deletes were all sent");
    assertTrue(problems.isEmpty(), String.join(System.lineSeparator(), problems));
  }

  @Test
  void theCheckCatchesABodyAdobeWouldRefuse() {
    ObjectNode flow = FlowServiceBodies.flow();
    flow.remove("flowSpec");
    flow.put("sourceConnectionIds", "not a list");
    stubEverything();
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.create(Collection.FLOWS, flow);
    }

    LoggedRequest request =
        server.findAll(anyRequestedFor(urlPathMatching(".*/flowservice/.*"))).get(0);
    List<String> problems = conformance.problems(request);

    assertEquals(2, problems.size(), "the missing flow spec and the wrong type: " + problems);
  }

  private void stubEverything() {
    Targets.stubToken(server, Targets.TOKEN);
    String written = "{\"id\":\"1b2c3d4e-0000-4000-8000-00000000000a\",\"etag\":\"\\\"e1\\\"\"}";
    server.stubFor(get(urlPathMatching(".*/flowservice/.*")).willReturn(okJson("{\"items\":[]}")));
    server.stubFor(
        post(urlPathMatching(".*/flowservice/.*"))
            .willReturn(aResponse().withStatus(201).withBody(written)));
    server.stubFor(patch(urlPathMatching(".*/flowservice/.*")).willReturn(okJson(written)));
    server.stubFor(
        delete(urlPathMatching(".*/flowservice/.*")).willReturn(aResponse().withStatus(202)));
  }

  private List<LoggedRequest> sendEveryRequestKind() {
    stubEverything();
    String id = "1b2c3d4e-0000-4000-8000-00000000000a";

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.list(
          Collection.FLOWS, List.of("inheritedAttributes.properties.isDestinationFlow==true"));
      client.list(Collection.CONNECTIONS, List.of());
      client.get(Collection.TARGET_CONNECTIONS, id);
      for (FlowServiceBodies.Create create : FlowServiceBodies.creates()) {
        client.create(create.collection(), create.body());
      }
      for (FlowServiceBodies.Patch patch : FlowServiceBodies.patches()) {
        client.patch(patch.collection(), id, "\"e1\"", patch.operations());
      }
      client.flowAction(id, FlowAction.ENABLE);
      client.flowAction(id, FlowAction.DISABLE);
      for (Collection collection : Collection.values()) {
        client.delete(collection, id);
      }
    }
    return server.findAll(anyRequestedFor(urlPathMatching(".*/flowservice/.*")));
  }
}
