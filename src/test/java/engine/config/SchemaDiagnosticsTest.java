package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaDiagnosticsTest {

  @TempDir Path dir;

  private List<String> diagnosticsAfter(int line, String replacement) {
    String[] lines = Fixture.kinesisFile();
    lines[line - 1] = replacement;
    Fixture fixture = new Fixture(dir).withEnvironment(Fixture.AWS_SECRET);
    fixture.write("a.yaml", lines);
    return fixture.diagnostics("a.yaml");
  }

  @Test
  void suggestsTheNearestKeyForAnUnknownOne() {
    List<String> diagnostics = diagnosticsAfter(6, "    descripton: Orders to Kinesis");

    assertEquals(
        List.of(
            "a.yaml:4:3: `destinations.orders-kinesis` is missing `name`; add `name: Orders to"
                + " Kinesis` (Display name)",
            "a.yaml:6:5: unknown key `descripton` in `destinations.orders-kinesis`; did you mean"
                + " `description`?"),
        diagnostics);
  }

  @Test
  void listsAllowedKeysWhenNoneIsClose() {
    List<String> diagnostics = diagnosticsAfter(10, "      namespace: acme-events");

    assertEquals(
        List.of(
            "a.yaml:7:5: `destinations.orders-kinesis.account` is missing `region`; add `region:"
                + " us-east-1` (AWS region)",
            "a.yaml:10:7: unknown key `namespace` in `destinations.orders-kinesis.account`;"
                + " remove it; the keys allowed here are `accessKeyId`, `secretKey`, `region`,"
                + " `credentialsVersion`"),
        diagnostics);
  }

  @Test
  void reportsMissingRequiredFieldAtItsParent() {
    List<String> diagnostics = diagnosticsAfter(11, "    enabled: true");

    assertEquals(
        List.of(
            "a.yaml:4:3: `destinations.orders-kinesis` is missing `stream`; add `stream:"
                + " orders-events` (Kinesis stream)"),
        diagnostics);
  }

  @Test
  void listsAllowedValuesOfAnEnum() {
    List<String> diagnostics = diagnosticsAfter(5, "    type: amazon-kinesys");

    assertEquals(
        List.of(
            "a.yaml:5:11: `destinations.orders-kinesis.type` is `amazon-kinesys`, which is not one"
                + " of the allowed values; did you mean `amazon-kinesis`? use one of"
                + " `amazon-kinesis`, `azure-event-hubs`"),
        diagnostics);
  }

  @Test
  void explainsTheExpectedFormOfAPattern() {
    List<String> diagnostics = diagnosticsAfter(10, "      region: US East");

    assertEquals(
        List.of(
            "a.yaml:10:15: `destinations.orders-kinesis.account.region` is not a valid AWS region;"
                + " write a region such as `us-east-1`, or a reference such as"
                + " `${env:AWS_REGION}`"),
        diagnostics);
  }

  @Test
  void explainsTheExpectedFormOfADestinationKey() {
    List<String> diagnostics = diagnosticsAfter(4, "  Orders_Kinesis:");

    assertEquals(
        List.of(
            "a.yaml:4:3: `Orders_Kinesis` is not a valid destination key; write 1 to 63 lowercase"
                + " letters, digits or hyphens, starting with a letter or digit, such as"
                + " `orders-kinesis`"),
        diagnostics);
  }

  @Test
  void refusesASecretWrittenAsALiteralWithoutRepeatingIt() {
    List<String> diagnostics = diagnosticsAfter(9, "      secretKey: wJalrXUtnFEMI-literal");

    assertEquals(
        List.of(
            "a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` is a secret written into"
                + " the file, which is not allowed; keep the secret out of the file: write"
                + " `${env:NAME}` and set that environment variable, or `${file:PATH}` naming a"
                + " file that holds it"),
        diagnostics);
    assertFalse(diagnostics.get(0).contains("wJalr"), "a secret never appears in a message");
  }

  @Test
  void reportsAMalformedReference() {
    List<String> diagnostics = diagnosticsAfter(9, "      secretKey: ${ENV:AWS_SECRET}");

    assertEquals(
        List.of(
            "a.yaml:9:18: `destinations.orders-kinesis.account.secretKey` is not a valid"
                + " reference; write `${env:NAME}` (NAME made of letters, digits and `_`) or"
                + " `${file:PATH}`"),
        diagnostics);
  }

  @Test
  void reportsAFieldOfTheOtherDestinationType() {
    List<String> diagnostics = diagnosticsAfter(11, "    eventHub: clicks");

    assertEquals(
        List.of(
            "a.yaml:4:3: `destinations.orders-kinesis` is missing `stream`; add `stream:"
                + " orders-events` (Kinesis stream)",
            "a.yaml:11:5: `destinations.orders-kinesis.eventHub` does not apply to destinations"
                + " of type `amazon-kinesis`; remove it, or correct `type` if the destination is"
                + " of another type"),
        diagnostics);
  }

  @Test
  void reportsAValueOfTheWrongKind() {
    List<String> diagnostics = diagnosticsAfter(11, "    enabled: yes");

    assertEquals(
        List.of(
            "a.yaml:4:3: `destinations.orders-kinesis` is missing `stream`; add `stream:"
                + " orders-events` (Kinesis stream)",
            "a.yaml:11:14: `destinations.orders-kinesis.enabled` is text but must be true or"
                + " false; write `true` or `false` without quotes"),
        diagnostics);
  }

  @Test
  void reportsAnEmptyValueAtItsKey() {
    List<String> diagnostics = diagnosticsAfter(6, "    name:");

    assertEquals(
        List.of(
            "a.yaml:6:5: `destinations.orders-kinesis.name` is empty but must be text; write text;"
                + " put it in quotes if it would otherwise read as a number, true/false or"
                + " nothing"),
        diagnostics);
  }

  @Test
  void reportsACredentialsVersionBelowOne() {
    List<String> diagnostics =
        diagnosticsAfter(10, "      region: us-east-1\n      credentialsVersion: 0");

    assertEquals(
        List.of(
            "a.yaml:11:27: `destinations.orders-kinesis.account.credentialsVersion` is less than"
                + " 1; use a whole number of at least 1"),
        diagnostics);
  }

  @Test
  void reportsAnotherFormatVersionOnly() {
    List<String> diagnostics = diagnosticsAfter(1, "version: 2\nsurprise: new-in-version-2");

    assertEquals(
        List.of(
            "a.yaml:1:10: format version 2 is not supported; this engine reads version 1; write"
                + " the file in format version 1 and set `version: 1`, or use an engine that reads"
                + " version 2"),
        diagnostics);
  }

  @Test
  void reportsAMissingVersion() {
    List<String> diagnostics = diagnosticsAfter(1, "# no version");

    assertEquals(
        List.of("a.yaml:1:1: the file is missing `version`; add `version: 1` (Format version)"),
        diagnostics);
  }

  @Test
  void reportsEveryMistakeOfAFileSortedByPosition() {
    Fixture fixture = new Fixture(dir);
    fixture.write(
        "a.yaml",
        "version: 1",
        "sandbox: Prod",
        "destinations:",
        "  web-clicks:",
        "    type: azure-event-hubs",
        "    name: Web clicks",
        "    account:",
        "      namespace: acme-events",
        "      sasKey: plain-text-key",
        "    eventHub: clicks",
        "activations:",
        "  - destination: web-clicks",
        "    audiences:",
        "      - id: not-a-uuid",
        "    attributes: [person..name]",
        "  - audiences: []");

    List<String> diagnostics = fixture.diagnostics("a.yaml");

    assertEquals(
        List.of(
            "a.yaml:2:10: `sandbox` is not a valid sandbox name; write lowercase letters, digits"
                + " and hyphens, starting with a letter or digit, such as `prod`",
            "a.yaml:7:5: `destinations.web-clicks.account` is missing `sasKeyName`; add"
                + " `sasKeyName: engine-send` (SAS key name)",
            "a.yaml:9:15: `destinations.web-clicks.account.sasKey` is a secret written into the"
                + " file, which is not allowed; keep the secret out of the file: write"
                + " `${env:NAME}` and set that environment variable, or `${file:PATH}` naming a"
                + " file that holds it",
            "a.yaml:14:13: `activations[0].audiences[0].id` is not a valid audience id; write a"
                + " UUID such as `9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10`",
            "a.yaml:15:18: `activations[0].attributes[0]` is not a valid XDM path; write names of"
                + " letters, digits and `_` joined by dots, such as `person.name.firstName`",
            "a.yaml:16:5: `activations[1]` is missing `destination`; add `destination:"
                + " orders-kinesis` (Destination key)"),
        diagnostics);
  }
}
