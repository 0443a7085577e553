package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the tree of one schema-valid file onto the configuration records, resolving references on
 * the way. The schema has already vouched for the shape, so fields are read without checks of their
 * own; references are the only thing that can still be wrong here.
 */
final class TreeMapper {

  /** What one file contributes to the configuration. */
  record FileContent(List<DestinationSpec> destinations, List<ActivationSpec> activations) {}

  private final PositionedTree tree;
  private final References references;
  private final Diagnostics diagnostics;

  private TreeMapper(PositionedTree tree, References references, Diagnostics diagnostics) {
    this.tree = tree;
    this.references = references;
    this.diagnostics = diagnostics;
  }

  static FileContent map(PositionedTree tree, References references, Diagnostics diagnostics) {
    TreeMapper mapper = new TreeMapper(tree, references, diagnostics);
    List<DestinationSpec> destinations = new ArrayList<>();
    tree.at("/destinations")
        .fieldNames()
        .forEachRemaining(key -> mapper.destination(key).ifPresent(destinations::add));
    List<ActivationSpec> activations = new ArrayList<>();
    for (int i = 0; i < tree.at("/activations").size(); i++) {
      activations.add(mapper.activation(Pointers.child("/activations", i)));
    }
    return new FileContent(destinations, activations);
  }

  private Optional<DestinationSpec> destination(String key) {
    String pointer = Pointers.child("/destinations", key);
    JsonNode node = tree.at(pointer);
    DestinationType type = DestinationType.fromYamlName(node.get("type").asText()).orElseThrow();
    Optional<AccountSpec> account = account(type, Pointers.child(pointer, "account"));
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> target =
        switch (type) {
          case AMAZON_KINESIS ->
              Map.of(
                  "stream", node.get("stream").asText(),
                  "region", account.get().params().get("region"));
          case AZURE_EVENT_HUBS -> Map.of("eventHubName", node.get("eventHub").asText());
        };
    return Optional.of(
        new DestinationSpec(
            key,
            type,
            node.get("name").asText(),
            node.path("description").asText(""),
            node.path("enabled").asBoolean(true),
            account.get(),
            target,
            tree.keyPosition(pointer)));
  }

  /** The account, or empty when one of its references cannot be read (already diagnosed). */
  private Optional<AccountSpec> account(DestinationType type, String pointer) {
    JsonNode node = tree.at(pointer);
    int before = diagnostics.count();
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, SecretRef> secrets = new LinkedHashMap<>();
    node.fieldNames()
        .forEachRemaining(
            field -> {
              if (field.equals("credentialsVersion")) {
                return;
              }
              String fieldPointer = Pointers.child(pointer, field);
              SourcePosition position = tree.position(fieldPointer);
              String label = Pointers.label(fieldPointer);
              String text = node.get(field).asText();
              Optional<SecretRef> ref = References.parse(text, tree.file());
              if (type.secretParams().contains(field)) {
                references.checkPresent(ref.orElseThrow(), position, label, diagnostics);
                secrets.put(field, ref.orElseThrow());
              } else if (ref.isPresent()) {
                references
                    .resolve(ref.get(), position, label, diagnostics)
                    .ifPresent(value -> params.put(field, value));
              } else {
                params.put(field, text);
              }
            });
    if (diagnostics.count() > before) {
      return Optional.empty();
    }
    int credentialsVersion = node.path("credentialsVersion").asInt(1);
    return Optional.of(
        new AccountSpec(params, secrets, credentialsVersion, tree.keyPosition(pointer)));
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
