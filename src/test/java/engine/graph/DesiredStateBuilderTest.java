package engine.graph;

import static engine.graph.ConfigurationFixtures.activation;
import static engine.graph.ConfigurationFixtures.configuration;
import static engine.graph.ConfigurationFixtures.kinesis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import engine.config.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesiredStateBuilderTest {

  @Test
  void ordersEveryResourceAfterWhatItDependsOn() {
    var config = configuration(List.of(kinesis("orders", 10)), List.of());

    DesiredState state = ConfigurationFixtures.resolve(config);

    assertEquals(
        List.of(
            "profile.base-connection",
            "profile.source-connection",
            "destination.orders.base-connection",
            "destination.orders.target-connection",
            "destination.orders.dataflow",
            "destination.orders.activation"),
        state.graph().order().stream().map(Address::toString).toList());
  }

  @Test
  void impliesNoResourcesForAnEmptyConfiguration() {
    var config = configuration(List.of(), List.of());

    DesiredState state = ConfigurationFixtures.resolve(config);

    assertEquals(List.of(), state.graph().order(), "the Profile connections exist only for use");
  }

  @Test
  void mergesActivationEntriesForOneDestination() {
    var config =
        configuration(
            List.of(kinesis("orders", 1)),
            List.of(
                activation("orders", 20, List.of("seg-a"), List.of("person.name")),
                activation("orders", 30, List.of("seg-b"), List.of())));

    DesiredState state = ConfigurationFixtures.resolve(config);

    DesiredDestination orders = state.destination("orders").orElseThrow();
    assertEquals(2, orders.audiences().size(), "audiences of both entries are kept");
    assertEquals(1, orders.attributes().size());
  }

  @Test
  void reportsEveryUnknownDestinationWithASuggestion() {
    var config =
        configuration(
            List.of(kinesis("orders", 1)),
            List.of(
                activation("ordres", 20, List.of("seg-a"), List.of()),
                activation("billing", 30, List.of("seg-b"), List.of())));

    DesiredResult result = DesiredStateBuilder.build(config);

    List<Diagnostic> problems = assertInstanceOf(DesiredResult.Invalid.class, result).diagnostics();
    assertEquals(
        List.of(
            "test.yaml:20:3: activation names destination 'ordres', which is not defined;"
                + " did you mean 'orders'? Otherwise define it under destinations",
            "test.yaml:30:3: activation names destination 'billing', which is not defined;"
                + " use one of: orders"),
        problems.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void reportsAnAudienceActivatedTwiceWithBothPlaces() {
    var config =
        configuration(
            List.of(kinesis("orders", 1)),
            List.of(
                activation("orders", 20, List.of("seg-a"), List.of()),
                activation("orders", 40, List.of("seg-a"), List.of())));

    DesiredResult result = DesiredStateBuilder.build(config);

    List<Diagnostic> problems = assertInstanceOf(DesiredResult.Invalid.class, result).diagnostics();
    assertEquals(
        "test.yaml:41:3: audience 'seg-a' is activated twice for this destination"
            + " (also at test.yaml:21:3); remove one of the two entries",
        problems.get(0).toString());
  }
}
