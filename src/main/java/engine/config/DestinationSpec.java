package engine.config;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A destination as configured: where data goes. It becomes a base connection (the account), a
 * target connection (the stream or event hub) and a dataflow.
 *
 * @param key the stable identifier the user chose (the key under {@code destinations}); it is
 *     written into the ownership marker of every resource made for this destination
 * @param type Amazon Kinesis or Azure Event Hubs
 * @param name display name of the dataflow and its connections
 * @param description description shown in Adobe's UI; may be empty
 * @param enabled whether the dataflow is enabled
 * @param account the credentials and where they apply (region or namespace)
 * @param target the target connection params ({@code stream} and {@code region} for Kinesis, {@code
 *     eventHubName} for Event Hubs)
 * @param adopt the id of a dataflow made outside the engine that this destination takes over; empty
 *     when it adopts nothing
 * @param position where the destination is written
 */
public record DestinationSpec(
    String key,
    DestinationType type,
    String name,
    String description,
    boolean enabled,
    AccountSpec account,
    Map<String, String> target,
    String adopt,
    SourcePosition position) {

  public DestinationSpec {
    target = Collections.unmodifiableSortedMap(new TreeMap<>(target));
  }

  /** The dataflow this destination takes over, if it adopts one. */
  public Optional<String> adoptedDataflow() {
    return adopt.isEmpty() ? Optional.empty() : Optional.of(adopt);
  }
}
