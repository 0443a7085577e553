package engine.flowservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  private static final Map<String, String> COMPLETE =
      Map.of(
          "ADOBE_CLIENT_ID", "id-1",
          "ADOBE_CLIENT_SECRET", "secret-1",
          "ADOBE_ORG_ID", "ABC@AdobeOrg");

  @Test
  void localTargetUsesTheLocalCredentialsAndDefaults() {
    ClientSettings settings = ClientSettings.local(URI.create("http://127.0.0.1:4321"), "dev");

    assertEquals(
        URI.create("http://127.0.0.1:4321/data/foundation/flowservice"),
        settings.flowServiceBase(),
        "a bare server root gets the Flow Service path");
    assertEquals("engine-local", settings.apiKey());
    assertEquals("LOCAL@AdobeOrg", settings.orgId());
    assertEquals(new TokenSource.Fixed("local"), settings.tokenSource());
    assertEquals(4, settings.maxInFlight(), "the documented default");
    assertEquals(RetryPolicy.DEFAULT, settings.retry());
  }

  @Test
  void localTargetKeepsAnExplicitFlowServicePath() {
    ClientSettings settings =
        ClientSettings.local(URI.create("http://127.0.0.1:4321/custom/flowservice/"), "dev");

    assertEquals(
        URI.create("http://127.0.0.1:4321/custom/flowservice"),
        settings.flowServiceBase(),
        "only the trailing slash goes");
  }

  @Test
  void adobeTargetReadsTheEnvironmentWithDocumentedDefaults() {
    ClientSettings settings = ClientSettings.adobe(COMPLETE, "prod");

    assertEquals(
        URI.create("https://platform.adobe.io/data/foundation/flowservice"),
        settings.flowServiceBase());
    assertEquals("id-1", settings.apiKey(), "the Client ID is the API key");
    assertEquals("ABC@AdobeOrg", settings.orgId());
    TokenSource.Ims ims = assertInstanceOf(TokenSource.Ims.class, settings.tokenSource());
    assertEquals(URI.create("https://ims-na1.adobelogin.com"), ims.imsBase());
    assertEquals(ClientSettings.DEFAULT_SCOPES, ims.scopes());
    assertEquals("secret-1", ims.clientSecret());
  }

  @Test
  void adobeTargetHonoursOverriddenUrlsAndScopes() {
    Map<String, String> environment = new HashMap<>(COMPLETE);
    environment.put("ADOBE_IMS_URL", "https://ims-na1-stg1.adobelogin.com/");
    environment.put("ADOBE_PLATFORM_URL", "https://platform-stage.adobe.io");
    environment.put("ADOBE_SCOPES", "openid,AdobeID");

    ClientSettings settings = ClientSettings.adobe(environment, "dev");

    assertEquals(
        URI.create("https://platform-stage.adobe.io/data/foundation/flowservice"),
        settings.flowServiceBase());
    TokenSource.Ims ims = (TokenSource.Ims) settings.tokenSource();
    assertEquals(URI.create("https://ims-na1-stg1.adobelogin.com"), ims.imsBase());
    assertEquals("openid,AdobeID", ims.scopes());
  }

  @Test
  void missingVariablesAreAllNamedInOneError() {
    Map<String, String> environment =
        Map.of("ADOBE_ORG_ID", "ABC@AdobeOrg", "ADOBE_CLIENT_ID", " ");

    ClientConfigurationException error =
        assertThrows(
            ClientConfigurationException.class, () -> ClientSettings.adobe(environment, "prod"));

    assertTrue(
        error.getMessage().contains("ADOBE_CLIENT_ID, ADOBE_CLIENT_SECRET"),
        "a blank variable counts as missing, and both are named: " + error.getMessage());
    assertFalse(error.getMessage().contains("ADOBE_ORG_ID"), "the org id is set");
  }

  @Test
  void malformedValuesAreReportedTogether() {
    Map<String, String> environment = new HashMap<>(COMPLETE);
    environment.put("ADOBE_ORG_ID", "not-an-org");
    environment.put("ADOBE_IMS_URL", "ims-na1.adobelogin.com");
    environment.put("ENGINE_MAX_IN_FLIGHT", "0");

    ClientConfigurationException error =
        assertThrows(
            ClientConfigurationException.class, () -> ClientSettings.adobe(environment, "prod"));

    assertEquals(2, error.problems().size(), "the org id and the IMS URL: " + error.problems());
    assertTrue(error.problems().get(0).contains("@AdobeOrg"));
    assertTrue(error.problems().get(1).contains("ADOBE_IMS_URL"));
  }

  @Test
  void tuningVariablesAdjustLimitsAndRetries() {
    Map<String, String> environment =
        Map.of(
            "ENGINE_MAX_IN_FLIGHT", "8",
            "ENGINE_REQUESTS_PER_SECOND", "2.5",
            "ENGINE_MAX_ATTEMPTS", "7",
            "ENGINE_REQUEST_TIMEOUT_SECONDS", "10",
            "ENGINE_RETRY_DEADLINE_SECONDS", "300");

    ClientSettings settings =
        ClientSettings.local(URI.create("http://127.0.0.1:1"), "prod").withTuning(environment);

    assertEquals(8, settings.maxInFlight());
    assertEquals(2.5, settings.requestsPerSecond());
    assertEquals(7, settings.retry().maxAttempts());
    assertEquals(Duration.ofSeconds(10), settings.requestTimeout());
    assertEquals(Duration.ofSeconds(300), settings.retry().deadline());
  }

  @Test
  void malformedTuningVariablesAreAllReported() {
    Map<String, String> environment =
        Map.of("ENGINE_MAX_ATTEMPTS", "many", "ENGINE_REQUESTS_PER_SECOND", "-1");

    ClientConfigurationException error =
        assertThrows(
            ClientConfigurationException.class,
            () ->
                ClientSettings.local(URI.create("http://127.0.0.1:1"), "prod")
                    .withTuning(environment));

    assertEquals(2, error.problems().size(), error.getMessage());
  }

  @Test
  void settingsNeverPrintTheSecret() {
    ClientSettings settings = ClientSettings.adobe(COMPLETE, "prod");

    String printed = settings.toString();

    assertFalse(printed.contains("secret-1"), "the client secret is masked: " + printed);
  }

  @Test
  void retryBoundsGrowExponentiallyUpToTheCap() {
    RetryPolicy policy =
        new RetryPolicy(9, Duration.ofMillis(100), Duration.ofMillis(700), Duration.ofMinutes(1));

    List<Duration> bounds =
        List.of(policy.boundAfter(1), policy.boundAfter(3), policy.boundAfter(60));

    assertEquals(
        List.of(Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMillis(700)), bounds);
  }
}
