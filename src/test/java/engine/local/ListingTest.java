package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest extends LocalServerTest {

  private Http.Response list(String collection, String query) {
    return http.get("/" + collection + "?" + query);
  }

  private static String property(String filter) {
    return "property=" + URLEncoder.encode(filter, StandardCharsets.UTF_8);
  }

  private List<String> names(Http.Response response) {
    List<String> names = new ArrayList<>();
    response.body().path("items").forEach(item -> names.add(item.path("name").asText()));
    return names;
  }

  @Test
  void followsContinuationTokensThroughEveryPageKeepingTheFilter() {
    for (int i = 0; i < 5; i++) {
      http.post("/connections", Fixtures.kinesisBase("kinesis-" + i));
    }
    http.post("/connections", Fixtures.eventHubsBase("hub"));
    List<String> seen = new ArrayList<>();

    Http.Response page =
        list("connections", property("connectionSpec.id==" + Fixtures.KINESIS_SPEC) + "&limit=2");
    int pages = 1;
    seen.addAll(names(page));
    while (page.body().path("_links").path("next").has("href")) {
      String href = page.body().path("_links").path("next").path("href").asText();
      assertTrue(href.startsWith("/connections?continuationToken="), href);
      page = http.get(href);
      seen.addAll(names(page));
      pages++;
    }

    assertEquals(3, pages, "five items in pages of two");
    assertEquals(5, seen.size());
    assertFalse(seen.contains("hub"), "the filter holds on every page");
  }

  @Test
  void capsLimitAt100() {
    for (int i = 0; i < 101; i++) {
      http.post("/connections", Fixtures.profileBase());
    }

    Http.Response page = list("connections", "limit=500");

    assertEquals(200, page.status());
    assertEquals(100, page.body().path("items").size());
    assertTrue(page.body().path("_links").path("next").has("href"));
  }

  @Test
  void sortsByOrderbyAscendingWithOrWithoutPlusAndDescending() {
    http.post("/connections", Fixtures.kinesisBase("b"));
    http.post("/connections", Fixtures.kinesisBase("c"));
    http.post("/connections", Fixtures.kinesisBase("a"));

    List<String> ascending = names(list("connections", "orderby=name"));
    List<String> plus = names(list("connections", "orderby=%2Bname"));
    List<String> descending = names(list("connections", "orderby=-name"));

    assertEquals(List.of("a", "b", "c"), ascending);
    assertEquals(List.of("a", "b", "c"), plus);
    assertEquals(List.of("c", "b", "a"), descending);
  }

  @Test
  void countsWithoutItems() {
    http.post("/connections", Fixtures.kinesisBase("a"));
    http.post("/connections", Fixtures.kinesisBase("b"));

    Http.Response counted = list("connections", "count=true");

    assertEquals(2, counted.body().path("count").asInt());
    assertFalse(counted.body().has("items"));
  }

  @Test
  void filtersWithAnyOfArrayHopsComparisonsAndSeveralFiltersAnded() {
    Fixtures.Destination orders = Fixtures.createKinesisDestination(http, "orders");
    Fixtures.createKinesisDestination(http, "returns");
    String etag = http.get("/flows/" + orders.flowId()).item().path("etag").asText();
    http.patch("/flows/" + orders.flowId(), etag, "[" + Fixtures.addAudience("gold", "G") + "]");
    long createdAt = http.get("/flows/" + orders.flowId()).item().path("createdAt").asLong();

    List<String> anyOf = names(list("flows", property("name==orders,returns")));
    List<String> bySegment =
        names(
            list(
                "flows",
                property("transformations[].params.segmentSelectors.selectors[].value.id==gold")));
    List<String> byTarget =
        names(
            list(
                "flows",
                property(
                    "inheritedAttributes.targetConnections[].connectionSpec.id=="
                        + Fixtures.KINESIS_SPEC)));
    List<String> anded =
        names(
            list(
                "flows",
                property("name==orders,returns")
                    + "&"
                    + property("state==enabled")
                    + "&"
                    + property("name!=returns")));
    List<String> since = names(list("flows", property("createdAt>=" + createdAt)));

    assertEquals(2, anyOf.size());
    assertEquals(List.of("orders"), bySegment);
    assertEquals(2, byTarget.size());
    assertEquals(List.of("orders"), anded);
    assertTrue(since.contains("orders"));
  }

  @Test
  void refusesFiltersAdobeRefusesWithItsCodes() {
    String[][] cases = {
      {"name~ord", "1440"},
      {"createdAt<=1,2", "1443"},
      {"id>=abc", "1448"},
      {"colour==red", "1449"},
      {"name!>x", "1450"},
      {"createdAt==", "1453"},
    };

    for (String[] c : cases) {
      Http.Response refused = list("flows", property(c[0]));

      assertEquals(400, refused.status(), c[0]);
      assertTrue(
          refused.body().path("type").asText().endsWith("FLOW-" + c[1] + "-400"),
          c[0] + " answers " + c[1] + ": " + refused.text());
    }
  }

  @Test
  void refusesBadListParameters() {
    Http.Response unknown = list("flows", "colour=red");
    Http.Response limitAndCount = list("flows", "limit=5&count=true");
    Http.Response badPrefix = list("flows", "orderby=*name");
    Http.Response badField = list("flows", "orderby=colour");
    Http.Response badToken = list("flows", "continuationToken=not-a-token");

    assertTrue(unknown.body().path("type").asText().endsWith("FLOW-1451-400"));
    assertTrue(limitAndCount.body().path("type").asText().endsWith("FLOW-1401-400"));
    assertTrue(badPrefix.body().path("type").asText().endsWith("FLOW-1432-400"));
    assertTrue(badField.body().path("type").asText().endsWith("FLOW-1433-400"));
    assertEquals(400, badToken.status());
  }

  @Test
  void listsRunsFilteredByFlowAsEmptyBecauseNothingRunsLocally() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response runs = list("runs", property("flowId==" + d.flowId()));
    Http.Response run = http.get("/runs/nope");

    assertEquals(200, runs.status());
    assertEquals(0, runs.body().path("items").size());
    assertEquals(404, run.status());
  }

  @Test
  void listsAndGetsCatalogueSpecsWithSecretsMarked() {
    Http.Response specs = http.get("/connectionSpecs");
    Http.Response kinesis = http.get("/connectionSpecs/" + Fixtures.KINESIS_SPEC);
    Http.Response filtered = http.get("/connectionSpecs?" + property("name==Azure Event Hubs"));
    Http.Response flowSpec = http.get("/flowSpecs/" + Fixtures.FLOW_SPEC);
    Http.Response unknown = http.get("/flowSpecs/nope");

    assertEquals(3, specs.body().path("items").size());
    JsonNode auth = kinesis.item().path("authSpec").path(0);
    assertEquals("Aws Kinesis authentication credentials", auth.path("name").asText());
    assertEquals(
        "password", auth.path("spec").path("properties").path("secretKey").path("format").asText());
    assertEquals(Fixtures.EVENT_HUBS_SPEC, filtered.item().path("id").asText());
    assertEquals(
        Fixtures.PROFILE_SPEC, flowSpec.item().path("sourceConnectionSpecIds").path(0).asText());
    assertEquals(404, unknown.status());
    assertEquals(
        "flowSpecs not found with id = [nope]", unknown.body().path("errorMessage").asText());
  }
}
