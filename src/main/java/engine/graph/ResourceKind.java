package engine.graph;

/** The kinds of resource a configuration implies, in the order Flow Service needs them made. */
public enum ResourceKind {
  /** The base connection to Profile data that the source connection hangs off; one per sandbox. */
  PROFILE_BASE_CONNECTION("profile", "base-connection"),
  /**
   * The source connection to Profile data that every destination dataflow reads; one per sandbox.
   */
  PROFILE_SOURCE_CONNECTION("profile", "source-connection"),
  /** A destination's account: its credentials and region or namespace. */
  BASE_CONNECTION("destination", "base-connection"),
  /** A destination's stream or event hub. */
  TARGET_CONNECTION("destination", "target-connection"),
  /** The dataflow from the Profile source connection to a destination's target connection. */
  DATAFLOW("destination", "dataflow"),
  /** The audiences and profile attributes patched onto a destination's dataflow. */
  ACTIVATION("destination", "activation");

  private final String scope;
  private final String label;

  ResourceKind(String scope, String label) {
    this.scope = scope;
    this.label = label;
  }

  /** The kind as written in addresses, e.g. {@code target-connection}. */
  public String label() {
    return label;
  }

  /** Whether one resource of this kind exists per destination, rather than per sandbox. */
  public boolean perDestination() {
    return scope.equals("destination");
  }

  /** The kind's words for people: {@code target connection}. */
  public String words() {
    return label.replace('-', ' ');
  }
}
