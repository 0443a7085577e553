package engine.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of streaming destination the engine manages, with the Flow Service connection spec each
 * maps to. Both specs are used for the base connection (the account) and the target connection (the
 * stream).
 */
public enum DestinationType {
  AMAZON_KINESIS(
      "amazon-kinesis",
      "86043421-563b-46ec-8e6c-e23184711bf6",
      "Aws Kinesis authentication credentials",
      List.of("secretKey")),
  AZURE_EVENT_HUBS(
      "azure-event-hubs",
      "bf9f5905-92b7-48bf-bf20-455bc6b60a4e",
      "Azure EventHub authentication credentials",
      List.of("sasKey"));

  private final String yamlName;
  private final String connectionSpecId;
  private final String authSpecName;
  private final List<String> secretParams;

  DestinationType(
      String yamlName, String connectionSpecId, String authSpecName, List<String> secretParams) {
    this.yamlName = yamlName;
    this.connectionSpecId = connectionSpecId;
    this.authSpecName = authSpecName;
    this.secretParams = secretParams;
  }

  /** The value of {@code type} in the configuration file. */
  public String yamlName() {
    return yamlName;
  }

  /** The Flow Service connection spec id of both the base and the target connection. */
  public String connectionSpecId() {
    return connectionSpecId;
  }

  /** The {@code auth.specName} of the base connection. */
  public String authSpecName() {
    return authSpecName;
  }

  /** Names of the auth params that are write-only secrets. */
  public List<String> secretParams() {
    return secretParams;
  }

  public static Optional<DestinationType> fromYamlName(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
  }

  public static Optional<DestinationType> fromConnectionSpecId(String id) {
    return Arrays.stream(values()).filter(t -> t.connectionSpecId.equals(id)).findFirst();
  }
}
