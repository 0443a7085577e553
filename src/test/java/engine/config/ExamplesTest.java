package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped examples load into exactly the configuration they describe. */
class ExamplesTest {

  private static final Path QUICKSTART = Path.of("examples", "quickstart");
  private static final Path TWO_TEAMS = Path.of("examples", "two-teams");

  @Test
  void loadsTheQuickstartWithNoEnvironment() {
    Path file = QUICKSTART.resolve("engine.yaml");

    LoadResult result = new ConfigLoader(name -> null).load(List.of(QUICKSTART));

    AccountSpec account =
        new AccountSpec(
            Map.of("accessKeyId", "AKIAENGINEQUICKSTART", "region", "us-east-1"),
            Map.of(
                "secretKey",
                new SecretRef(
                    SecretRef.Source.FILE,
                    QUICKSTART.resolve("demo-secret-key.txt").toAbsolutePath().toString())),
            1,
            at(file, 14, 5));
    DestinationSpec destination =
        new DestinationSpec(
            "orders-kinesis",
            DestinationType.AMAZON_KINESIS,
            "Orders to Kinesis",
            "Order events for the fulfilment team",
            true,
            account,
            Map.of("stream", "orders-events", "region", "us-east-1"),
            "",
            at(file, 10, 3));
    ActivationSpec activation =
        new ActivationSpec(
            "orders-kinesis",
            List.of(
                new AudienceSpec(
                    "9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10",
                    "High-value customers",
                    at(file, 26, 9)),
                new AudienceSpec(
                    "2b1d5c8e-0a4f-4a51-9e3b-7c6d5e4f3a21", "Lapsed buyers", at(file, 28, 9))),
            List.of(
                new AttributeSpec("person.name.firstName", at(file, 31, 9)),
                new AttributeSpec("personalEmail.address", at(file, 32, 9))),
            at(file, 24, 18));
    assertEquals(
        new LoadResult.Loaded(new Configuration("prod", List.of(destination), List.of(activation))),
        result);
  }

  @Test
  void loadsTheTwoTeamExampleWithItsVariablesSet() {
    Map<String, String> environment =
        Map.of(
            "AWS_ACCESS_KEY_ID", "AKIATWOTEAMSEXAMPLE1",
            "AWS_SECRET_ACCESS_KEY", "not-read-into-the-model",
            "EVENTHUB_SAS_KEY", "not-read-either");
    Path destinations = TWO_TEAMS.resolve("destinations.yaml");
    Path activations = TWO_TEAMS.resolve("activations.yaml");

    LoadResult result = new ConfigLoader(environment::get).load(List.of(TWO_TEAMS));

    DestinationSpec kinesis =
        new DestinationSpec(
            "orders-kinesis",
            DestinationType.AMAZON_KINESIS,
            "Orders to Kinesis",
            "Order events for the fulfilment team",
            true,
            new AccountSpec(
                Map.of("accessKeyId", "AKIATWOTEAMSEXAMPLE1", "region", "eu-west-1"),
                Map.of("secretKey", new SecretRef(SecretRef.Source.ENV, "AWS_SECRET_ACCESS_KEY")),
                1,
                at(destinations, 13, 5)),
            Map.of("stream", "orders-events", "region", "eu-west-1"),
            "",
            at(destinations, 9, 3));
    DestinationSpec eventHubs =
        new DestinationSpec(
            "web-clicks",
            DestinationType.AZURE_EVENT_HUBS,
            "Web clicks to Event Hubs",
            "Clickstream for the analytics team",
            true,
            new AccountSpec(
                Map.of("namespace", "acme-events", "sasKeyName", "engine-send"),
                Map.of("sasKey", new SecretRef(SecretRef.Source.ENV, "EVENTHUB_SAS_KEY")),
                1,
                at(destinations, 26, 5)),
            Map.of("eventHubName", "clicks"),
            "",
            at(destinations, 21, 3));
    ActivationSpec toKinesis =
        new ActivationSpec(
            "orders-kinesis",
            List.of(
                new AudienceSpec(
                    "9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10",
                    "High-value customers",
                    at(activations, 10, 9)),
                new AudienceSpec(
                    "2b1d5c8e-0a4f-4a51-9e3b-7c6d5e4f3a21",
                    "Lapsed buyers",
                    at(activations, 12, 9))),
            List.of(
                new AttributeSpec("person.name.firstName", at(activations, 15, 9)),
                new AttributeSpec("person.name.lastName", at(activations, 16, 9)),
                new AttributeSpec("personalEmail.address", at(activations, 17, 9))),
            at(activations, 8, 18));
    ActivationSpec toEventHubs =
        new ActivationSpec(
            "web-clicks",
            List.of(
                new AudienceSpec(
                    "6e0d7c1b-3a2f-4e8d-9b5c-0f1a2d3e4c56",
                    "Weekend browsers",
                    at(activations, 21, 9)),
                new AudienceSpec(
                    "9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10",
                    "High-value customers",
                    at(activations, 23, 9))),
            List.of(
                new AttributeSpec("personalEmail.address", at(activations, 26, 9)),
                new AttributeSpec("mobilePhone.number", at(activations, 27, 9))),
            at(activations, 19, 18));
    assertEquals(
        new LoadResult.Loaded(
            new Configuration(
                "prod", List.of(kinesis, eventHubs), List.of(toKinesis, toEventHubs))),
        result,
        "activations.yaml sorts before destinations.yaml, but destinations come from the latter");
  }

  @Test
  void reportsEveryVariableTheTwoTeamExampleNeeds() {
    LoadResult result = new ConfigLoader(name -> null).load(List.of(TWO_TEAMS));

    List<String> variables =
        assertInstanceOf(LoadResult.Invalid.class, result, "no variable is set")
            .diagnostics()
            .stream()
            .map(Diagnostic::summary)
            .map(summary -> summary.replaceAll(".*variable `([A-Z_]+)`.*", "$1"))
            .toList();
    assertEquals(
        List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "EVENTHUB_SAS_KEY"), variables);
  }

  @Test
  void everyExampleFileNamesTheSchemaForEditors() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
      files = walk.filter(path -> path.toString().matches(".*\\.ya?ml")).sorted().toList();
    }

    assertEquals(3, files.size(), "the examples: " + files);
    for (Path file : files) {
      String first = Files.readAllLines(file).get(0);
      assertTrue(
          first.equals("# yaml-language-server: $schema=../../schemas/engine.schema.json"),
          file + " starts with " + first);
    }
  }

  private static SourcePosition at(Path file, int line, int column) {
    return new SourcePosition(file, line, column);
  }
}
