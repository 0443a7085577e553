package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the tree of one schema-valid file onto the configuration records, resolving references on
 * the way. The schema has already vouched for the shape, so fields are read without checks of their
 * own; references are the only thing that can still be wrong here.
 */
final class TreeMapper {

  /** What one file contributes to the configuration. */
  record FileContent(List<DestinationSpec> destinations, List<ActivationSpec> activations) {}

  private final PositionedTree tree;
  private final Map<String, String> resolved;

  private TreeMapper(PositionedTree tree, Map<String, String> resolved) {
    this.tree = tree;
    this.resolved = resolved;
  }

  /**
   * @param resolved the values of the references in non-secret fields, by pointer
   */
  static FileContent map(PositionedTree tree, Map<String, String> resolved) {
    TreeMapper mapper = new TreeMapper(tree, resolved);
    List<DestinationSpec> destinations = new ArrayList<>();
    tree.at("/destinations")
        .fieldNames()
        .forEachRemaining(key -> destinations.add(mapper.destination(key)));
    List<ActivationSpec> activations = new ArrayList<>();
    for (int i = 0; i < tree.at("/activations").size(); i++) {
      activations.add(mapper.activation(Pointers.child("/activations", i)));
    }
    return new FileContent(destinations, activations);
  }

  private DestinationSpec destination(String key) {
    String pointer = Pointers.child("/destinations", key);
    JsonNode node = tree.at(pointer);
    DestinationType type = DestinationType.fromYamlName(node.get("type").asText()).orElseThrow();
    AccountSpec account = account(type, Pointers.child(pointer, "account"));
    Map<String, String> target =
        switch (type) {
          case AMAZON_KINESIS ->
              Map.of(
                  "stream", node.get("stream").asText(),
                  "region", account.params().get("region"));
          case AZURE_EVENT_HUBS -> Map.of("eventHubName", node.get("eventHub").asText());
        };
    return new DestinationSpec(
        key,
        type,
        node.get("name").asText(),
        node.path("description").asText(""),
        node.path("enabled").asBoolean(true),
        account,
        target,
        node.path("adopt").asText(""),
        tree.keyPosition(pointer));
  }

  private AccountSpec account(DestinationType type, String pointer) {
    JsonNode node = tree.at(pointer);
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, SecretRef> secrets = new LinkedHashMap<>();
    node.fieldNames()
        .forEachRemaining(
            field -> {
              String text = node.get(field).asText();
              String fieldPointer = Pointers.child(pointer, field);
              if (type.secretParams().contains(field)) {
                secrets.put(field, References.parse(text, tree.file()).orElseThrow());
              } else if (!field.equals("credentialsVersion")) {
                params.put(field, resolved.getOrDefault(fieldPointer, text));
              }
            });
    int credentialsVersion = node.path("credentialsVersion").asInt(1);
    return new AccountSpec(params, secrets, credentialsVersion, tree.keyPosition(pointer));
  }

  private ActivationSpec activation(String pointer) {
    JsonNode node = tree.at(pointer);
    List<AudienceSpec> audiences = new ArrayList<>();
    for (int i = 0; i < node.path("audiences").size(); i++) {
      String audience = Pointers.child(Pointers.child(pointer, "audiences"), i);
      audiences.add(
          new AudienceSpec(
              tree.at(audience).get("id").asText(),
              tree.at(audience).path("name").asText(""),
              tree.position(audience)));
    }
    List<AttributeSpec> attributes = new ArrayList<>();
    for (int i = 0; i < node.path("attributes").size(); i++) {
      String attribute = Pointers.child(Pointers.child(pointer, "attributes"), i);
      attributes.add(new AttributeSpec(tree.at(attribute).asText(), tree.position(attribute)));
    }
    return new ActivationSpec(
        node.get("destination").asText(),
        audiences,
        attributes,
        tree.position(Pointers.child(pointer, "destination")));
  }
}
