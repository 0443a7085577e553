package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import com.flipkart.zjsonpatch.JsonPatchApplicationException;
import java.util.Locale;
import java.util.Set;

/**
 * An RFC 6902 patch as Flow Service takes it: {@code add}, {@code replace} and {@code remove} (in
 * any letter case), applied in order. {@code move} is refused as Adobe refuses it, and so are
 * {@code copy} and {@code test}, which Adobe does not list. No operation may touch a field the
 * server owns.
 */
final class PatchRequest {

  private static final Set<String> SUPPORTED = Set.of("add", "replace", "remove");
  private static final Set<String> UNSUPPORTED = Set.of("move", "copy", "test");

  private final ArrayNode operations;

  private PatchRequest(ArrayNode operations) {
    this.operations = operations;
  }

  /**
   * Reads a patch body. Adobe's examples send an array; its spec for base connections describes a
   * single operation object, which is read as an array of one.
   */
  static PatchRequest parse(JsonNode body, ResourceKind kind) {
    ArrayNode operations = Json.array();
    if (body instanceof ObjectNode single) {
      operations.add(single.deepCopy());
    } else if (body instanceof ArrayNode array && !array.isEmpty()) {
      array.forEach(op -> operations.add(op.deepCopy()));
    } else {
      throw ApiError.flow(
          ErrorCode.INVALID_REQUEST, "The body must be a non-empty JSON Patch array.");
    }
    int index = 0;
    for (JsonNode op : operations) {
      check(op, index++, kind);
    }
    return new PatchRequest(operations);
  }

  private static void check(JsonNode node, int index, ResourceKind kind) {
    if (!(node instanceof ObjectNode op)) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "Operation " + index + " is not an object.");
    }
    String name = op.path("op").asText("").toLowerCase(Locale.ROOT);
    if (UNSUPPORTED.contains(name)) {
      throw ApiError.flow(
          ErrorCode.UNSUPPORTED_PATCH_OPERATION, "Unsupported operation '" + name + "'");
    }
    if (!SUPPORTED.contains(name)) {
      throw ApiError.flow(
          ErrorCode.INVALID_REQUEST,
          "Operation "
              + index
              + " has op '"
              + op.path("op").asText("")
              + "'; use add, replace"
              + " or remove.");
    }
    op.put("op", name);
    if (!op.path("path").isTextual() || !op.path("path").asText().startsWith("/")) {
      throw ApiError.flow(
          ErrorCode.MISSING_FIELD, "Operation " + index + " needs a path starting with '/'.");
    }
    if (!name.equals("remove") && !op.has("value")) {
      throw ApiError.flow(ErrorCode.MISSING_FIELD, "Operation " + index + " needs a value.");
    }
    checkPath(op.path("path").asText(), kind);
  }

  private static void checkPath(String path, ResourceKind kind) {
    String[] segments = path.substring(1).split("/", -1);
    String top = segments[0];
    if (top.equals("connectionSpec")) {
      throw ApiError.flow(
          ErrorCode.CONNECTION_SPEC_CHANGE, "The connection spec of a connection cannot change.");
    }
    if (top.equals("flowSpec")) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "The flow spec of a dataflow cannot change.");
    }
    String last = segments[segments.length - 1];
    boolean serverOwned =
        kind.isServerField(top)
            || last.equals("createTime")
            || last.equals("updateTime")
            || path.equals("/auth/params/" + ConnectionRules.AUTHORIZED_DATE);
    if (serverOwned) {
      throw ApiError.flow(
          ErrorCode.INVALID_REQUEST,
          "The path " + path + " is managed by the server and cannot be patched.");
    }
  }

  /** The operations, normalised to lower-case names. */
  ArrayNode operations() {
    return operations.deepCopy();
  }

  /** The document after every operation, applied in order; the input is left unchanged. */
  ObjectNode applyTo(ObjectNode document) {
    try {
      JsonNode result = JsonPatch.apply(operations, document);
      if (!(result instanceof ObjectNode patched)) {
        throw ApiError.flow(ErrorCode.INVALID_REQUEST, "The patch must leave an object.");
      }
      return patched;
    } catch (JsonPatchApplicationException e) {
      throw ApiError.flow(
          ErrorCode.INVALID_REQUEST, "The patch cannot be applied: " + e.getMessage());
    }
  }
}
