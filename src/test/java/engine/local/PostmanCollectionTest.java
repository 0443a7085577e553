package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import engine.testing.AdobeSpec;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the destination requests of Adobe's Flow Service Postman collection against the local
 * server, as Postman would send them: its URLs re-pointed at the server, its headers, its {@code
 * {{variables}}} filled in, and its pre-request rule that leaves out headers and query parameters
 * whose variable is empty. Each answer is held to what Adobe documents for it and to the response
 * schema of the Destinations spec. Skipped where the shared reference folder is absent.
 */
class PostmanCollectionTest extends LocalServerTest {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]+)}}");

  /** Requests of the collection that belong to sources, not destinations; they are not replayed. */
  private static final Set<String> SOURCES_ONLY =
      Set.of(
          "GET /connections/:CONNECTION_ID/test",
          "GET /connections/:CONNECTION_ID/explore",
          "POST /runs");

  private final Map<String, JsonNode> requests = new LinkedHashMap<>();
  private final Set<String> replayed = new TreeSet<>();
  private final List<String> schemaFailures = new ArrayList<>();
  private final Map<String, String> variables = new HashMap<>();
  private AdobeSpec spec;

  @BeforeEach
  void loadCollection() throws IOException {
    Path collection =
        AdobeSpec.referenceFolder().resolve("adobe-flow-service.postman_collection.json");
    assumeTrue(Files.exists(collection), "the Postman collection is not in the reference folder");
    collect(Http.MAPPER.readTree(collection.toFile()).path("item"));
    spec = AdobeSpec.load();
    variables.put("ACCESS_TOKEN", "local-token");
    variables.put("API_KEY", "engine-local");
    variables.put("IMS_ORG", "LOCAL@AdobeOrg");
    variables.put("SANDBOX_NAME", "prod");
  }

  private void collect(JsonNode items) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        collect(item.path("item"));
        continue;
      }
      JsonNode request = item.path("request");
      List<String> path = new ArrayList<>();
      request.path("url").path("path").forEach(p -> path.add(p.asText()));
      String key =
          request.path("method").asText()
              + " /"
              + String.join("/", path.subList(3, path.size())).replaceAll("/$", "");
      requests.put(key, request);
    }
  }

  private Http.Response send(String key, Map<String, String> values) {
    JsonNode request = requests.get(key);
    assertTrue(request != null, "the collection has the request " + key);
    replayed.add(key);
    Map<String, String> scope = new HashMap<>(variables);
    scope.putAll(values);
    JsonNode url = request.path("url");
    Map<String, String> pathVariables = new HashMap<>();
    url.path("variable")
        .forEach(
            v ->
                pathVariables.put(
                    v.path("key").asText(v.path("id").asText()),
                    resolve(v.path("value").asText(), scope)));
    List<String> segments = new ArrayList<>();
    url.path("path").forEach(p -> segments.add(p.asText()));
    StringBuilder path = new StringBuilder();
    for (String segment : segments.subList(3, segments.size())) {
      path.append('/')
          .append(segment.startsWith(":") ? pathVariables.get(segment.substring(1)) : segment);
    }
    List<String> query = new ArrayList<>();
    for (JsonNode parameter : url.path("query")) {
      String value = resolve(parameter.path("value").asText(), scope);
      if (!parameter.path("disabled").asBoolean(false) && !value.isEmpty()) {
        query.add(
            parameter.path("key").asText()
                + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : List.of("Authorization", "x-api-key", "x-gw-ims-org-id", "x-sandbox-name")) {
      headers.put(name, "");
    }
    for (JsonNode header : request.path("header")) {
      String value = resolve(header.path("value").asText(), scope);
      if (!value.isEmpty() && !value.equals("Bearer ")) {
        headers.put(header.path("key").asText(), value);
      }
    }
    String body =
        request.path("body").path("mode").asText().equals("raw")
            ? resolve(request.path("body").path("raw").asText(), scope)
            : "";
    String target = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    Http.Response response = http.send(request.path("method").asText(), target, body, headers);
    spec.responseViolations(
            request.path("method").asText(), path.toString(), response.status(), response.body())
        .forEach(v -> schemaFailures.add(key + ": " + v));
    return response;
  }

  private static String resolve(String text, Map<String, String> scope) {
    Matcher matcher = VARIABLE.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(
          resolved, Matcher.quoteReplacement(scope.getOrDefault(matcher.group(1), "")));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  private static void assertCreated(Http.Response response) {
    assertEquals(201, response.status(), response.text());
    assertFalse(response.id().isEmpty(), "a create answers {id, etag}");
    assertTrue(response.etag().startsWith("\""), "the etag is quoted");
  }

  private static void assertOneItem(Http.Response response, String id) {
    assertEquals(200, response.status(), response.text());
    assertEquals(id, response.item().path("id").asText(), "a GET by id answers {items: [it]}");
  }

  private static void assertPatched(Http.Response response, String id) {
    assertEquals(200, response.status(), response.text());
    assertEquals(id, response.id(), "a PATCH answers {id, etag}");
  }

  private static void assertDeleted(Http.Response response) {
    assertEquals(202, response.status(), response.text());
    assertTrue(response.text().isEmpty(), "a DELETE answers a blank body");
  }

  @Test
  void answersEveryDestinationRequestOfTheCollectionAsAdobeDocuments() {
    Http.Response specs = send("GET /connectionSpecs", Map.of());
    Http.Response kinesisSpec =
        send(
            "GET /connectionSpecs/:CONNECTION_SPEC_ID",
            Map.of("CONNECTION_SPEC_ID", Fixtures.KINESIS_SPEC));
    Http.Response flowSpecs =
        send("GET /flowSpecs", Map.of("property", "id==" + Fixtures.FLOW_SPEC));
    Http.Response flowSpec =
        send("GET /flowSpecs/:FLOW_SPEC_ID", Map.of("FLOW_SPEC_ID", Fixtures.FLOW_SPEC));

    Http.Response base = send("POST /connections", Map.of("body", Fixtures.kinesisBase("pm")));
    Http.Response baseRead =
        send("GET /connections/:CONNECTION_ID", Map.of("CONNECTION_ID", base.id()));
    Http.Response baseList =
        send(
            "GET /connections",
            Map.of("property", "connectionSpec.id==" + Fixtures.KINESIS_SPEC, "limit", "10"));
    Http.Response basePatched =
        send(
            "PATCH /connections/:CONNECTION_ID",
            Map.of(
                "CONNECTION_ID",
                base.id(),
                "if-match",
                base.etag(),
                "body",
                "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"pm2\"}]"));

    String sourceBody =
        "{\"name\": \"pm source\", \"connectionSpec\": {\"id\": \""
            + Fixtures.PROFILE_SPEC
            + "\", \"version\": \"1.0\"}}";
    Http.Response source = send("POST /sourceConnections", Map.of("body", sourceBody));
    Http.Response sourceRead =
        send(
            "GET /sourceConnections/:SOURCE_CONNECTION_ID",
            Map.of("SOURCE_CONNECTION_ID", source.id()));
    Http.Response sourcePatched =
        send(
            "PATCH /sourceConnections/:SOURCE_CONNECTION_ID",
            Map.of(
                "SOURCE_CONNECTION_ID",
                source.id(),
                "if-match",
                source.etag(),
                "body",
                "[{\"op\": \"add\", \"path\": \"/description\", \"value\": \"d\"}]"));

    Http.Response target =
        send(
            "POST /targetConnections",
            Map.of("body", Fixtures.kinesisTarget(base.id(), "pm-stream")));
    Http.Response targetRead =
        send(
            "GET /targetConnections/:TARGET_CONNECTION_ID",
            Map.of("TARGET_CONNECTION_ID", target.id()));
    Http.Response targetPatched =
        send(
            "PATCH /targetConnections/:TARGET_CONNECTION_ID",
            Map.of(
                "TARGET_CONNECTION_ID",
                target.id(),
                "if-match",
                target.etag(),
                "body",
                "[{\"op\": \"replace\", \"path\": \"/params/stream\", \"value\": \"s2\"}]"));

    Http.Response flow =
        send("POST /flows", Map.of("body", Fixtures.flow("pm flow", source.id(), target.id())));
    Http.Response flowRead = send("GET /flows/:FLOW_ID", Map.of("FLOW_ID", flow.id()));
    Http.Response flowList =
        send("GET /flows", Map.of("property", "flowSpec.id==" + Fixtures.FLOW_SPEC));
    Http.Response flowPatched =
        send(
            "PATCH /flows/:FLOW_ID",
            Map.of(
                "FLOW_ID",
                flow.id(),
                "if-match",
                flow.etag(),
                "body",
                "[" + Fixtures.addAudience("pm-seg", "PM") + "]"));
    Http.Response stale =
        send(
            "PATCH /flows/:FLOW_ID",
            Map.of(
                "FLOW_ID",
                flow.id(),
                "if-match",
                flow.etag(),
                "body",
                "[" + Fixtures.addAudience("pm-seg-2", "PM2") + "]"));
    Http.Response runs = send("GET /runs", Map.of("property", "flowId==" + flow.id()));
    Http.Response run = send("GET /runs/:RUN_ID", Map.of("RUN_ID", "no-such-run"));

    Http.Response flowDeleted = send("DELETE /flows/:FLOW_ID", Map.of("FLOW_ID", flow.id()));
    Http.Response targetDeleted =
        send(
            "DELETE /targetConnections/:TARGET_CONNECTION_ID",
            Map.of("TARGET_CONNECTION_ID", target.id()));
    Http.Response sourceDeleted =
        send(
            "DELETE /sourceConnections/:SOURCE_CONNECTION_ID",
            Map.of("SOURCE_CONNECTION_ID", source.id()));
    Http.Response baseDeleted =
        send("DELETE /connections/:CONNECTION_ID", Map.of("CONNECTION_ID", base.id()));
    Http.Response baseGone =
        send("GET /connections/:CONNECTION_ID", Map.of("CONNECTION_ID", base.id()));

    assertEquals(3, specs.body().path("items").size());
    assertOneItem(kinesisSpec, Fixtures.KINESIS_SPEC);
    assertEquals(1, flowSpecs.body().path("items").size());
    assertOneItem(flowSpec, Fixtures.FLOW_SPEC);
    assertCreated(base);
    assertOneItem(baseRead, base.id());
    assertEquals(base.id(), baseList.item().path("id").asText());
    assertPatched(basePatched, base.id());
    assertCreated(source);
    assertOneItem(sourceRead, source.id());
    assertPatched(sourcePatched, source.id());
    assertCreated(target);
    assertOneItem(targetRead, target.id());
    assertPatched(targetPatched, target.id());
    assertCreated(flow);
    assertOneItem(flowRead, flow.id());
    assertEquals(flow.id(), flowList.item().path("id").asText());
    assertPatched(flowPatched, flow.id());
    assertEquals(412, stale.status(), "the etag sent as if-match parameter is checked too");
    assertEquals(200, runs.status());
    assertEquals(404, run.status());
    assertEquals(
        "runs not found with id = [no-such-run]", run.body().path("errorMessage").asText());
    assertDeleted(flowDeleted);
    assertDeleted(targetDeleted);
    assertDeleted(sourceDeleted);
    assertDeleted(baseDeleted);
    assertEquals(404, baseGone.status());
    assertEquals(
        "connections not found with id = [" + base.id() + "]",
        baseGone.body().path("errorMessage").asText());
    Set<String> notReplayed = new TreeSet<>(requests.keySet());
    notReplayed.removeAll(replayed);
    assertEquals(new TreeSet<>(SOURCES_ONLY), notReplayed, "every destination request ran");
    assertEquals(List.of(), schemaFailures, "every answer matches the Destinations spec");
  }
}
