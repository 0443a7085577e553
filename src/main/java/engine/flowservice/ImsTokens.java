package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Access tokens from Adobe IMS by the OAuth server-to-server flow: {@code POST /ims/token/v3} with
 * {@code grant_type=client_credentials}, the client id, the client secret and the scopes in a
 * form-encoded body (never in the URL, which may be logged). One token serves the whole run until
 * it nears the end of its {@code expires_in} seconds.
 */
final class ImsTokens implements Tokens {

  /** A token is replaced once less than this share of its lifetime remains... */
  private static final double RENEW_SHARE = 0.1;

  /** ...or less than this, whichever comes first. */
  private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

  private final TokenSource.Ims source;
  private final Retrier retrier;
  private final Failures failures;
  private final Redactor redactor;
  private final Pause pause;
  private String token = "";
  private long renewAtNanos;

  ImsTokens(
      TokenSource.Ims source, Retrier retrier, Failures failures, Redactor redactor, Pause pause) {
    this.source = source;
    this.retrier = retrier;
    this.failures = failures;
    this.redactor = redactor;
    this.pause = pause;
    redactor.remember(source.clientSecret());
  }

  @Override
  public synchronized String current() {
    if (token.isEmpty() || pause.nanoTime() - renewAtNanos >= 0) {
      fetch();
    }
    return token;
  }

  @Override
  public synchronized boolean renew(String rejected) {
    if (rejected.equals(token)) {
      fetch();
    }
    return true;
  }

  private void fetch() {
    Exchange exchange = exchange();
    Retrier.Outcome outcome =
        retrier.call(exchange, retrier.budget(), Retrier.Repeat.FREELY, Authenticator.NONE);
    Reply.Answer answer = ((Retrier.Answered) outcome).answer();
    if (!answer.successful()) {
      throw failures.answered(exchange, answer);
    }
    JsonNode body = Json.parseOrMissing(answer.body());
    String issued = body.path("access_token").asText("");
    if (issued.isBlank()) {
      throw failures.other(exchange, "Adobe IMS answered without an access token", answer.status());
    }
    long lifetime = body.path("expires_in").asLong(Duration.ofHours(24).toSeconds());
    long lifetimeNanos = Duration.ofSeconds(Math.max(lifetime, 0)).toNanos();
    long margin = Math.min(RENEW_MARGIN.toNanos(), (long) (lifetimeNanos * RENEW_SHARE));
    redactor.remember(issued);
    token = issued;
    renewAtNanos = pause.nanoTime() + lifetimeNanos - margin;
  }

  private Exchange exchange() {
    String form =
        "grant_type=client_credentials"
            + "&client_id="
            + encode(source.clientId())
            + "&client_secret="
            + encode(source.clientSecret())
            + "&scope="
            + encode(source.scopes());
    String url = ClientSettings.withoutTrailingSlash(source.imsBase().toString()) + "/ims/token/v3";
    return new Exchange(
        Service.IMS,
        HttpMethod.POST,
        url,
        "ims/token/v3",
        form.getBytes(StandardCharsets.UTF_8),
        "application/x-www-form-urlencoded",
        Map.of(),
        List.of(source.clientSecret()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
