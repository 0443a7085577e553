package engine.config;

/**
 * JSON Pointers (RFC 6901) into a configuration file's tree, and their rendering for messages as a
 * dotted path in backquotes such as {@code `destinations.orders-kinesis.account.region`} or {@code
 * `activations[0].audiences[1].id`}.
 */
final class Pointers {

  static final String ROOT = "";

  private Pointers() {}

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer one level up; the root is its own parent. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? ROOT : pointer.substring(0, slash);
  }

  /** The last segment, unescaped; empty for the root. */
  static String lastSegment(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }

  /** The path for messages, in backquotes; "the file" for the root. */
  static String label(String pointer) {
    if (pointer.isEmpty()) {
      return "the file";
    }
    StringBuilder label = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = unescape(raw);
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        label.append('[').append(segment).append(']');
      } else {
        label.append(label.isEmpty() ? "" : ".").append(segment);
      }
    }
    return "`" + label + "`";
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
