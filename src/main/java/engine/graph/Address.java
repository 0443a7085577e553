package engine.graph;

import java.util.Comparator;

/**
 * Names one resource of a configuration, e.g. {@code destination.orders.dataflow} or {@code
 * profile.source-connection}. Addresses are stable across runs: they come from the destination key
 * the user chose, never from Flow Service ids.
 *
 * @param kind what the resource is
 * @param destination the destination key; empty for the sandbox-wide Profile resources
 */
public record Address(ResourceKind kind, String destination) implements Comparable<Address> {

  private static final Comparator<Address> ORDER =
      Comparator.comparing(Address::destination).thenComparing(Address::kind);

  public Address {
    if (kind.perDestination() == destination.isEmpty()) {
      throw new IllegalArgumentException(kind + " and destination '" + destination + "' disagree");
    }
  }

  public static Address profile(ResourceKind kind) {
    return new Address(kind, "");
  }

  public static Address of(String destination, ResourceKind kind) {
    return new Address(kind, destination);
  }

  /** Sandbox-wide resources first, then by destination key, then in making order. */
  @Override
  public int compareTo(Address other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return kind.perDestination()
        ? "destination." + destination + "." + kind.label()
        : "profile." + kind.label();
  }
}
