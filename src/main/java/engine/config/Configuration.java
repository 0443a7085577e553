package engine.config;

import java.util.List;

/**
 * The desired state as loaded from one or more configuration files, before references between
 * activations and destinations are resolved.
 *
 * @param sandbox the sandbox every resource lives in
 * @param owner the name that sets this configuration's resources apart from those of other
 *     configurations managing the same sandbox; empty when it is the only one
 * @param destinations every destination, in file order
 * @param activations every activation entry, in file order
 */
public record Configuration(
    String sandbox,
    String owner,
    List<DestinationSpec> destinations,
    List<ActivationSpec> activations) {

  public Configuration {
    destinations = List.copyOf(destinations);
    activations = List.copyOf(activations);
  }

  /** A configuration that is the only one managing its sandbox. */
  public Configuration(
      String sandbox, List<DestinationSpec> destinations, List<ActivationSpec> activations) {
    this(sandbox, "", destinations, activations);
  }
}
