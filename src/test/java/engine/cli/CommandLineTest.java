package engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import engine.local.LocalFlowService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

  private static final Path QUICKSTART = Path.of("examples", "quickstart");

  @TempDir Path folder;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    int exit = run(Map.of(), "--help");

    assertEquals(0, exit);
    for (String command : new String[] {"validate", "plan", "apply", "serve-local"}) {
      assertTrue(out.toString().contains(command), command + " is listed: " + out);
    }
    assertTrue(out.toString().contains("3 internal fault"), out::toString);
  }

  @Test
  void everyCommandAnswersHelp() {
    for (String command : new String[] {"validate", "plan", "apply", "serve-local"}) {
      int exit = run(Map.of(), command, "--help");

      assertEquals(0, exit, command + " --help: " + err);
      assertTrue(out.toString().contains("Usage: engine " + command), out::toString);
    }
  }

  @Test
  void anUnknownOptionIsAUserErrorWithAPointerToHelp() {
    int exit = run(Map.of(), "plan", "--colour");

    assertEquals(1, exit);
    assertTrue(err.toString().contains("Unknown option: '--colour'"), err::toString);
    assertTrue(err.toString().contains("engine plan --help"), err::toString);
  }

  @Test
  void aTargetThatIsNeitherKnownNorAUrlIsRefused() {
    int exit = run(Map.of(), "plan", "--target", "ftp://example", QUICKSTART.toString());

    assertEquals(1, exit);
    assertTrue(err.toString().contains("--target ftp://example is not a target"), err::toString);
  }

  @Test
  void theAdobeTargetNamesEveryMissingVariableBeforeSendingAnything() {
    int exit = run(Map.of(), "plan", "--target", "adobe", QUICKSTART.toString());

    assertEquals(1, exit);
    for (String variable :
        new String[] {"ADOBE_CLIENT_ID", "ADOBE_CLIENT_SECRET", "ADOBE_ORG_ID"}) {
      assertTrue(err.toString().contains(variable), variable + " is named: " + err);
    }
  }

  @Test
  void aParallelismBelowOneIsRefused() {
    int exit = run(Map.of(), "apply", "--parallelism", "0", QUICKSTART.toString());

    assertEquals(1, exit);
    assertTrue(err.toString().contains("--parallelism must be at least 1"), err::toString);
  }

  @Test
  @SuppressWarnings("try") // the running server is only there to hold the state file
  void aStateFileInUseIsAUserErrorThatPointsAtTheRunningServer() {
    Path state = folder.resolve("state.json");
    try (LocalFlowService running =
        LocalFlowService.start(LocalFlowService.Options.defaults().withStateFile(state))) {

      int exit = run(Map.of(), "plan", "--local-state", state.toString(), QUICKSTART.toString());

      assertEquals(1, exit, err::toString);
      assertTrue(err.toString().contains("pass --target with the URL it printed"), err::toString);
    }
  }

  @Test
  void anInternalFaultExitsThreeAndHidesTheStackTraceUnlessAsked() {
    EngineCommand root = new EngineCommand(Map.of());
    CommandLine commandLine = commandLine(root);

    int quiet =
        new Faults(root)
            .handleExecutionException(new IllegalStateException("boom"), commandLine, null);
    root.stacktrace = true;
    new Faults(root).handleExecutionException(new IllegalStateException("boom"), commandLine, null);

    assertEquals(3, quiet);
    String text = err.toString();
    assertTrue(
        text.contains("engine: internal error: java.lang.IllegalStateException: boom"), text);
    assertTrue(text.contains("Run again with --stacktrace"), text);
    assertTrue(text.contains("at engine.cli.CommandLineTest"), "the trace when asked: " + text);
  }

  @Test
  void validateSendsNothingAndSaysWhatItFound() {
    int exit = run(Map.of(), "validate", QUICKSTART.toString());

    assertEquals(0, exit, err::toString);
    assertTrue(out.toString().contains("1 destination(s) in sandbox \"prod\""), out::toString);
    assertFalse(folder.resolve(".engine").toFile().exists());
  }

  private int run(Map<String, String> environment, String... args) {
    return Main.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true))
        .execute(args);
  }

  private CommandLine commandLine(EngineCommand root) {
    CommandLine commandLine = new CommandLine(root);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine;
  }
}
