package engine.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import engine.local.LocalFlowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the live state costs requests per page of results, never per destination: at Adobe's
 * guardrail of 100 destinations a sandbox a plan still makes a handful of list calls.
 */
class LiveReadScaleTest {

  private static final int DESTINATIONS = 110;

  @TempDir Path folder;

  @Test
  void aPlanReadsPagesOfResultsNotOneResourceAtATime() throws IOException {
    Path config = folder.resolve("engine.yaml");
    Files.writeString(config, configuration());
    Path log = folder.resolve("requests.jsonl");
    Cli cli = new Cli(Map.of("KINESIS_SECRET", "scale-secret"));
    try (LocalFlowService server =
        LocalFlowService.start(LocalFlowService.Options.inMemory().withRequestLog(log))) {
      String target = server.baseUrl().toString();
      Cli.Result apply =
          cli.run(
              "apply",
              "--auto-approve",
              "--parallelism",
              "8",
              "--target",
              target,
              config.toString());
      assertEquals(0, apply.exitCode(), apply::toString);
      long before = Files.readAllLines(log).size();

      Cli.Result plan =
          cli.run("plan", "--detailed-exitcode", "--target", target, config.toString());

      assertEquals(0, plan.exitCode(), plan::toString);
      List<String> requests = Files.readAllLines(log);
      assertEquals(
          7,
          requests.size() - before,
          "two pages of base connections (111), target connections (110) and dataflows (110),"
              + " one of source connections: "
              + requests.subList((int) before, requests.size()));
    }
  }

  private static String configuration() {
    StringBuilder yaml = new StringBuilder("version: 1\nsandbox: prod\ndestinations:\n");
    for (int i = 0; i < DESTINATIONS; i++) {
      yaml.append("  stream-")
          .append(i)
          .append(":\n")
          .append("    type: amazon-kinesis\n")
          .append("    name: Stream ")
          .append(i)
          .append('\n')
          .append("    account:\n")
          .append("      accessKeyId: AKIASCALETEST00001\n")
          .append("      secretKey: ${env:KINESIS_SECRET}\n")
          .append("      region: us-east-1\n")
          .append("    stream: stream-")
          .append(i)
          .append('\n');
    }
    yaml.append("activations:\n");
    for (int i = 0; i < DESTINATIONS; i++) {
      yaml.append("  - destination: stream-")
          .append(i)
          .append('\n')
          .append("    audiences:\n")
          .append("      - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10\n")
          .append("    attributes:\n")
          .append("      - person.name.firstName\n");
    }
    return yaml.toString();
  }
}
