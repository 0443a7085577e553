package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeletesTest extends LocalServerTest {

  @Test
  void deletesInDependencyOrderWith202AndEmptyBody() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response flow = http.delete("/flows/" + d.flowId());
    Http.Response target = http.delete("/targetConnections/" + d.targetId());
    Http.Response base = http.delete("/connections/" + d.baseId());
    Http.Response source = http.delete("/sourceConnections/" + d.sourceId());

    for (Http.Response deleted : new Http.Response[] {flow, target, base, source}) {
      assertEquals(202, deleted.status(), deleted.text());
      assertTrue(deleted.text().isEmpty(), "a delete answers a blank body");
    }
  }

  @Test
  void answers404WithAdobesBodyAfterDelete() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");
    http.delete("/flows/" + d.flowId());

    Http.Response gone = http.get("/flows/" + d.flowId());
    Http.Response again = http.delete("/flows/" + d.flowId());

    assertEquals(404, gone.status());
    assertEquals(
        "flows not found with id = [" + d.flowId() + "]",
        gone.body().path("errorMessage").asText());
    assertEquals("Resource not found", gone.body().path("title").asText());
    assertEquals(d.flowId(), gone.body().path("report").path("id").asText());
    assertEquals(404, again.status());
  }

  @Test
  void refusesToDeleteBaseConnectionUsedByADataflow() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response refused = http.delete("/connections/" + d.baseId());

    assertEquals(400, refused.status());
    assertTrue(refused.body().path("type").asText().endsWith("FLOW-1418-400"));
    assertTrue(refused.body().path("errorMessage").asText().contains(d.flowId()));
    assertEquals(200, http.get("/connections/" + d.baseId()).status(), "nothing was deleted");
  }

  @Test
  void refusesToDeleteTargetOrSourceConnectionUsedByADataflow() {
    Fixtures.Destination d = Fixtures.createKinesisDestination(http, "orders");

    Http.Response target = http.delete("/targetConnections/" + d.targetId());
    Http.Response source = http.delete("/sourceConnections/" + d.sourceId());

    assertEquals(400, target.status());
    assertTrue(target.body().path("type").asText().endsWith("FLOW-1447-400"));
    assertEquals(400, source.status());
  }

  @Test
  void acceptsTrailingSlashOnConnectionPathsAsThePostmanCollectionSendsIt() {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("x"));

    Http.Response patched =
        http.patch(
            "/connections/" + created.id() + "/",
            created.etag(),
            "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"y\"}]");
    Http.Response deleted = http.delete("/connections/" + created.id() + "/");

    assertEquals(200, patched.status(), patched.text());
    assertEquals(202, deleted.status());
  }
}
