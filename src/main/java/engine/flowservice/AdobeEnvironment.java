package engine.flowservice;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the settings for Adobe Experience Platform from environment variables:
 *
 * <ul>
 *   <li>{@code ADOBE_CLIENT_ID}, {@code ADOBE_CLIENT_SECRET}: the OAuth Server-to-Server credential
 *       of the Developer Console project (the Client ID is also the API key);
 *   <li>{@code ADOBE_ORG_ID}: the organization id, ending in {@code @AdobeOrg};
 *   <li>{@code ADOBE_SCOPES}: optional, {@link ClientSettings#DEFAULT_SCOPES} when unset;
 *   <li>{@code ADOBE_IMS_URL}, {@code ADOBE_PLATFORM_URL}: optional base URLs, for other regions,
 *       environments and tests.
 * </ul>
 */
final class AdobeEnvironment {

  static final String CLIENT_ID = "ADOBE_CLIENT_ID";
  static final String CLIENT_SECRET = "ADOBE_CLIENT_SECRET";
  static final String ORG_ID = "ADOBE_ORG_ID";
  static final String SCOPES = "ADOBE_SCOPES";
  static final String IMS_URL = "ADOBE_IMS_URL";
  static final String PLATFORM_URL = "ADOBE_PLATFORM_URL";

  private AdobeEnvironment() {}

  static ClientSettings read(Map<String, String> environment, String sandbox) {
    List<String> missing = new ArrayList<>();
    for (String name : List.of(CLIENT_ID, CLIENT_SECRET, ORG_ID)) {
      if (value(environment, name).isEmpty()) {
        missing.add(name);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!missing.isEmpty()) {
      problems.add(
          "set "
              + String.join(", ", missing)
              + " from the OAuth Server-to-Server credential of your Adobe Developer Console"
              + " project");
    }
    String orgId = value(environment, ORG_ID);
    if (!orgId.isEmpty() && !orgId.endsWith("@AdobeOrg")) {
      problems.add(ORG_ID + " must be an organization id ending in @AdobeOrg, not '" + orgId + "'");
    }
    String ims = valueOr(environment, IMS_URL, ClientSettings.DEFAULT_IMS_URL);
    String platform = valueOr(environment, PLATFORM_URL, ClientSettings.DEFAULT_PLATFORM_URL);
    problems.addAll(ClientSettings.checkHttpUrl(IMS_URL, ims));
    problems.addAll(ClientSettings.checkHttpUrl(PLATFORM_URL, platform));
    if (sandbox.isBlank()) {
      problems.add("name the sandbox to manage (for example prod)");
    }
    if (!problems.isEmpty()) {
      String summary =
          missing.isEmpty()
              ? "Cannot target Adobe:"
              : "Cannot target Adobe: missing environment variable"
                  + (missing.size() == 1 ? " " : "s ")
                  + String.join(", ", missing)
                  + ":";
      throw new ClientConfigurationException(summary, problems);
    }

    String clientId = value(environment, CLIENT_ID);
    TokenSource tokens =
        new TokenSource.Ims(
            URI.create(ClientSettings.withoutTrailingSlash(ims)),
            clientId,
            value(environment, CLIENT_SECRET),
            valueOr(environment, SCOPES, ClientSettings.DEFAULT_SCOPES));
    ClientSettings settings =
        new ClientSettings(
            URI.create(
                ClientSettings.withoutTrailingSlash(platform) + ClientSettings.FLOW_SERVICE_PATH),
            sandbox,
            clientId,
            orgId,
            tokens,
            ClientSettings.DEFAULT_MAX_IN_FLIGHT,
            0,
            RetryPolicy.DEFAULT,
            ClientSettings.DEFAULT_REQUEST_TIMEOUT,
            ClientSettings.NO_TRACE);
    return settings.withTuning(environment);
  }

  private static String value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null ? "" : value.strip();
  }

  private static String valueOr(Map<String, String> environment, String name, String fallback) {
    String value = value(environment, name);
    return value.isEmpty() ? fallback : value;
  }
}
