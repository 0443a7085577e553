package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a whole collection page by page: the first page asks for the largest page size with one
 * {@code property} parameter per filter; each next page is the {@code _links.next.href} of the one
 * before, until there is none.
 */
final class Pages {

  /** The largest page Flow Service serves. */
  static final int PAGE_SIZE = 100;

  /** A bound far above any sandbox (100 destinations, each a handful of resources). */
  private static final int MOST_PAGES = 1000;

  private final Retrier retrier;
  private final Authenticator credentials;
  private final Failures failures;
  private final URI base;

  Pages(Retrier retrier, Authenticator credentials, Failures failures, URI base) {
    this.retrier = retrier;
    this.credentials = credentials;
    this.failures = failures;
    this.base = base;
  }

  List<ObjectNode> all(Collection collection, List<String> propertyFilters) {
    List<ObjectNode> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String url = Urls.firstPage(base, collection, propertyFilters);
    while (true) {
      Exchange exchange = Exchange.flowService(HttpMethod.GET, url, collection.path());
      if (!seen.add(url) || seen.size() > MOST_PAGES) {
        throw failures.other(
            exchange,
            "Flow Service kept answering with a next page already read; stopped to avoid an"
                + " endless loop",
            0);
      }
      Reply.Answer answer = answer(exchange);
      JsonNode page = Json.parseOrMissing(answer.body());
      for (JsonNode item : page.path("items")) {
        if (item instanceof ObjectNode object) {
          items.add(object);
        }
      }
      String next = nextLink(page);
      if (next.isEmpty()) {
        return items;
      }
      url = resolve(next, exchange);
    }
  }

  private Reply.Answer answer(Exchange exchange) {
    Retrier.Outcome outcome =
        retrier.call(exchange, retrier.budget(), Retrier.Repeat.FREELY, credentials);
    Reply.Answer answer = ((Retrier.Answered) outcome).answer();
    if (!answer.successful()) {
      throw failures.answered(exchange, answer);
    }
    return answer;
  }

  private static String nextLink(JsonNode page) {
    JsonNode next = page.path("_links").path("next");
    String href = next.isTextual() ? next.asText() : next.path("href").asText("");
    return href.strip();
  }

  /**
   * The absolute URL of a next link, which may be absolute, start with the gateway path, or be
   * relative to the Flow Service base. A link to another origin is refused: following it would hand
   * the bearer token to that server.
   */
  private String resolve(String href, Exchange exchange) {
    String origin = base.getScheme() + "://" + base.getRawAuthority();
    if (href.startsWith("http://") || href.startsWith("https://")) {
      URI link;
      try {
        link = new URI(href);
      } catch (java.net.URISyntaxException e) {
        throw failures.other(exchange, "Flow Service linked the next page to a malformed URL", 0);
      }
      String linkOrigin = link.getScheme() + "://" + link.getRawAuthority();
      if (!linkOrigin.equalsIgnoreCase(origin)) {
        throw failures.other(
            exchange, "Flow Service linked the next page to another server: " + linkOrigin, 0);
      }
      return href;
    }
    String basePath = base.getRawPath();
    if (href.startsWith(basePath + "/") || href.startsWith(basePath + "?")) {
      return origin + href;
    }
    return base + (href.startsWith("/") ? href : "/" + href);
  }
}
