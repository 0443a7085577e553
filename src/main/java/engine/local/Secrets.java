package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Write-only secrets. The server never needs a secret back, so it keeps only a salted SHA-256 of
 * each one (enough to tell that a secret changed) and answers every read with {@link #MASK}.
 */
final class Secrets {

  /** What a read returns in place of every secret. */
  static final String MASK = "********";

  private static final String PREFIX = "sha256:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /**
   * Replaces every secret param sent in clear with its salted hash. A value that is already the
   * hash stored before (the param was left untouched) stays as it is.
   */
  static void protect(ObjectNode params, Set<String> secretNames, JsonNode previousParams) {
    for (String name : secretNames) {
      JsonNode value = params.get(name);
      if (value == null || !value.isTextual()) {
        continue;
      }
      boolean unchanged =
          value.asText().startsWith(PREFIX) && value.equals(previousParams.get(name));
      if (!unchanged) {
        params.put(name, hash(value.asText()));
      }
    }
  }

  /** Replaces every secret param with {@link #MASK}. */
  static void mask(ObjectNode params, Set<String> secretNames) {
    for (String name : secretNames) {
      if (params.has(name)) {
        params.put(name, MASK);
      }
    }
  }

  private static String hash(String clear) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      byte[] hashed = digest.digest(clear.getBytes(StandardCharsets.UTF_8));
      Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
      return PREFIX + base64.encodeToString(salt) + ":" + base64.encodeToString(hashed);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
