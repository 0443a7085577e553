package engine.flowservice;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request as the client means to send it, before credentials are added.
 *
 * @param service which service it goes to
 * @param method the HTTP method
 * @param url the absolute URL, query included and already encoded
 * @param resource what the request is about, for messages, e.g. {@code flows/3f2a...}
 * @param body the body, empty for none
 * @param contentType the body's media type, empty for none
 * @param headers headers beyond the credentials, e.g. {@code If-Match}
 * @param secrets values inside the body that must never be shown
 */
record Exchange(
    Service service,
    HttpMethod method,
    String url,
    String resource,
    byte[] body,
    String contentType,
    Map<String, String> headers,
    List<String> secrets) {

  Exchange {
    headers = Map.copyOf(headers);
    secrets = List.copyOf(secrets);
  }

  /** A Flow Service request without a body. */
  static Exchange flowService(HttpMethod method, String url, String resource) {
    return new Exchange(
        Service.FLOW_SERVICE, method, url, resource, new byte[0], "", Map.of(), List.of());
  }

  /** This request carrying a JSON body. */
  Exchange withJson(byte[] json, List<String> bodySecrets) {
    return new Exchange(
        service, method, url, resource, json, "application/json", headers, bodySecrets);
  }

  /** This request with one more header. */
  Exchange withHeader(String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new Exchange(service, method, url, resource, body, contentType, more, secrets);
  }

  /** How messages name the request, e.g. {@code PATCH flows/3f2a...}. */
  String label() {
    return method.name() + " " + resource;
  }
}
