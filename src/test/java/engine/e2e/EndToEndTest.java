package engine.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import engine.local.LocalFlowService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's commands against the local Flow Service, over HTTP, as a user runs them. */
class EndToEndTest {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "AWS_ACCESS_KEY_ID", "AKIAENDTOEND",
          "AWS_SECRET_ACCESS_KEY", "end-to-end-kinesis-secret",
          "EVENTHUB_SAS_KEY", "end-to-end-sas-key");

  @TempDir Path folder;

  private LocalFlowService server;
  private Path requestLog;
  private Path config;
  private final Cli cli = new Cli(ENVIRONMENT);

  @BeforeEach
  void startServerAndCopyQuickstart() throws IOException {
    requestLog = folder.resolve("requests.jsonl");
    server = LocalFlowService.start(LocalFlowService.Options.inMemory().withRequestLog(requestLog));
    config = folder.resolve("config");
    copy(Path.of("examples", "quickstart"), config);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void applyThenPlanShowsNoChanges() {
    Cli.Result apply = engine("apply", "--auto-approve");

    Cli.Result plan = engine("plan", "--detailed-exitcode");

    assertEquals(0, apply.exitCode(), apply::toString);
    assertTrue(apply.out().contains("Apply complete! 6 created"), apply::toString);
    assertEquals(0, plan.exitCode(), "no changes: " + plan);
    assertTrue(plan.out().startsWith("No changes."), plan::toString);
  }

  @Test
  void anEditPlansExactlyThatChangeAndConverges() throws IOException {
    engine("apply", "--auto-approve");
    edit("stream: orders-events", "stream: orders-v2");
    edit("      - personalEmail.address", "      - personalEmail.address\n      - person.gender");

    Cli.Result plan = engine("plan", "--detailed-exitcode");
    Cli.Result apply = engine("apply", "--auto-approve");

    assertEquals(2, plan.exitCode(), plan::toString);
    assertTrue(
        plan.out().contains("~ params.stream = \"orders-events\" -> \"orders-v2\""),
        plan::toString);
    assertTrue(plan.out().contains("+ attribute person.gender"), plan::toString);
    assertTrue(
        plan.out().contains("Plan: 0 to create, 2 to update, 0 to replace, 0 to delete."),
        plan::toString);
    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(0, engine("plan", "--detailed-exitcode").exitCode(), "converged");
  }

  @Test
  void aChangeBehindTheEnginesBackIsShownAndUndone() {
    engine("apply", "--auto-approve");
    RawFlowService someoneElse = new RawFlowService(server.baseUrl());
    JsonNode flow = someoneElse.get("/flows").path("items").get(0);
    someoneElse.patch(
        "/flows/" + flow.path("id").asText(),
        flow.path("etag").asText(),
        "[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"Renamed in the UI\"},"
            + "{\"op\":\"remove\","
            + "\"path\":\"/transformations/0/params/segmentSelectors/selectors/0\"}]");

    Cli.Result plan = engine("plan");
    Cli.Result apply = engine("apply", "--auto-approve");

    assertTrue(
        plan.out().contains("~ name = \"Renamed in the UI\" -> \"Orders to Kinesis\""),
        plan::toString);
    assertTrue(plan.out().contains("+ audience \"High-value customers\""), plan::toString);
    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(0, engine("plan", "--detailed-exitcode").exitCode(), "drift undone");
  }

  @Test
  void aResourceTheEngineDoesNotOwnIsNeverTouched() throws IOException {
    RawFlowService someoneElse = new RawFlowService(server.baseUrl());
    String foreignId =
        someoneElse
            .post(
                "/connections",
                "{\"name\":\"Orders to Kinesis\",\"description\":\"made by hand\","
                    + "\"auth\":{\"specName\":\"Aws Kinesis authentication credentials\","
                    + "\"params\":{\"accessKeyId\":\"AKIAHAND\",\"secretKey\":\"hand-secret\","
                    + "\"region\":\"us-east-1\"}},"
                    + "\"connectionSpec\":{\"id\":\"86043421-563b-46ec-8e6c-e23184711bf6\","
                    + "\"version\":\"1.0\"}}")
            .path("id")
            .asText();
    engine("apply", "--auto-approve");
    Files.writeString(config.resolve("engine.yaml"), "version: 1\nsandbox: prod\n");

    Cli.Result plan = engine("plan");
    Cli.Result apply = engine("apply", "--auto-approve");

    assertTrue(
        plan.out().contains("Plan: 0 to create, 0 to update, 0 to replace, 5 to delete."),
        plan::toString);
    assertFalse(plan.out().contains(foreignId), "the hand-made connection is not in the plan");
    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(
        "made by hand",
        someoneElse.get("/connections/" + foreignId).at("/items/0/description").asText());
    assertTrue(
        writesTo(foreignId).isEmpty(), "no request ever wrote to it: " + writesTo(foreignId));
  }

  @Test
  void anInvalidConfigurationIsReportedAndNothingIsSent() throws IOException {
    edit("type: amazon-kinesis", "type: amazon-kinesiss");
    edit("stream: orders-events", "stream: orders-events\n    colour: blue");

    Cli.Result plan = engine("plan");

    assertEquals(1, plan.exitCode(), plan::toString);
    assertTrue(plan.err().contains("engine.yaml:"), plan::toString);
    assertTrue(plan.err().contains("nothing was sent to Flow Service"), plan::toString);
    assertEquals(List.of(), requests(), "not one request reached the server");
  }

  @Test
  void applyWithoutATerminalAsksForAutoApproveAndChangesNothing() {
    Cli.Result apply = engine("apply");

    assertEquals(1, apply.exitCode(), apply::toString);
    assertTrue(apply.err().contains("--auto-approve"), apply::toString);
    assertTrue(
        requests().stream().allMatch(r -> r.contains("\"method\":\"GET\"")),
        "only reads were sent: " + requests());
  }

  @Test
  void theTwoTeamsExampleConverges() throws IOException {
    Path twoTeams = folder.resolve("two-teams");
    copy(Path.of("examples", "two-teams"), twoTeams);

    Cli.Result apply = engine(twoTeams, "apply", "--auto-approve");
    Cli.Result plan = engine(twoTeams, "plan", "--detailed-exitcode");

    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(0, plan.exitCode(), plan::toString);
    assertFalse(apply.out().contains("end-to-end-kinesis-secret"), "secrets never printed");
    assertFalse(String.join("\n", requests()).contains("end-to-end"), "nor logged by the server");
  }

  @Test
  void theEmbeddedDefaultKeepsItsStateAcrossRuns() {
    Path state = folder.resolve("state.json");
    String target = "--local-state=" + state;

    Cli.Result apply = cli.run("apply", "--auto-approve", target, config.toString());
    Cli.Result plan = cli.run("plan", "--detailed-exitcode", target, config.toString());

    assertEquals(0, apply.exitCode(), apply::toString);
    assertEquals(0, plan.exitCode(), "a new run reads what the last one made: " + plan);
    assertTrue(Files.exists(state));
  }

  private Cli.Result engine(String... args) {
    return engine(config, args);
  }

  private Cli.Result engine(Path configuration, String... args) {
    String[] full =
        Stream.concat(
                Stream.of(args),
                Stream.of("--target", server.baseUrl().toString(), configuration.toString()))
            .toArray(String[]::new);
    return cli.run(full);
  }

  private void edit(String from, String to) throws IOException {
    Path file = config.resolve("engine.yaml");
    String text = Files.readString(file);
    assertTrue(text.contains(from), "the example still contains " + from);
    Files.writeString(file, text.replace(from, to));
  }

  private List<String> requests() {
    try {
      return Files.exists(requestLog) ? Files.readAllLines(requestLog) : List.of();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private List<String> writesTo(String id) {
    return requests().stream()
        .filter(r -> r.contains(id) && !r.contains("\"method\":\"GET\""))
        .toList();
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }
}
