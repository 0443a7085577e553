package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Converts a YAML node graph into a JSON tree for the schema validator, recording where every node
 * and key was written. Scalars become numbers, booleans and nulls as the YAML 1.2 core schema reads
 * them, so {@code enabled: yes} stays the text "yes" and is caught by the schema.
 *
 * <p>Reports duplicate keys with both positions, keys that are not plain scalars, and tags other
 * than YAML's standard ones. The first of two duplicate keys is kept so that validation can go on.
 */
final class YamlToTree {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Set<Tag> STANDARD_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.ENV_TAG);

  private final Path file;
  private final Diagnostics diagnostics;
  private final Map<String, SourcePosition> nodePositions = new HashMap<>();
  private final Map<String, SourcePosition> keyPositions = new HashMap<>();

  private YamlToTree(Path file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Converts {@code root}; a file without content becomes an empty mapping. */
  static PositionedTree convert(Path file, Optional<Node> root, Diagnostics diagnostics) {
    YamlToTree converter = new YamlToTree(file, diagnostics);
    JsonNode tree =
        root.map(node -> converter.convert(node, Pointers.ROOT, Optional.empty()))
            .orElseGet(JSON::objectNode);
    return new PositionedTree(file, tree, converter.nodePositions, converter.keyPositions);
  }

  private JsonNode convert(Node node, String pointer, Optional<SourcePosition> key) {
    SourcePosition own = YamlReader.positionOf(file, node.getStartMark());
    if (!STANDARD_TAGS.contains(node.getTag())) {
      diagnostics.add(
          own,
          "the YAML tag `" + node.getTag().getValue() + "` is not supported here",
          "remove the tag; this format needs only plain values, mappings and lists");
    }
    JsonNode json =
        switch (node.getNodeType()) {
          case MAPPING -> mapping((MappingNode) node, pointer);
          case SEQUENCE -> sequence((SequenceNode) node, pointer);
          case SCALAR -> scalar((ScalarNode) node, own);
          case ANCHOR -> throw new IllegalStateException("anchor nodes are not composed");
        };
    boolean pointAtKey = json.isContainerNode() || json.isNull();
    if (pointer.equals(Pointers.ROOT)) {
      nodePositions.put(pointer, new SourcePosition(file, 1, 1));
    } else {
      nodePositions.put(pointer, pointAtKey ? key.orElse(own) : own);
    }
    return json;
  }

  private ObjectNode mapping(MappingNode node, String pointer) {
    ObjectNode object = JSON.objectNode();
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      SourcePosition keyPosition = YamlReader.positionOf(file, keyNode.getStartMark());
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        diagnostics.add(
            keyPosition,
            "a mapping key in " + Pointers.label(pointer) + " is not a plain name",
            "write keys as plain words such as `name`");
        continue;
      }
      String key = scalarKey.getValue();
      String child = Pointers.child(pointer, key);
      if (object.has(key)) {
        diagnostics.add(
            keyPosition,
            "the key `"
                + key
                + "` appears twice in "
                + Pointers.label(pointer)
                + " (first at "
                + keyPositions.get(child)
                + ")",
            "keep one of the two, or rename one if both are meant");
        continue;
      }
      keyPositions.put(child, keyPosition);
      object.set(key, convert(tuple.getValueNode(), child, Optional.of(keyPosition)));
    }
    return object;
  }

  private ArrayNode sequence(SequenceNode node, String pointer) {
    ArrayNode array = JSON.arrayNode();
    for (Node item : node.getValue()) {
      array.add(convert(item, Pointers.child(pointer, array.size()), Optional.empty()));
    }
    return array;
  }

  private JsonNode scalar(ScalarNode node, SourcePosition position) {
    String text = node.getValue();
    Tag tag = node.getTag();
    try {
      if (tag.equals(Tag.NULL)) {
        return JSON.nullNode();
      } else if (tag.equals(Tag.BOOL)) {
        return JSON.booleanNode(text.toLowerCase(Locale.ROOT).equals("true"));
      } else if (tag.equals(Tag.INT)) {
        return integer(text);
      } else if (tag.equals(Tag.FLOAT)) {
        return decimal(text);
      }
      return JSON.textNode(text);
    } catch (NumberFormatException e) {
      diagnostics.add(
          position,
          "a value tagged `" + tag.getValue() + "` is not a number",
          "remove the tag or write a number");
      return JSON.textNode(text);
    }
  }

  private static JsonNode integer(String text) {
    String digits = text.startsWith("+") ? text.substring(1) : text;
    BigInteger value;
    if (digits.startsWith("0x")) {
      value = new BigInteger(digits.substring(2), 16);
    } else if (digits.startsWith("0o")) {
      value = new BigInteger(digits.substring(2), 8);
    } else {
      value = new BigInteger(digits);
    }
    if (value.bitLength() < 32) {
      return JSON.numberNode(value.intValue());
    }
    return value.bitLength() < 64 ? JSON.numberNode(value.longValue()) : JSON.numberNode(value);
  }

  private static JsonNode decimal(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf")) {
      return JSON.numberNode(
          lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    } else if (lower.equals(".nan")) {
      return JSON.numberNode(Double.NaN);
    }
    return JSON.numberNode(new BigDecimal(text));
  }
}
