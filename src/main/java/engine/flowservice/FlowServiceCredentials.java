package engine.flowservice;

import java.util.Map;

/**
 * The headers every Flow Service request carries: the bearer token, {@code x-api-key}, {@code
 * x-gw-ims-org-id} and {@code x-sandbox-name}.
 */
final class FlowServiceCredentials implements Authenticator {

  private static final String BEARER = "Bearer ";

  private final Tokens tokens;
  private final ClientSettings settings;

  FlowServiceCredentials(Tokens tokens, ClientSettings settings) {
    this.tokens = tokens;
    this.settings = settings;
  }

  @Override
  public Map<String, String> headers() {
    return Map.of(
        "Authorization", BEARER + tokens.current(),
        "x-api-key", settings.apiKey(),
        "x-gw-ims-org-id", settings.orgId(),
        "x-sandbox-name", settings.sandbox());
  }

  @Override
  public boolean renew(Map<String, String> rejected) {
    String authorization = rejected.getOrDefault("Authorization", BEARER);
    return tokens.renew(authorization.substring(BEARER.length()));
  }
}
