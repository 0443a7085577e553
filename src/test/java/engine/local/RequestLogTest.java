package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogTest {

  @TempDir Path directory;

  @Test
  void logsOneJsonLinePerRequestWithoutTokensOrSecrets() throws IOException {
    Path log = directory.resolve("requests.jsonl");
    try (LocalFlowService service =
        LocalFlowService.start(LocalFlowService.Options.defaults().withRequestLog(log))) {
      Http http = new Http(service.baseUrl(), "dev");
      http.post("/connections", Fixtures.kinesisBase("logged"));
      http.get("/connections?limit=5");
    }

    List<String> lines = Files.readAllLines(log);
    assertEquals(2, lines.size(), "one line per request");
    JsonNode create = Http.MAPPER.readTree(lines.get(0));
    JsonNode list = Http.MAPPER.readTree(lines.get(1));
    assertEquals("POST", create.path("method").asText());
    assertEquals("/data/foundation/flowservice/connections", create.path("path").asText());
    assertEquals(201, create.path("status").asInt());
    assertEquals("dev", create.path("sandbox").asText());
    assertTrue(create.path("durationMs").isIntegralNumber());
    assertTrue(create.path("time").asText().endsWith("Z"));
    assertEquals("limit=5", list.path("query").asText());
    String all = String.join("\n", lines);
    assertFalse(all.contains(Fixtures.KINESIS_SECRET), "no secret in the log");
    assertFalse(all.contains("test-token"), "no token in the log");
  }

  @Test
  void logsNothingWhenNothingWasSent() throws IOException {
    Path log = directory.resolve("requests.jsonl");

    LocalFlowService.start(LocalFlowService.Options.defaults().withRequestLog(log)).close();

    assertEquals(0, Files.readAllLines(log).size());
  }

  @Test
  void logsInjectedFaults() throws IOException {
    Path log = directory.resolve("requests.jsonl");
    try (LocalFlowService service =
        LocalFlowService.start(
            LocalFlowService.Options.defaults().withRequestLog(log).withThrottleRate(1))) {
      new Http(service.baseUrl()).get("/flows");
    }

    JsonNode line = Http.MAPPER.readTree(Files.readAllLines(log).get(0));
    assertEquals(429, line.path("status").asInt());
    assertEquals("throttle", line.path("fault").asText());
  }
}
