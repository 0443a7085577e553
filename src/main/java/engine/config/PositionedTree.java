package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;

/**
 * One configuration file as a JSON tree, with where every node and every mapping key was written.
 * Positions are looked up by JSON Pointer, the same form the schema validator reports.
 *
 * @param file the file as the user named it
 * @param root the document; an empty object for a file without content
 * @param nodePositions where to point at a node: a scalar's own position, or the key that holds a
 *     collection or an empty value, since that is the line a reader looks for
 * @param keyPositions where each mapping key is written, by the pointer of its value
 */
record PositionedTree(
    Path file,
    JsonNode root,
    Map<String, SourcePosition> nodePositions,
    Map<String, SourcePosition> keyPositions) {

  PositionedTree {
    nodePositions = Map.copyOf(nodePositions);
    keyPositions = Map.copyOf(keyPositions);
  }

  /** Where the node at {@code pointer} is, or its nearest known ancestor. */
  SourcePosition position(String pointer) {
    String current = pointer;
    while (!nodePositions.containsKey(current)) {
      if (current.isEmpty()) {
        return new SourcePosition(file, 1, 1);
      }
      current = Pointers.parent(current);
    }
    return nodePositions.get(current);
  }

  /** Where the key holding the node at {@code pointer} is; the node's position when it has none. */
  SourcePosition keyPosition(String pointer) {
    SourcePosition key = keyPositions.get(pointer);
    return key != null ? key : position(pointer);
  }

  /** The node at {@code pointer}; a missing node when there is none. */
  JsonNode at(String pointer) {
    return root.at(pointer);
  }
}
