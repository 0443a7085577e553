package engine.flowservice;

/** The Flow Service collections the engine reads and writes, by their path segment. */
public enum Collection {
  CONNECTIONS("connections"),
  SOURCE_CONNECTIONS("sourceConnections"),
  TARGET_CONNECTIONS("targetConnections"),
  FLOWS("flows");

  private final String path;

  Collection(String path) {
    this.path = path;
  }

  /** The path segment under {@code /data/foundation/flowservice}. */
  public String path() {
    return path;
  }
}
