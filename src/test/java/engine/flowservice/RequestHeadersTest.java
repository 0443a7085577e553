package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestHeadersTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  @Test
  void everyRequestKindCarriesTheFlowServiceHeaders() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(get(urlPathEqualTo(Targets.path("flows"))).willReturn(okJson("{\"items\":[]}")));
    server.stubFor(
        get(urlPathEqualTo(Targets.path("flows/f1")))
            .willReturn(okJson("{\"items\":[{\"id\":\"f1\",\"etag\":\"\\\"e1\\\"\"}]}")));
    server.stubFor(
        post(urlPathEqualTo(Targets.path("flows")))
            .willReturn(
                aResponse().withStatus(201).withBody("{\"id\":\"f1\",\"etag\":\"\\\"e1\\\"\"}")));
    server.stubFor(
        patch(urlPathEqualTo(Targets.path("flows/f1")))
            .willReturn(okJson("{\"id\":\"f1\",\"etag\":\"\\\"e2\\\"\"}")));
    server.stubFor(
        post(urlPathEqualTo(Targets.path("flows/f1/action")))
            .willReturn(okJson("{\"id\":\"f1\",\"etag\":\"\\\"e3\\\"\"}")));
    server.stubFor(
        delete(urlPathEqualTo(Targets.path("flows/f1"))).willReturn(aResponse().withStatus(202)));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.list(Collection.FLOWS, List.of());
      client.get(Collection.FLOWS, "f1");
      client.create(Collection.FLOWS, FlowServiceBodies.flow());
      client.patch(Collection.FLOWS, "f1", "\"e1\"", FlowServiceBodies.flowPatchAdding());
      client.flowAction("f1", FlowAction.DISABLE);
      client.delete(Collection.FLOWS, "f1");
    }

    List<LoggedRequest> requests =
        server.findAll(anyRequestedFor(urlPathMatching(Targets.FLOW_SERVICE + "/.*")));
    assertEquals(6, requests.size(), "one request per call");
    for (LoggedRequest request : requests) {
      String what = request.getMethod() + " " + request.getUrl();
      assertEquals("Bearer " + Targets.TOKEN, request.getHeader("Authorization"), what);
      assertEquals(Targets.CLIENT_ID, request.getHeader("x-api-key"), what);
      assertEquals(Targets.ORG_ID, request.getHeader("x-gw-ims-org-id"), what);
      assertEquals(Targets.SANDBOX, request.getHeader("x-sandbox-name"), what);
      assertEquals("application/json", request.getHeader("Accept"), what);
      boolean hasBody = request.getBody().length > 0;
      assertEquals(
          hasBody ? "application/json" : null,
          request.getHeader("Content-Type"),
          "Content-Type exactly when there is a body, also for PATCH: " + what);
    }
  }

  @Test
  void ifMatchIsAlwaysSentQuotedOnce() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathMatching(Targets.path("flows/.*")))
            .willReturn(okJson("{\"id\":\"f1\",\"etag\":\"e2\"}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.patch(
          Collection.FLOWS, "quoted", "\"6802064a-0000\"", FlowServiceBodies.flowPatchAdding());
      client.patch(Collection.FLOWS, "bare", "6802064a-0000", FlowServiceBodies.flowPatchAdding());
    }

    for (String id : List.of("quoted", "bare")) {
      LoggedRequest request =
          server.findAll(patchRequestedFor(urlPathEqualTo(Targets.path("flows/" + id)))).get(0);
      assertEquals("\"6802064a-0000\"", request.getHeader("If-Match"), id);
    }
  }

  @Test
  void theLocalTargetSendsTheLocalCredentials() {
    server.stubFor(any(urlPathMatching(".*")).willReturn(okJson("{\"items\":[]}")));
    ClientSettings settings =
        ClientSettings.local(java.net.URI.create(server.baseUrl()), "dev").withRetry(Targets.QUICK);

    try (HttpFlowServiceClient client = Targets.open(settings, new RecordingPause())) {
      client.list(Collection.CONNECTIONS, List.of());
    }

    LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
    assertTrue(request.getUrl().startsWith(Targets.path("connections")), request.getUrl());
    assertEquals("Bearer local", request.getHeader("Authorization"));
    assertEquals("engine-local", request.getHeader("x-api-key"));
    assertEquals("LOCAL@AdobeOrg", request.getHeader("x-gw-ims-org-id"));
    assertEquals("dev", request.getHeader("x-sandbox-name"));
    assertFalse(
        server.getAllServeEvents().stream()
            .anyMatch(event -> event.getRequest().getUrl().contains("/ims/")),
        "no token exchange for a local target");
  }
}
