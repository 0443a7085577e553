package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of traces and messages: every credential the client knows (the client secret,
 * each token it was issued) and the secret values of the request at hand are replaced with {@code
 * ***} wherever they appear in text that leaves the client.
 */
final class Redactor {

  /** Values shorter than this are not masked: they would mask ordinary words. */
  private static final int SHORTEST_SECRET = 4;

  private static final Pattern SECRET_QUERY =
      Pattern.compile(
          "(?i)([?&](?:client_secret|access_token|token|code|sig|signature|secret)=)[^&#]*");

  private static final Set<String> SECRET_FIELD_HINTS =
      Set.of("secret", "password", "saskey", "token", "credential");

  private final Set<String> known = new CopyOnWriteArraySet<>();

  /** Remembers a credential so that it is masked from now on. */
  void remember(String secret) {
    if (secret.length() >= SHORTEST_SECRET) {
      known.add(secret);
    }
  }

  /** {@code text} with every known secret and every secret of {@code exchange} masked. */
  String redact(String text, Exchange exchange) {
    String result = text;
    for (String secret : known) {
      result = result.replace(secret, "***");
    }
    for (String secret : exchange.secrets()) {
      if (secret.length() >= SHORTEST_SECRET) {
        result = result.replace(secret, "***");
      }
    }
    return result;
  }

  /** A URL fit for a trace: no user info, no secret-looking query values. */
  static String url(String url) {
    String withoutUser = url.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
    return SECRET_QUERY.matcher(withoutUser).replaceAll("$1***");
  }

  /**
   * The secret values inside a request body: every text under {@code auth.params}, and every text
   * of a field whose name suggests a secret; in a JSON Patch, the values of operations on {@code
   * /auth}.
   */
  static List<String> secretsIn(JsonNode body) {
    List<String> found = new ArrayList<>();
    if (body.isArray()) {
      for (JsonNode operation : body) {
        String path = operation.path("path").asText("");
        boolean secretPath = path.startsWith("/auth") || hintsSecret(path);
        collect(operation.path("value"), "", secretPath, found);
      }
    } else {
      collect(body, "", false, found);
    }
    return found;
  }

  private static void collect(JsonNode node, String key, boolean secret, List<String> found) {
    if (node.isTextual() && secret) {
      found.add(node.asText());
    } else if (node.isArray()) {
      node.forEach(item -> collect(item, key, secret, found));
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String name = field.getKey();
        boolean below =
            secret || (key.equals("auth") && name.equals("params")) || hintsSecret(name);
        collect(field.getValue(), name, below, found);
      }
    }
  }

  private static boolean hintsSecret(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return SECRET_FIELD_HINTS.stream().anyMatch(lower::contains);
  }
}
