package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TraceTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  @Test
  void verboseTraceHasOneLinePerRequestWithoutSecrets() {
    Targets.stubToken(server, Targets.TOKEN);
    String connections = Targets.path("connections");
    server.stubFor(
        post(urlPathEqualTo(connections))
            .inScenario("busy")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("free")
            .willReturn(aResponse().withStatus(429).withHeader("x-request-id", "req-busy")));
    server.stubFor(
        post(urlPathEqualTo(connections))
            .inScenario("busy")
            .whenScenarioStateIs("free")
            .willReturn(
                okJson("{\"id\":\"c1\",\"etag\":\"e1\"}").withHeader("x-request-id", "req-ok")));
    StringWriter trace = new StringWriter();

    try (HttpFlowServiceClient client =
        Targets.open(Targets.adobe(server, new PrintWriter(trace)), new RecordingPause())) {
      client.create(Collection.CONNECTIONS, FlowServiceBodies.kinesisBaseConnection());
    }

    List<String> lines = trace.toString().lines().toList();
    assertEquals(3, lines.size(), "the token, the throttled attempt and the retry: " + lines);
    assertTrue(lines.get(0).startsWith("POST " + server.baseUrl() + "/ims/token/v3 -> 200, "));
    assertTrue(
        lines
            .get(1)
            .matches("POST \\S+/connections -> 429, request id req-busy, \\d+ ms, attempt 1"),
        lines.get(1));
    assertTrue(lines.get(2).endsWith("attempt 2"), lines.get(2));
    for (String secret :
        List.of(
            Targets.TOKEN,
            Targets.CLIENT_SECRET,
            FlowServiceBodies.KINESIS_SECRET,
            "accessKeyId")) {
      assertFalse(trace.toString().contains(secret), "never traced: " + secret);
    }
  }

  @Test
  void secretLookingQueryValuesAreMaskedInUrls() {
    String url = "https://user:pw@ims.example/ims/token?client_id=a&client_secret=b&code=c";

    String shown = Redactor.url(url);

    assertEquals("https://ims.example/ims/token?client_id=a&client_secret=***&code=***", shown);
  }
}
