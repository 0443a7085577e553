package engine.flowservice;

import java.net.URI;

/**
 * Where the bearer token of Flow Service requests comes from. A description only: the client turns
 * it into a live source when it opens. {@code toString} never shows a token or a secret.
 */
public sealed interface TokenSource {

  /**
   * The same token on every request: the local Flow Service accepts any non-empty token.
   *
   * @param token the bearer token
   */
  record Fixed(String token) implements TokenSource {

    public Fixed {
      if (token.isBlank()) {
        throw new IllegalArgumentException("a fixed token must not be blank");
      }
    }

    @Override
    public String toString() {
      return "Fixed[token=***]";
    }
  }

  /**
   * Adobe IMS OAuth server-to-server: {@code POST {imsBase}/ims/token/v3} with the client
   * credentials grant, form-encoded. One token is fetched per run and reused until it nears expiry.
   *
   * @param imsBase the IMS base URL, e.g. {@code https://ims-na1.adobelogin.com}
   * @param clientId the Client ID of the Developer Console credential (also the API key)
   * @param clientSecret the Client Secret of that credential
   * @param scopes the comma-separated scopes to ask for
   */
  record Ims(URI imsBase, String clientId, String clientSecret, String scopes)
      implements TokenSource {

    @Override
    public String toString() {
      return "Ims[imsBase="
          + imsBase
          + ", clientId="
          + clientId
          + ", clientSecret=***, scopes="
          + scopes
          + "]";
    }
  }
}
