package engine.config;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The credentials of a destination, which become its base connection.
 *
 * <p>Secrets are never held here: {@code secrets} maps each secret auth param to where its value is
 * kept, and the value is read only when a request must carry it. Since Flow Service never returns a
 * secret, the engine cannot compare it with the live one; the user raises {@code
 * credentialsVersion} to say the secret changed, and the engine sends the secrets again only then
 * (and on create).
 *
 * @param params non-secret auth params, already resolved (for example {@code region})
 * @param secrets secret auth param name to where its value is kept
 * @param credentialsVersion a number the user raises when a secret changed; starts at 1
 * @param position where the account is written
 */
public record AccountSpec(
    Map<String, String> params,
    Map<String, SecretRef> secrets,
    int credentialsVersion,
    SourcePosition position) {

  public AccountSpec {
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
  }
}
