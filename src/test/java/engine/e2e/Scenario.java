package engine.e2e;

/**
 * One step of a configuration that changes over time, written as the YAML a user keeps: four
 * destinations, two of them activated, then edited, switched off and on, moved to another type and
 * removed.
 *
 * @param destinations whether any destination is configured
 * @param ordersEdited whether {@code orders} is renamed, re-described, pointed at another stream,
 *     given a raised credentials version and new audiences and attributes
 * @param clicksEnabled whether the {@code clicks} dataflow runs
 * @param movingToEventHubs whether {@code moving} is an Event Hubs destination instead of Kinesis
 * @param legacy whether {@code legacy} is still configured
 */
record Scenario(
    boolean destinations,
    boolean ordersEdited,
    boolean clicksEnabled,
    boolean movingToEventHubs,
    boolean legacy) {

  static Scenario initial() {
    return new Scenario(true, false, true, false, true);
  }

  static Scenario empty() {
    return new Scenario(false, false, true, false, false);
  }

  Scenario withOrdersEdited() {
    return new Scenario(destinations, true, clicksEnabled, movingToEventHubs, legacy);
  }

  Scenario withClicksEnabled(boolean enabled) {
    return new Scenario(destinations, ordersEdited, enabled, movingToEventHubs, legacy);
  }

  Scenario withMovingToEventHubs() {
    return new Scenario(destinations, ordersEdited, clicksEnabled, true, legacy);
  }

  Scenario withoutLegacy() {
    return new Scenario(destinations, ordersEdited, clicksEnabled, movingToEventHubs, false);
  }

  String yaml() {
    StringBuilder yaml = new StringBuilder("version: 1\nsandbox: prod\n");
    if (!destinations) {
      return yaml.toString();
    }
    yaml.append("destinations:\n").append(orders()).append(clicks()).append(moving());
    if (legacy) {
      yaml.append(
          """
            legacy:
              type: amazon-kinesis
              name: Legacy export
              account:
                accessKeyId: AKIALEGACYEXAMPLE01
                secretKey: ${env:LEGACY_SECRET}
                region: eu-west-1
              stream: legacy-events
          """);
    }
    return yaml.append("activations:\n")
        .append(ordersActivation())
        .append(clicksActivation())
        .toString();
  }

  private String orders() {
    return """
          orders:
            type: amazon-kinesis
            name: %s
            description: %s
            account:
              accessKeyId: AKIAORDERSEXAMPLE01
              secretKey: ${env:ORDERS_SECRET}
              region: us-east-1
              credentialsVersion: %d
            stream: %s
        """
        .formatted(
            ordersEdited ? "Orders to Kinesis (all regions)" : "Orders to Kinesis",
            ordersEdited ? "Order events of every region" : "Order events",
            ordersEdited ? 2 : 1,
            ordersEdited ? "orders-v2" : "orders-events");
  }

  private String clicks() {
    return """
          clicks:
            type: azure-event-hubs
            name: Clicks to Event Hubs
            enabled: %s
            account:
              namespace: acme-events
              sasKeyName: engine-send
              sasKey: ${env:CLICKS_SAS_KEY}
            eventHub: clicks
        """
        .formatted(clicksEnabled);
  }

  private String moving() {
    if (movingToEventHubs) {
      return """
            moving:
              type: azure-event-hubs
              name: Moving destination
              account:
                namespace: acme-moved
                sasKeyName: engine-send
                sasKey: ${env:MOVING_SAS_KEY}
              eventHub: moved
          """;
    }
    return """
          moving:
            type: amazon-kinesis
            name: Moving destination
            account:
              accessKeyId: AKIAMOVINGEXAMPLE01
              secretKey: ${env:MOVING_SECRET}
              region: us-east-1
            stream: moving-events
        """;
  }

  private String ordersActivation() {
    if (ordersEdited) {
      return """
            - destination: orders
              audiences:
                - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10
                  name: Top customers
                - id: 6e0d7c1b-3a2f-4e8d-9b5c-0f1a2d3e4c56
                  name: Weekend browsers
              attributes:
                - personalEmail.address
                - person.gender
          """;
    }
    return """
          - destination: orders
            audiences:
              - id: 9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10
                name: High-value customers
              - id: 2b1d5c8e-0a4f-4a51-9e3b-7c6d5e4f3a21
                name: Lapsed buyers
            attributes:
              - person.name.firstName
              - personalEmail.address
        """;
  }

  private String clicksActivation() {
    return """
          - destination: clicks
            audiences:
              - id: 6e0d7c1b-3a2f-4e8d-9b5c-0f1a2d3e4c56
                name: Weekend browsers
            attributes:
              - mobilePhone.number
        """;
  }
}
