package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDiagnosticsTest {

  @TempDir Path dir;

  @Test
  void reportsAMissingEnvironmentVariableWithItsPosition() {
    Fixture fixture = new Fixture(dir);
    fixture.write("a.yaml", Fixture.kinesisFile());

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` refers to the"
                + " environment variable `AWS_SECRET_ACCESS_KEY`, which is not set; set"
                + " `AWS_SECRET_ACCESS_KEY` in the environment the engine runs in, or refer to a"
                + " file with `${file:PATH}`"),
        diagnostics);
  }

  @Test
  void reportsAnEmptyEnvironmentVariable() {
    Fixture fixture = new Fixture(dir).withEnvironment(Map.of("AWS_SECRET_ACCESS_KEY", ""));
    fixture.write("a.yaml", Fixture.kinesisFile());

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(1, diagnostics.size(), diagnostics.toString());
    assertEquals(
        "a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` refers to the environment"
            + " variable `AWS_SECRET_ACCESS_KEY`, which is empty; set `AWS_SECRET_ACCESS_KEY` in"
            + " the environment the engine runs in, or refer to a file with `${file:PATH}`",
        diagnostics.get(0));
  }

  @Test
  void reportsAMissingSecretFile() {
    Fixture fixture = new Fixture(dir);
    String[] lines = Fixture.kinesisFile();
    lines[8] = "      secretKey: ${file:secrets/aws-key.txt}";
    fixture.write("team/a.yaml", lines);

    List<String> diagnostics = fixture.diagnostics("team/a.yaml");

    assertEquals(
        List.of(
            "team/a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` refers to the file"
                + " `team/secrets/aws-key.txt`, which does not exist;"
                + " create the file, or correct the path (a relative path starts at the folder of"
                + " this YAML file)"),
        diagnostics);
  }

  @Test
  void reportsAnEmptySecretFile() {
    Fixture fixture = new Fixture(dir);
    fixture.write("aws-key.txt", "");
    String[] lines = Fixture.kinesisFile();
    lines[8] = "      secretKey: ${file:aws-key.txt}";
    fixture.write("a.yaml", lines);

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` refers to the file"
                + " `aws-key.txt`, which is empty; write the value into the file"),
        diagnostics);
  }

  @Test
  void keepsSecretsAsReferencesWithFilePathsMadeAbsolute() {
    Fixture fixture = new Fixture(dir);
    fixture.write("team/secrets/aws-key.txt", "the-secret");
    String[] lines = Fixture.kinesisFile();
    lines[8] = "      secretKey: ${file:secrets/aws-key.txt}";
    fixture.write("team/a.yaml", lines);

    Configuration configuration = fixture.loaded("team/a.yaml");

    AccountSpec account = configuration.destinations().get(0).account();
    assertEquals(
        Map.of(
            "secretKey",
            new SecretRef(
                SecretRef.Source.FILE, dir.resolve("team/secrets/aws-key.txt").toString())),
        account.secrets(),
        "the secret is where to find it, not its value");
  }

  @Test
  void resolvesReferencesInOtherAccountFields() {
    Fixture fixture =
        new Fixture(dir)
            .withEnvironment(
                Map.of("AWS_SECRET_ACCESS_KEY", "s", "AWS_ACCESS_KEY_ID", "AKIAFROMENVIRONMENT1"));
    fixture.write("region.txt", "eu-central-1\n");
    String[] lines = Fixture.kinesisFile();
    lines[7] = "      accessKeyId: ${env:AWS_ACCESS_KEY_ID}";
    lines[9] = "      region: ${file:region.txt}";
    fixture.write("a.yaml", lines);

    Configuration configuration = fixture.loaded("a.yaml");

    DestinationSpec destination = configuration.destinations().get(0);
    assertEquals(
        Map.of("accessKeyId", "AKIAFROMENVIRONMENT1", "region", "eu-central-1"),
        destination.account().params());
    assertEquals(
        Map.of("stream", "orders-events", "region", "eu-central-1"),
        destination.target(),
        "the target connection takes the resolved region of the account");
  }

  @Test
  void reportsAnUnsetVariableInAnotherAccountField() {
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    String[] lines = Fixture.kinesisFile();
    lines[9] = "      region: ${env:AWS_REGION}";
    fixture.write("a.yaml", lines);

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:10:15: `destinations.orders-kinesis.account.region` refers to the environment"
                + " variable `AWS_REGION`, which is not set; set `AWS_REGION` in the environment"
                + " the engine runs in, or refer to a file with `${file:PATH}`"),
        diagnostics);
  }

  @Test
  void reportsReferencesTogetherWithTheSchemaMistakesOfTheFile() {
    Fixture fixture = new Fixture(dir);
    String[] lines = Fixture.kinesisFile();
    lines[5] = "    descripton: Orders to Kinesis";
    fixture.write("a.yaml", lines);

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of("a.yaml:4:3", "a.yaml:6:5", "a.yaml:9:18"),
        diagnostics.stream().map(text -> text.substring(0, text.indexOf(": "))).toList(),
        "missing name, unknown key and the unset variable, all at once: " + diagnostics);
  }

  @Test
  void neverPutsASecretValueIntoTheModel() {
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    fixture.write("a.yaml", Fixture.kinesisFile());

    Configuration configuration = fixture.loaded("a.yaml");

    assertEquals(
        false,
        configuration.toString().contains(Fixture.AWS_SECRET.get("AWS_SECRET_ACCESS_KEY")),
        "only the reference is kept: " + configuration);
  }
}
