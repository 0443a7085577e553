package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RetryTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final String FLOW = Targets.path("flows/f1");
  private static final String FOUND = "{\"items\":[{\"id\":\"f1\",\"etag\":\"\\\"e1\\\"\"}]}";

  @Test
  void throttledRequestWaitsTheSecondsOfRetryAfter() {
    failFirstThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", "7"));
    RecordingPause pause = new RecordingPause();

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), pause)) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent());
    }

    assertTrue(
        pause.waits().contains(Duration.ofSeconds(7)),
        "Retry-After in seconds replaces the backoff: " + pause.waits());
  }

  @Test
  void throttledRequestWaitsUntilTheDateOfRetryAfter() {
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
    failFirstThenSucceed(aResponse().withStatus(429).withHeader("Retry-After", inAMinute));
    RecordingPause pause = new RecordingPause();

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), pause)) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent());
    }

    Duration longest = pause.waits().stream().max(Duration::compareTo).orElseThrow();
    assertTrue(
        longest.compareTo(Duration.ofSeconds(50)) > 0
            && longest.compareTo(Duration.ofSeconds(61)) <= 0,
        "waits until about the date given: " + pause.waits());
  }

  @Test
  void unavailableServiceIsRetriedUntilItAnswers() {
    failFirstThenSucceed(aResponse().withStatus(503));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent());
    }

    server.verify(2, getRequestedFor(urlPathEqualTo(FLOW)));
  }

  @Test
  void resetConnectionIsRetried() {
    failFirstThenSucceed(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent());
    }

    server.verify(2, getRequestedFor(urlPathEqualTo(FLOW)));
  }

  @Test
  void slowAnswerTimesOutAndIsRetried() {
    failFirstThenSucceed(okJson(FOUND).withFixedDelay(2_000));
    ClientSettings settings = Targets.adobe(server).withRequestTimeout(Duration.ofMillis(200));

    try (HttpFlowServiceClient client = Targets.open(settings, new RecordingPause())) {
      assertTrue(client.get(Collection.FLOWS, "f1").isPresent());
    }

    server.verify(2, getRequestedFor(urlPathEqualTo(FLOW)));
  }

  @Test
  void exhaustedRetriesNameTheAttemptsAndTheLastStatus() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(
                aResponse()
                    .withStatus(503)
                    .withHeader("x-request-id", "req-503")
                    .withBody("{\"errorMessage\":\"Service unavailable\"}")));

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error = assertThrows(FlowServiceException.class, () -> client.get(Collection.FLOWS, "f1"));
    }

    server.verify(4, getRequestedFor(urlPathEqualTo(FLOW)));
    assertEquals(503, error.status());
    assertEquals("req-503", error.requestId());
    String message = error.getMessage();
    assertTrue(message.startsWith("GET flows/f1 failed after 4 attempts"), message);
    assertTrue(message.contains("HTTP 503"), message);
    assertTrue(message.contains("request id req-503"), message);
    assertTrue(message.contains("Try again later"), message);
  }

  @Test
  void retryAfterBeyondTheDeadlineGivesUpAtOnce() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    RecordingPause pause = new RecordingPause();

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), pause)) {
      error = assertThrows(FlowServiceException.class, () -> client.get(Collection.FLOWS, "f1"));
    }

    server.verify(1, getRequestedFor(urlPathEqualTo(FLOW)));
    assertEquals(429, error.status());
    assertTrue(error.getMessage().contains("retry deadline"), error.getMessage());
    assertTrue(error.getMessage().contains("throttling"), error.getMessage());
    assertTrue(pause.waits().isEmpty(), "nothing is waited for in vain");
  }

  @Test
  void clientErrorsAreNotRetried() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .willReturn(aResponse().withStatus(400).withBody("{\"message\":\"bad\"}")));

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      assertThrows(FlowServiceException.class, () -> client.get(Collection.FLOWS, "f1"));
    }

    server.verify(1, getRequestedFor(urlPathEqualTo(FLOW)));
  }

  private void failFirstThenSucceed(ResponseDefinitionBuilder failure) {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("recovered")
            .willReturn(failure));
    server.stubFor(
        get(urlPathEqualTo(FLOW))
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(okJson(FOUND)));
  }
}
