package engine.testing;

/**
 * The two OpenAPI descriptions of Flow Service that Adobe publishes, each with the file it is read
 * from and the URI it is registered under for schema validation.
 */
public enum SpecDocument {
  /** The description of the destinations API; consulted first. */
  DESTINATIONS(
      "adobe-flow-service-destinations.openapi.yaml", "https://spec.test/destinations.json"),

  /** The general Flow Service description; consulted for operations the first one leaves out. */
  GENERAL("adobe-flow-service.openapi.yaml", "https://spec.test/flow-service.json");

  private final String fileName;
  private final String uri;

  SpecDocument(String fileName, String uri) {
    this.fileName = fileName;
    this.uri = uri;
  }

  /** The file name in the reference folder. */
  public String fileName() {
    return fileName;
  }

  /** The URI a {@code $ref} names this document by, for example across documents. */
  public String uri() {
    return uri;
  }
}
