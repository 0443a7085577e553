package engine.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import engine.local.LocalFlowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two configurations with their own owners manage one sandbox without touching each other. */
class OwnersTest {

  @TempDir Path folder;

  private final Cli cli = new Cli(Map.of("KINESIS_SECRET", "owners-secret"));

  @Test
  void eachConfigurationSeesOnlyItsOwnResources() throws IOException {
    Path platform = write("platform.yaml", configuration("platform", "orders"));
    Path marketing = write("marketing.yaml", configuration("marketing", "clicks"));
    try (LocalFlowService server = LocalFlowService.start(LocalFlowService.Options.inMemory())) {
      String target = server.baseUrl().toString();
      cli.run("apply", "--auto-approve", "--target", target, platform.toString());

      Cli.Result marketingApply =
          cli.run("apply", "--auto-approve", "--target", target, marketing.toString());
      Cli.Result platformPlan =
          cli.run("plan", "--detailed-exitcode", "--target", target, platform.toString());
      write("platform.yaml", "version: 1\nsandbox: prod\nowner: platform\n");
      Cli.Result platformEmptied =
          cli.run("apply", "--auto-approve", "--target", target, platform.toString());
      Cli.Result marketingPlan =
          cli.run("plan", "--detailed-exitcode", "--target", target, marketing.toString());

      assertTrue(
          marketingApply
              .out()
              .contains("Plan: 5 to create, 0 to update, 0 to replace," + " 0 to delete."),
          "the other owner's resources are not the engine's here: " + marketingApply);
      assertEquals(0, platformPlan.exitCode(), platformPlan::toString);
      assertTrue(
          platformEmptied.out().contains("0 to replace, 5 to delete."), platformEmptied::toString);
      assertEquals(
          0, marketingPlan.exitCode(), "marketing's destination is intact: " + marketingPlan);
    }
  }

  private static String configuration(String owner, String key) {
    return "version: 1\nsandbox: prod\nowner: "
        + owner
        + "\ndestinations:\n  "
        + key
        + ":\n"
        + "    type: amazon-kinesis\n    name: "
        + key
        + "\n"
        + "    account:\n      accessKeyId: AKIAOWNERSTEST0001\n"
        + "      secretKey: ${env:KINESIS_SECRET}\n      region: us-east-1\n"
        + "    stream: "
        + key
        + "\n";
  }

  private Path write(String name, String yaml) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }
}
