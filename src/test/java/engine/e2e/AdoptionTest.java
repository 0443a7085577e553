package engine.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import engine.local.LocalFlowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking over a destination made in the UI instead of creating a second one. */
class AdoptionTest {

  private static final String KINESIS = "86043421-563b-46ec-8e6c-e23184711bf6";
  private static final String PROFILE = "8a9c3494-9708-43d7-ae3f-cda01e5030e1";

  @TempDir Path folder;

  private final Cli cli = new Cli(Map.of("KINESIS_SECRET", "adoption-secret"));
  private LocalFlowService server;
  private RawFlowService someoneElse;

  @BeforeEach
  void start() {
    server = LocalFlowService.start(LocalFlowService.Options.inMemory());
    someoneElse = new RawFlowService(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anAdoptedDataflowIsUpdatedAndMarkedRatherThanMadeAgain() throws IOException {
    String flowId = madeInTheUi();
    Path config = write(configuration("    adopt: " + flowId + "\n"));

    Cli.Result plan = engine("plan", config);
    Cli.Result apply = engine("apply", config, "--auto-approve");
    write(configuration(""));
    Cli.Result afterwards = engine("plan", config, "--detailed-exitcode");

    assertTrue(
        plan.out().contains("destination 'orders' adopts dataflow " + flowId), plan::toString);
    assertTrue(plan.out().contains("~ dataflow \"Orders\" (id " + flowId + ")"), plan::toString);
    assertTrue(
        plan.out().contains("~ params.stream = \"orders-old\" -> \"orders\""), plan::toString);
    assertTrue(
        plan.out().contains("+ audience 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10"), plan::toString);
    assertTrue(
        plan.out().contains("Plan: 2 to create, 4 to update, 0 to replace, 0 to delete."),
        "the Profile connections are the engine's own; the rest is adopted: " + plan);
    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(0, afterwards.exitCode(), "the marker now ties them: " + afterwards);
    JsonNode flow = someoneElse.get("/flows/" + flowId).at("/items/0");
    assertEquals("[engine:destination=orders]", flow.path("description").asText());
    assertEquals(1, someoneElse.get("/flows").path("items").size(), "no second dataflow");
  }

  @Test
  void adoptingADataflowThatDoesNotExistIsRefusedWithItsPosition() throws IOException {
    Path config = write(configuration("    adopt: 00000000-0000-4000-8000-000000000000\n"));

    Cli.Result plan = engine("plan", config);

    assertEquals(1, plan.exitCode(), plan::toString);
    assertTrue(
        plan.err()
            .contains(
                config
                    + ":4:3: destination 'orders' adopts dataflow"
                    + " 00000000-0000-4000-8000-000000000000, but there is no streaming destination"
                    + " dataflow with that id in sandbox 'prod'"),
        plan::toString);
    assertEquals(0, someoneElse.get("/connections").path("items").size(), "nothing was made");
  }

  private String madeInTheUi() {
    String base =
        someoneElse
            .post(
                "/connections",
                "{\"name\":\"Orders\",\"description\":\"UI\","
                    + "\"auth\":{\"specName\":\"Aws Kinesis authentication credentials\","
                    + "\"params\":{"
                    + "\"accessKeyId\":\"AKIAADOPTIONTEST01\",\"secretKey\":\"ui-secret\","
                    + "\"region\":\"us-east-1\"}},"
                    + "\"connectionSpec\":{\"id\":\""
                    + KINESIS
                    + "\",\"version\":\"1.0\"}}")
            .path("id")
            .asText();
    String target =
        someoneElse
            .post(
                "/targetConnections",
                "{\"name\":\"Orders\","
                    + "\"description\":\"UI\",\"baseConnectionId\":\""
                    + base
                    + "\","
                    + "\"connectionSpec\":{\"id\":\""
                    + KINESIS
                    + "\",\"version\":\"1.0\"},"
                    + "\"data\":{\"format\":\"json\"},\"params\":{\"stream\":\"orders-old\","
                    + "\"region\":\"us-east-1\"}}")
            .path("id")
            .asText();
    String source =
        someoneElse
            .post(
                "/sourceConnections",
                "{\"name\":\"Profile\","
                    + "\"description\":\"UI\",\"connectionSpec\":{\"id\":\""
                    + PROFILE
                    + "\",\"version\":\"1.0\"}}")
            .path("id")
            .asText();
    return someoneElse
        .post(
            "/flows",
            "{\"name\":\"Orders\",\"description\":\"UI\","
                + "\"flowSpec\":{\"id\":\"71471eba-b620-49e4-90fd-23f1fa0174d8\","
                + "\"version\":\"1.0\"},"
                + "\"sourceConnectionIds\":[\""
                + source
                + "\"],"
                + "\"targetConnectionIds\":[\""
                + target
                + "\"],"
                + "\"transformations\":[{\"name\":\"GeneralTransform\",\"params\":{"
                + "\"profileSelectors\":{\"selectors\":[]},"
                + "\"segmentSelectors\":{\"selectors\":[]}}}]}")
        .path("id")
        .asText();
  }

  private static String configuration(String adopt) {
    return "version: 1\nsandbox: prod\ndestinations:\n  orders:\n"
        + "    type: amazon-kinesis\n    name: Orders\n"
        + adopt
        + "    account:\n      accessKeyId: AKIAADOPTIONTEST01\n"
        + "      secretKey: ${env:KINESIS_SECRET}\n      region: us-east-1\n"
        + "    stream: orders\n"
        + "activations:\n  - destination: orders\n    audiences:\n"
        + "      - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10\n";
  }

  private Path write(String yaml) throws IOException {
    Path config = folder.resolve("engine.yaml");
    Files.writeString(config, yaml);
    return config;
  }

  private Cli.Result engine(String command, Path config, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = command;
    args[1] = "--target";
    args[2] = server.baseUrl().toString();
    args[3] = config.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return cli.run(args);
  }
}
