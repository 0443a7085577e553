package engine.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import engine.local.LocalFlowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against a Flow Service that refuses, throttles, fails and drops connections. */
class FailingServerTest {

  private static final String TWO_DESTINATIONS =
      """
      version: 1
      sandbox: prod
      destinations:
        orders:
          type: amazon-kinesis
          name: Orders
          account:
            accessKeyId: AKIAFAILINGSERVER1
            secretKey: ${env:KINESIS_SECRET}
            region: us-east-1
          stream: orders
        clicks:
          type: amazon-kinesis
          name: Clicks
          account:
            accessKeyId: AKIAFAILINGSERVER1
            secretKey: ${env:KINESIS_SECRET}
            region: us-east-1
          stream: clicks
      activations:
        - destination: orders
          audiences:
            - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10
      """;

  private final Cli cli =
      new Cli(Map.of("KINESIS_SECRET", "failing-server-secret", "ENGINE_MAX_ATTEMPTS", "10"));

  @TempDir Path folder;

  @Test
  void aRefusedDeleteSkipsWhatDependsOnItAndThePlanShowsWhatIsLeft() throws IOException {
    Path config = write(TWO_DESTINATIONS);
    try (LocalFlowService server = LocalFlowService.start(LocalFlowService.Options.inMemory())) {
      String target = server.baseUrl().toString();
      cli.run("apply", "--auto-approve", "--target", target, config.toString());
      useClicksStreamFromAnotherDataflow(new RawFlowService(server.baseUrl()));
      write(
          TWO_DESTINATIONS
              .replaceAll("(?s)  clicks:.*?stream: clicks\n", "")
              .replace(
                  "      - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10",
                  "      - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10\n"
                      + "      - id: 2b1d5c8e-0a4f-4a51-9e3b-7c6d5e4f3a21"));

      Cli.Result apply = cli.run("apply", "--auto-approve", "--target", target, config.toString());
      Cli.Result plan = cli.run("plan", "--target", target, config.toString());

      assertEquals(1, apply.exitCode(), apply::toString);
      assertTrue(
          apply.out().contains("Apply incomplete: 2 applied, 1 failed, 1 skipped."),
          apply::toString);
      assertTrue(
          apply.out().contains("failed   destination.clicks.target-connection (delete): "),
          apply::toString);
      assertTrue(
          apply
              .out()
              .contains(
                  "skipped  destination.clicks.base-connection (delete): "
                      + "destination.clicks.target-connection (delete) failed"),
          apply::toString);
      assertTrue(
          plan.out().contains("Plan: 0 to create, 0 to update, 0 to replace, 2 to delete."),
          "exactly the refused delete and what it held back are left: " + plan);
    }
  }

  @Test
  void applyConvergesThroughAFlakyServerWithoutDuplicates() throws IOException {
    Path config = write(TWO_DESTINATIONS);
    Path state = folder.resolve("state.json");
    LocalFlowService.Options flaky =
        LocalFlowService.Options.defaults()
            .withStateFile(state)
            .withRequestLog(folder.resolve("requests.jsonl"))
            .withFailRate(0.15)
            .withThrottleRate(0.05)
            .withResetRate(0.05)
            .withSeed(7);

    Cli.Result apply;
    try (LocalFlowService server = LocalFlowService.start(flaky)) {
      apply =
          cli.run(
              "apply",
              "--auto-approve",
              "--target",
              server.baseUrl().toString(),
              config.toString());
    }

    assertEquals(0, apply.exitCode(), "retries carry the apply through: " + apply);
    String log = Files.readString(folder.resolve("requests.jsonl"));
    assertTrue(log.contains("\"fault\""), "the server did inject faults: " + log);
    try (LocalFlowService healthy =
        LocalFlowService.start(LocalFlowService.Options.defaults().withStateFile(state))) {
      RawFlowService raw = new RawFlowService(healthy.baseUrl());
      assertEquals(3, raw.get("/connections").path("items").size(), "Profile and two accounts");
      assertEquals(2, raw.get("/targetConnections").path("items").size());
      assertEquals(2, raw.get("/flows").path("items").size(), "no dataflow made twice");
      Cli.Result plan =
          cli.run(
              "plan",
              "--detailed-exitcode",
              "--target",
              healthy.baseUrl().toString(),
              config.toString());
      assertEquals(0, plan.exitCode(), plan::toString);
    }
  }

  private void useClicksStreamFromAnotherDataflow(RawFlowService someoneElse) {
    JsonNode targets = someoneElse.get("/targetConnections").path("items");
    String clicks = "";
    for (JsonNode target : targets) {
      if (target.path("name").asText().equals("Clicks")) {
        clicks = target.path("id").asText();
      }
    }
    String source = someoneElse.get("/sourceConnections").at("/items/0/id").asText();
    someoneElse.post(
        "/flows",
        "{\"name\":\"Hand-made clicks copy\",\"description\":\"made in the UI\","
            + "\"flowSpec\":{\"id\":\"71471eba-b620-49e4-90fd-23f1fa0174d8\",\"version\":\"1.0\"},"
            + "\"sourceConnectionIds\":[\""
            + source
            + "\"],"
            + "\"targetConnectionIds\":[\""
            + clicks
            + "\"],"
            + "\"transformations\":[{\"name\":\"GeneralTransform\",\"params\":{"
            + "\"profileSelectors\":{\"selectors\":[]},"
            + "\"segmentSelectors\":{\"selectors\":[]}}}]}");
  }

  private Path write(String yaml) throws IOException {
    Path config = folder.resolve("engine.yaml");
    Files.writeString(config, yaml);
    return config;
  }
}
