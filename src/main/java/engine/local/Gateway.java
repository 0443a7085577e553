package engine.local;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;

/**
 * The checks Adobe's API gateway and Flow Service make on headers before anything else: a bearer
 * token, an API key, an organization, a sandbox, and a JSON content type on bodies. Any non-empty
 * token is accepted: the local server has no identity provider.
 */
final class Gateway {

  private Gateway() {}

  /** The caller of a request whose headers pass; otherwise the documented error. */
  static Caller admit(HttpServerRequest request, boolean hasBody) {
    String authorization = header(request, "Authorization");
    if (authorization.isEmpty()) {
      throw ApiError.gateway(403, 403010, "Oauth token is missing.");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)
        || authorization.substring(7).isBlank()) {
      throw ApiError.gateway(401, 401013, "Oauth token is not valid");
    }
    String apiKey = header(request, "x-api-key");
    if (apiKey.isEmpty()) {
      throw ApiError.gateway(403, 403000, "Api Key is required");
    }
    String org = header(request, "x-gw-ims-org-id");
    if (org.isEmpty()) {
      throw ApiError.gateway(400, 400003, "Missing header");
    }
    String sandbox = header(request, "x-sandbox-name");
    if (sandbox.isEmpty()) {
      throw ApiError.flow(
          ErrorCode.SANDBOX_HEADER_MISSING,
          "The header 'x-sandbox-name' is missing in the request. Please provide the header and"
              + " try again.");
    }
    if (hasBody && carriesBody(request.method()) && !isJson(header(request, "Content-Type"))) {
      throw ApiError.contentType();
    }
    return new Caller(org, sandbox, apiKey);
  }

  private static boolean carriesBody(HttpMethod method) {
    return method == HttpMethod.POST || method == HttpMethod.PATCH || method == HttpMethod.PUT;
  }

  private static boolean isJson(String contentType) {
    String mediaType = contentType.split(";", 2)[0].trim();
    return mediaType.equalsIgnoreCase("application/json");
  }

  private static String header(HttpServerRequest request, String name) {
    String value = request.getHeader(name);
    return value == null ? "" : value.trim();
  }
}
