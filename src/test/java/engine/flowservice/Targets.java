package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/** Adobe-like targets on a WireMock server: settings, credentials and the usual stubs. */
final class Targets {

  static final String FLOW_SERVICE = "/data/foundation/flowservice";
  static final String CLIENT_ID = "client-id-0001";
  static final String CLIENT_SECRET = "client-secret-do-not-show";
  static final String ORG_ID = "0123456789ABCDEF@AdobeOrg";
  static final String TOKEN = "token-one-do-not-show";
  static final String SANDBOX = "prod";

  /** Tiny waits so the suite runs in seconds; the recording pause skips them anyway. */
  static final RetryPolicy QUICK =
      new RetryPolicy(4, Duration.ofMillis(2), Duration.ofMillis(8), Duration.ofSeconds(60));

  private Targets() {}

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static Map<String, String> environment(WireMockExtension server) {
    String url = server.baseUrl();
    return Map.of(
        "ADOBE_CLIENT_ID", CLIENT_ID,
        "ADOBE_CLIENT_SECRET", CLIENT_SECRET,
        "ADOBE_ORG_ID", ORG_ID,
        "ADOBE_IMS_URL", url,
        "ADOBE_PLATFORM_URL", url);
  }

  static ClientSettings adobe(WireMockExtension server) {
    return ClientSettings.adobe(environment(server), SANDBOX)
        .withRetry(QUICK)
        .withRequestTimeout(Duration.ofSeconds(5));
  }

  static ClientSettings adobe(WireMockExtension server, PrintWriter trace) {
    return adobe(server).withTrace(trace);
  }

  static HttpFlowServiceClient open(ClientSettings settings, RecordingPause pause) {
    return HttpFlowServiceClient.open(settings, pause);
  }

  static void stubToken(WireMockExtension server, String token) {
    server.stubFor(
        post(urlPathEqualTo("/ims/token/v3"))
            .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
            .willReturn(
                okJson(
                    "{\"access_token\":\""
                        + token
                        + "\",\"token_type\":\"bearer\",\"expires_in\":86399}")));
  }

  /** The Flow Service path of a collection or resource, e.g. {@code flows/abc}. */
  static String path(String relative) {
    return FLOW_SERVICE + "/" + relative;
  }
}
