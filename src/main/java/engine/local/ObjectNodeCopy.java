package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The view of a stored document that holds nothing to hide: a deep copy. */
final class ObjectNodeCopy {

  private ObjectNodeCopy() {}

  static ObjectNode of(ObjectNode stored) {
    return stored.deepCopy();
  }
}
