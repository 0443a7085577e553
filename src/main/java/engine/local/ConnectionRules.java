package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Base connections: a connection spec from the catalogue and, for specs with credentials, an {@code
 * auth} block whose params match the named auth spec. The Profile Service spec takes no
 * credentials; its {@code auth} is an empty object. Secret params are hashed before they are
 * stored.
 */
final class ConnectionRules implements ResourceRules {

  /** The auth param the server fills in with the day the credentials were last set. */
  static final String AUTHORIZED_DATE = "authorizedDate";

  private final Catalogue catalogue;

  ConnectionRules(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CONNECTIONS;
  }

  @Override
  public void check(ObjectNode candidate, Tenant tenant, Problems problems) {
    ResourceRules.checkCommon(candidate, kind(), problems);
    String specId = ResourceRules.specId(candidate, "connectionSpec", problems);
    if (specId.isEmpty()) {
      return;
    }
    if (catalogue.connectionSpec(specId).isEmpty()) {
      throw ResourceRules.unknownSpec("connectionSpec", specId);
    }
    List<String> authSpecs = catalogue.authSpecNames(specId);
    JsonNode auth = candidate.get("auth");
    if (authSpecs.isEmpty()) {
      boolean empty = auth == null || auth.isNull() || (auth.isObject() && auth.isEmpty());
      if (!empty) {
        problems.invalid(
            "auth is not accepted: connection spec " + specId + " takes no credentials");
      }
      return;
    }
    if (auth == null || !auth.isObject()) {
      problems.missing("auth is required: give auth.specName and auth.params");
      return;
    }
    String specName = auth.path("specName").asText("");
    if (!authSpecs.contains(specName)) {
      problems.invalid(
          "auth.specName must be one of " + authSpecs + " for connection spec " + specId);
      return;
    }
    JsonNode schema = catalogue.authParamsSchema(specId, specName).orElseThrow();
    ParamsCheck.check(
        auth.path("params"), schema, "auth.params", Set.of(AUTHORIZED_DATE), false, problems);
  }

  @Override
  public void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis) {
    if (catalogue.authSpecNames(specIdOf(document)).isEmpty()) {
      // Adobe lists auth among the fields every base connection has; without credentials it is
      // an empty object.
      document.putObject("auth");
      return;
    }
    if (!(document.path("auth").path("params") instanceof ObjectNode params)) {
      return;
    }
    JsonNode previousParams = previous.path("auth").path("params");
    Secrets.protect(params, catalogue.secretParams(specIdOf(document)), previousParams);
    ObjectNode credentials = params.deepCopy();
    credentials.remove(AUTHORIZED_DATE);
    ObjectNode previousCredentials =
        previousParams.isObject() ? ((ObjectNode) previousParams).deepCopy() : Json.object();
    previousCredentials.remove(AUTHORIZED_DATE);
    if (credentials.equals(previousCredentials) && previousParams.has(AUTHORIZED_DATE)) {
      params.set(AUTHORIZED_DATE, previousParams.get(AUTHORIZED_DATE));
    } else {
      params.put(
          AUTHORIZED_DATE,
          Instant.ofEpochMilli(nowMillis).atZone(ZoneOffset.UTC).toLocalDate().toString());
    }
  }

  /** A copy of a stored connection fit to be returned: secrets masked. */
  ObjectNode view(ObjectNode stored) {
    ObjectNode view = stored.deepCopy();
    if (view.path("auth").path("params") instanceof ObjectNode params) {
      Secrets.mask(params, catalogue.secretParams(specIdOf(view)));
    }
    return view;
  }

  private static String specIdOf(JsonNode connection) {
    return connection.path("connectionSpec").path("id").asText();
  }
}
