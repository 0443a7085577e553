package engine.graph;

import engine.config.ActivationSpec;
import engine.config.AttributeSpec;
import engine.config.AudienceSpec;
import engine.config.Configuration;
import engine.config.DestinationSpec;
import engine.config.Diagnostic;
import engine.config.SourcePosition;
import engine.config.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Resolves a configuration into the desired state: merges the activation entries into the
 * destinations they name and builds the resource graph. Every unknown destination and every
 * audience or attribute named twice for one destination is reported, not just the first.
 */
public final class DesiredStateBuilder {

  private DesiredStateBuilder() {}

  public static DesiredResult build(Configuration configuration) {
    Map<String, DestinationSpec> destinations = new TreeMap<>();
    configuration.destinations().forEach(d -> destinations.put(d.key(), d));
    Map<String, Map<String, AudienceSpec>> audiences = new TreeMap<>();
    Map<String, Map<String, AttributeSpec>> attributes = new TreeMap<>();
    destinations
        .keySet()
        .forEach(
            k -> {
              audiences.put(k, new LinkedHashMap<>());
              attributes.put(k, new LinkedHashMap<>());
            });

    List<Diagnostic> problems = new ArrayList<>();
    for (ActivationSpec activation : configuration.activations()) {
      if (!destinations.containsKey(activation.destination())) {
        problems.add(unknownDestination(activation, destinations.keySet()));
        continue;
      }
      merge(
          activation.audiences(),
          AudienceSpec::id,
          AudienceSpec::position,
          "audience",
          audiences.get(activation.destination()),
          problems);
      merge(
          activation.attributes(),
          AttributeSpec::path,
          AttributeSpec::position,
          "attribute",
          attributes.get(activation.destination()),
          problems);
    }

    List<DesiredDestination> merged = new ArrayList<>();
    destinations.forEach(
        (key, spec) ->
            merged.add(
                new DesiredDestination(
                    spec,
                    List.copyOf(audiences.get(key).values()),
                    List.copyOf(attributes.get(key).values()))));
    GraphResult graph = graphOf(merged);
    if (graph instanceof GraphResult.Invalid invalid) {
      problems.addAll(invalid.diagnostics());
    }
    if (!problems.isEmpty()) {
      Collections.sort(problems);
      return new DesiredResult.Invalid(problems);
    }
    return new DesiredResult.Resolved(
        new DesiredState(
            configuration.sandbox(),
            configuration.owner(),
            merged,
            ((GraphResult.Built) graph).graph()));
  }

  /** The resources every destination implies, and the Profile connections they share. */
  static GraphResult graphOf(List<DesiredDestination> destinations) {
    ResourceGraph.Builder graph = ResourceGraph.builder();
    if (destinations.isEmpty()) {
      return graph.build();
    }
    SourcePosition first = destinations.get(0).spec().position();
    for (ResourceKind kind :
        List.of(ResourceKind.PROFILE_BASE_CONNECTION, ResourceKind.PROFILE_SOURCE_CONNECTION)) {
      Address address = Address.profile(kind);
      graph.add(address, dependenciesOf(address), first);
    }
    for (DesiredDestination destination : destinations) {
      for (ResourceKind kind : ResourceKind.values()) {
        if (kind.perDestination()) {
          Address address = Address.of(destination.key(), kind);
          graph.add(address, dependenciesOf(address), destination.spec().position());
        }
      }
    }
    return graph.build();
  }

  /**
   * What a resource needs to exist first. The shape is fixed: a target connection hangs off its
   * base connection, a dataflow reads the Profile source connection and writes to the target
   * connection, and the activation is patched onto the dataflow.
   */
  public static Set<Address> dependenciesOf(Address address) {
    String key = address.destination();
    return switch (address.kind()) {
      case PROFILE_BASE_CONNECTION, BASE_CONNECTION -> Set.of();
      case PROFILE_SOURCE_CONNECTION ->
          Set.of(Address.profile(ResourceKind.PROFILE_BASE_CONNECTION));
      case TARGET_CONNECTION -> Set.of(Address.of(key, ResourceKind.BASE_CONNECTION));
      case DATAFLOW ->
          Set.of(
              Address.profile(ResourceKind.PROFILE_SOURCE_CONNECTION),
              Address.of(key, ResourceKind.TARGET_CONNECTION));
      case ACTIVATION -> Set.of(Address.of(key, ResourceKind.DATAFLOW));
    };
  }

  private static <T> void merge(
      List<T> entries,
      Function<T, String> key,
      Function<T, SourcePosition> position,
      String noun,
      Map<String, T> into,
      List<Diagnostic> problems) {
    for (T entry : entries) {
      T earlier = into.putIfAbsent(key.apply(entry), entry);
      if (earlier != null) {
        problems.add(
            new Diagnostic(
                position.apply(entry),
                noun
                    + " '"
                    + key.apply(entry)
                    + "' is activated twice for this destination"
                    + " (also at "
                    + position.apply(earlier)
                    + ")",
                "remove one of the two entries"));
      }
    }
  }

  private static Diagnostic unknownDestination(ActivationSpec activation, Set<String> known) {
    String fix =
        Suggestions.nearest(activation.destination(), known)
            .map(k -> "did you mean '" + k + "'? Otherwise define it under destinations")
            .orElse(
                known.isEmpty()
                    ? "define it under destinations"
                    : "use one of: " + String.join(", ", known));
    return new Diagnostic(
        activation.position(),
        "activation names destination '" + activation.destination() + "', which is not defined",
        fix);
  }
}
