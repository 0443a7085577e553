package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

  @TempDir Path directory;

  private LocalFlowService.Options persistent(Path state) {
    return LocalFlowService.Options.defaults().withStateFile(state);
  }

  @Test
  void keepsStateAcrossRestartsWithSecretsStillHidden() throws IOException {
    Path state = directory.resolve("state.json");
    String id;
    try (LocalFlowService first = LocalFlowService.start(persistent(state))) {
      id = new Http(first.baseUrl()).post("/connections", Fixtures.kinesisBase("kept")).id();
    }

    try (LocalFlowService second = LocalFlowService.start(persistent(state))) {
      Http.Response read = new Http(second.baseUrl()).get("/connections/" + id);

      assertEquals(200, read.status(), "the connection survived the restart");
      assertEquals("kept", read.item().path("name").asText());
    }
    String stored = Files.readString(state);
    assertFalse(stored.contains(Fixtures.KINESIS_SECRET), "the state file holds no clear secret");
    assertTrue(stored.contains("sha256:"), "only a salted hash of the secret is kept");
    assertFalse(Files.exists(directory.resolve("state.json.tmp")), "no temporary file is left");
  }

  @Test
  void refusesCorruptStateFileAndLeavesItUntouched() throws IOException {
    Path state = directory.resolve("state.json");
    Files.writeString(state, "{\"format\": \"engine-local-flow-service\", \"sandboxes\": [");

    LocalFlowServiceException refused =
        assertThrows(
            LocalFlowServiceException.class, () -> LocalFlowService.start(persistent(state)));

    assertTrue(refused.getMessage().contains("is corrupt"), refused.getMessage());
    assertTrue(refused.getMessage().contains(state.toString()), "the message names the file");
    assertEquals(
        "{\"format\": \"engine-local-flow-service\", \"sandboxes\": [",
        Files.readString(state),
        "a corrupt file is never emptied");
  }

  @Test
  void refusesAFileThatIsNotAStateFile() throws IOException {
    Path state = directory.resolve("state.json");
    Files.writeString(state, "{\"hello\": 1}");

    LocalFlowServiceException refused =
        assertThrows(
            LocalFlowServiceException.class, () -> LocalFlowService.start(persistent(state)));

    assertTrue(refused.getMessage().contains("engine-local-flow-service"), refused.getMessage());
  }

  @Test
  void refusesAStateFileLockedByAnotherServer() {
    Path state = directory.resolve("state.json");
    try (LocalFlowService first = LocalFlowService.start(persistent(state))) {

      LocalFlowServiceException refused =
          assertThrows(
              LocalFlowServiceException.class, () -> LocalFlowService.start(persistent(state)));

      assertTrue(refused.getMessage().contains("in use by another"), refused.getMessage());
    }
    LocalFlowService.start(persistent(state)).close();
  }

  @Test
  void refusesAPortAlreadyInUse() {
    try (LocalFlowService first = LocalFlowService.start(LocalFlowService.Options.defaults())) {
      int port = first.baseUrl().getPort();

      LocalFlowServiceException refused =
          assertThrows(
              LocalFlowServiceException.class,
              () -> LocalFlowService.start(LocalFlowService.Options.defaults().withPort(port)));

      assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
    }
  }

  @Test
  void keepsEveryAnsweredWriteWhenTheProcessIsKilled() throws Exception {
    Path state = directory.resolve("state.json");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "engine.cli.Main",
                "serve-local",
                "--port",
                "0",
                "--state",
                state.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String id;
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      Http http = new Http(URI.create(out.readLine().trim()));
      id = http.post("/connections", Fixtures.kinesisBase("survivor")).id();
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }

    try (LocalFlowService restarted = LocalFlowService.start(persistent(state))) {
      JsonNode item = new Http(restarted.baseUrl()).get("/connections/" + id).item();

      assertEquals("survivor", item.path("name").asText(), "an answered create is on disk");
    }
    assertTrue(List.of(directory.toFile().list()).contains("state.json"));
  }
}
