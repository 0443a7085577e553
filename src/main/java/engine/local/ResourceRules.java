package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/**
 * What a collection accepts and what the server derives for it. The same checks run on a create
 * body and on the result of a PATCH, so a patch cannot leave a resource in a shape a create would
 * refuse.
 */
interface ResourceRules {

  /** The collection these rules are for. */
  ResourceKind kind();

  /**
   * Checks a candidate document: a create body (before the server stamps it) or a patched document.
   * Throws the documented error when the candidate is refused.
   */
  void check(ObjectNode candidate, Tenant tenant, Problems problems);

  /**
   * Sets the fields the server derives from the candidate and the resources it references. {@code
   * previous} is the stored document before a patch, or an empty object on create.
   */
  void derive(ObjectNode document, JsonNode previous, Tenant tenant, long nowMillis);

  /** Checks that only apply to a create body: no server fields, no {@code state}, no stranger. */
  static void checkCreateBody(ObjectNode body, ResourceKind kind, Problems problems) {
    if (body.has("state")) {
      throw ApiError.flow(
          ErrorCode.STATE_ON_CREATE,
          "The field 'state' cannot be given when creating " + kind.path() + ".");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (kind.isServerField(name)) {
        problems.invalid(name + " is set by the server and cannot be given");
      }
    }
  }

  /** Checks shared by every client-written collection: known fields, a name, a description. */
  static void checkCommon(ObjectNode candidate, ResourceKind kind, Problems problems) {
    for (Iterator<String> names = candidate.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!kind.isKnownField(name)) {
        problems.invalid(name + " is not a field of " + kind.path());
      }
    }
    JsonNode name = candidate.get("name");
    if (name == null || name.isNull()) {
      problems.missing("name is required");
    } else if (!name.isTextual() || name.asText().isBlank()) {
      problems.invalid("name must be a non-empty string");
    }
    JsonNode description = candidate.get("description");
    if (description != null && !description.isTextual() && !description.isNull()) {
      problems.invalid("description must be a string");
    }
  }

  /**
   * The id of a spec reference such as {@code connectionSpec}; answers 422 when its version is
   * missing, as Adobe does.
   */
  static String specId(ObjectNode candidate, String field, Problems problems) {
    JsonNode spec = candidate.get(field);
    if (spec == null || spec.isNull()) {
      problems.missing(field + " is required");
      return "";
    }
    if (!spec.isObject() || !spec.path("id").isTextual()) {
      problems.missing(field + ".id is required");
      return "";
    }
    if (!spec.path("version").isTextual() || spec.path("version").asText().isBlank()) {
      throw ApiError.flow(
          ErrorCode.SPEC_VERSION_MISSING,
          field
              + ".version 'version' is required for spec info. Include the version alongside the"
              + " id; it is usually \"1.0\".");
    }
    return spec.path("id").asText();
  }

  /** Adobe's answer to a spec id it does not know. */
  static ApiError unknownSpec(String field, String id) {
    return ApiError.flow(
        ErrorCode.INVALID_REQUEST, "Please provide a valid spec id (" + field + ".id " + id + ")");
  }

  /** A {@code {id, version}} reference copied from a stored resource. */
  static ObjectNode specRef(JsonNode spec) {
    ObjectNode ref = Json.object();
    ref.put("id", spec.path("id").asText());
    ref.put("version", spec.path("version").asText("1.0"));
    return ref;
  }
}
