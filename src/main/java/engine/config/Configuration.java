package engine.config;

import java.util.List;

/**
 * The desired state as loaded from one or more configuration files, before references between
 * activations and destinations are resolved.
 *
 * @param sandbox the sandbox every resource lives in
 * @param destinations every destination, in file order
 * @param activations every activation entry, in file order
 */
public record Configuration(
    String sandbox, List<DestinationSpec> destinations, List<ActivationSpec> activations) {

  public Configuration {
    destinations = List.copyOf(destinations);
    activations = List.copyOf(activations);
  }
}
