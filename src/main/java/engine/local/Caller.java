package engine.local;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Who sent a request and where it acts, from its headers: the organization, the sandbox and the
 * client id (the API key), which the server records as {@code createdClient} and, as Adobe does for
 * service tokens, as {@code createdBy}.
 */
record Caller(String imsOrgId, String sandboxName, String clientId) {

  TenantKey tenant() {
    return new TenantKey(imsOrgId, sandboxName);
  }

  /** A stable id for the sandbox, derived from the organization and sandbox name. */
  String sandboxId() {
    return UUID.nameUUIDFromBytes((imsOrgId + "/" + sandboxName).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
