package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlDiagnosticsTest {

  @TempDir Path dir;

  @Test
  void reportsDuplicateKeyWithBothPositions() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod", "sandbox: dev");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:3:1: the key `sandbox` appears twice in the file (first at a.yaml:2:1); keep"
                + " one of the two, or rename one if both are meant"),
        diagnostics);
  }

  @Test
  void reportsDuplicateDestinationKeyInOneFile() {
    Fixture fixture = new Fixture(dir);
    String[] lines = Fixture.kinesisFile();
    String[] doubled = new String[lines.length + 8];
    System.arraycopy(lines, 0, doubled, 0, lines.length);
    System.arraycopy(lines, 3, doubled, lines.length, 8);
    fixture.write("a.yaml", doubled);

    List<String> diagnostics = fixture.withEnvironment(Fixture.AWS_SECRET).diagnostics("a.yaml");

    assertEquals(1, diagnostics.size(), "only the duplicate is wrong: " + diagnostics);
    assertEquals(
        "a.yaml:12:3: the key `orders-kinesis` appears twice in `destinations` (first at"
            + " a.yaml:4:3); keep one of the two, or rename one if both are meant",
        diagnostics.get(0));
  }

  @Test
  void refusesAliases() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: &box prod", "other: *box");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:3:8: YAML aliases (*name) are not supported; write the value out in full"
                + " where it is needed"),
        diagnostics);
  }

  @Test
  void refusesAnAliasBombBeforeExpandingIt() {
    Fixture fixture = new Fixture(dir);
    StringBuilder bomb = new StringBuilder("version: 1\na: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char level = 'b'; level <= 'j'; level++) {
      char previous = (char) (level - 1);
      bomb.append(level).append(": &").append(level).append(" [");
      bomb.append(("*" + previous + ", ").repeat(8)).append('*').append(previous).append("]\n");
    }
    fixture.writeBytes("bomb.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8));

    List<String> diagnostics = fixture.diagnostics("bomb.yaml");

    assertEquals(81, diagnostics.size(), "every alias is named, none is expanded");
    assertTrue(diagnostics.get(0).startsWith("bomb.yaml:3:8: YAML aliases"), diagnostics.get(0));
  }

  @Test
  void refusesOversizedFile() {
    Fixture fixture = new Fixture(dir);
    byte[] big = new byte[YamlReader.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) '#');
    fixture.writeBytes("big.yaml", big);

    List<String> diagnostics = fixture.diagnostics("big.yaml");

    assertEquals(
        List.of(
            "big.yaml:1:1: the file is larger than the limit of 1 MiB; split the configuration"
                + " into several files, or put them in one directory"),
        diagnostics);
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    Fixture fixture = new Fixture(dir);
    byte[] latin1 = "version: 1\nsandbox: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    fixture.writeBytes("latin1.yaml", latin1);

    List<String> diagnostics = fixture.diagnostics("latin1.yaml");

    assertEquals(
        List.of(
            "latin1.yaml:2:13: the file is not valid UTF-8 (byte 0xE9); save the file with UTF-8"
                + " encoding"),
        diagnostics);
  }

  @Test
  void refusesSeveralDocumentsInOneFile() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod", "---", "version: 1");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:3:1: the file holds more than one YAML document; keep one document per file:"
                + " move the part after `---` into a file of its own"),
        diagnostics);
  }

  @Test
  void reportsSyntaxErrorWithPositionAndWithoutTheLine() {
    Fixture fixture = new Fixture(dir);
    fixture.write(
        "a.yaml",
        "version: 1",
        "sandbox: prod",
        "destinations:",
        "  web: {type: azure-event-hubs, sasKey: \"hunter2-literal",
        "    name: x");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:6:1: YAML syntax error: while scanning a quoted scalar: found unexpected end of"
                + " stream (it starts at line 4, column 41); correct the YAML here (check"
                + " indentation, colons and quotes)"),
        diagnostics,
        "parsing stops at the first syntax error");
    assertFalse(diagnostics.get(0).contains("hunter2"), "the offending line may hold a secret");
  }

  @Test
  void reportsIndentationMistakeAtItsLine() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: prod", "  destinations: {}");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(1, diagnostics.size(), diagnostics.toString());
    assertTrue(diagnostics.get(0).startsWith("a.yaml:3:"), diagnostics.get(0));
  }

  @Test
  void refusesControlCharacters() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: \"prod\u0001\"");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:2:15: the file contains a character that YAML does not allow; remove it; YAML"
                + " allows printable characters, tabs and line breaks"),
        diagnostics);
  }

  @Test
  void asksForAMappingAtTheTopOfTheFile() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "- version: 1", "- sandbox: prod");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:1:1: no file of the configuration names its sandbox; add `sandbox: prod` (with"
                + " the name of your sandbox) to one of the files",
            "a.yaml:1:1: the file is a list but must be a mapping; start the file with `version: 1`"
                + " and write the other keys below it, at the start of their lines"),
        diagnostics);
  }

  @Test
  void refusesUnknownTags() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "version: 1", "sandbox: !custom prod");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:2:10: the YAML tag `!custom` is not supported here; remove the tag; this format"
                + " needs only plain values, mappings and lists"),
        diagnostics);
  }

  @Test
  void acceptsEmptyFileAndFileWithOnlyComments() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", "");
    fixture.write("b.yaml", "# nothing here yet");
    fixture.write("c.yaml", "version: 1", "sandbox: prod");

    Configuration configuration = fixture.loaded("a.yaml", "b.yaml", "c.yaml");

    assertEquals(new Configuration("prod", List.of(), List.of()), configuration);
  }
}
