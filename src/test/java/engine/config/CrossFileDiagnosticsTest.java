package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossFileDiagnosticsTest {

  @TempDir Path dir;

  @Test
  void reportsADestinationDefinedInTwoFilesWithBothPlaces() {
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    fixture.write("conf/a.yaml", Fixture.kinesisFile());
    String[] second = Fixture.kinesisFile();
    second[1] = "# the sandbox is given in a.yaml";
    fixture.write("conf/b.yaml", second);

    List<String> diagnostics = fixture.diagnostics("conf");

    assertEquals(
        List.of(
            "conf/b.yaml:4:3: the destination `orders-kinesis` is already defined at"
                + " conf/a.yaml:4:3; give one of them another key, or remove one; a destination"
                + " key must be"
                + " unique across all files of a configuration"),
        diagnostics);
  }

  @Test
  void reportsSandboxesThatDisagree() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod");
    fixture.write("b.yaml", "version: 1", "", "sandbox: dev");

    List<String> diagnostics = fixture.diagnostics("a.yaml", "b.yaml");

    assertEquals(
        List.of(
            "b.yaml:3:10: the sandbox `dev` differs from `prod` given at a.yaml:2:10; use one"
                + " sandbox in every file of a configuration; load the files of"
                + " another sandbox in a separate run"),
        diagnostics);
  }

  @Test
  void reportsOwnersThatDisagree() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod", "owner: platform");
    fixture.write("b.yaml", "version: 1", "owner: marketing");

    List<String> diagnostics = fixture.diagnostics("a.yaml", "b.yaml");

    assertEquals(
        List.of(
            "b.yaml:2:8: the owner `marketing` differs from `platform` given at a.yaml:3:8; use"
                + " one owner in every file of a configuration; load the files of another owner"
                + " in a separate run"),
        diagnostics);
  }

  @Test
  void reportsAConfigurationWithoutSandbox() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1");
    fixture.write("b.yaml", "version: 1", "activations: []");

    List<String> diagnostics = fixture.diagnostics("a.yaml", "b.yaml");

    assertEquals(
        List.of(
            "a.yaml:1:1: no file of the configuration names its sandbox; add `sandbox: prod`"
                + " (with the name of your sandbox) to one of the files"),
        diagnostics);
  }

  @Test
  void loadsTheYamlFilesOfADirectoryInOrderOfName() {
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    fixture.write("conf/b.yml", "version: 1", "activations:", "  - destination: second");
    fixture.write("conf/a.yaml", "version: 1", "activations:", "  - destination: first");
    fixture.write("conf/c.yaml", Fixture.kinesisFile());
    fixture.write("conf/notes.txt", "not configuration");
    fixture.write("conf/nested/d.yaml", "version: 2");

    Configuration configuration = fixture.loaded("conf");

    assertEquals(
        List.of("first", "second"),
        configuration.activations().stream().map(ActivationSpec::destination).toList(),
        "a.yaml before b.yml; notes.txt and the nested directory are not read");
  }

  @Test
  void keepsActivationsOfOneDestinationSeparate() {
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    fixture.write("a.yaml", Fixture.kinesisFile());
    fixture.write(
        "b.yaml",
        "version: 1",
        "activations:",
        "  - destination: orders-kinesis",
        "    attributes: [person.name.firstName]",
        "  - destination: orders-kinesis",
        "    attributes: [person.name.lastName]");

    Configuration configuration = fixture.loaded("a.yaml", "b.yaml");

    assertEquals(2, configuration.activations().size(), "merging is the graph's work");
  }

  @Test
  void reportsMistakesOfEveryFileTogether() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod", "sandbox: prod");
    fixture.write("b.yaml", "version: 1", "unknown: true");
    fixture.write("c.yaml", "version: [1");

    List<String> diagnostics = fixture.diagnostics("c.yaml", "b.yaml", "a.yaml", "missing");

    assertEquals(
        List.of("a.yaml:3:1", "b.yaml:2:1", "c.yaml:2:1", "missing:1:1"),
        diagnostics.stream().map(text -> text.substring(0, text.indexOf(": "))).toList(),
        "one per file, sorted by file and position: " + diagnostics);
  }
}
