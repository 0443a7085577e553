package engine.local;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The collections the local Flow Service keeps per sandbox, with the fields the server owns and the
 * fields a list may filter and sort on.
 */
enum ResourceKind {
  CONNECTIONS("connections", Set.of(), Set.of("name", "description", "connectionSpec", "auth")),
  SOURCE_CONNECTIONS(
      "sourceConnections",
      Set.of("typeInfo"),
      Set.of("name", "description", "connectionSpec", "baseConnectionId", "data", "params")),
  TARGET_CONNECTIONS(
      "targetConnections",
      Set.of(),
      Set.of("name", "description", "connectionSpec", "baseConnectionId", "data", "params")),
  FLOWS(
      "flows",
      Set.of("runs", "lastOperation", "lastRunDetails"),
      Set.of(
          "name",
          "description",
          "flowSpec",
          "sourceConnectionIds",
          "targetConnectionIds",
          "transformations",
          "scheduleParams")),
  RUNS("runs", Set.of("flowId", "flowSpec", "metrics", "activities"), Set.of());

  /** Fields the server fills in on every resource; a client may neither send nor patch them. */
  static final Set<String> COMMON_SERVER_FIELDS =
      Set.of(
          "id",
          "createdAt",
          "updatedAt",
          "createdBy",
          "updatedBy",
          "createdClient",
          "updatedClient",
          "sandboxId",
          "sandboxName",
          "imsOrgId",
          "state",
          "version",
          "etag",
          "inheritedAttributes");

  private final String path;
  private final Set<String> ownServerFields;
  private final Set<String> clientFields;

  ResourceKind(String path, Set<String> ownServerFields, Set<String> clientFields) {
    this.path = path;
    this.ownServerFields = ownServerFields;
    this.clientFields = clientFields;
  }

  /** The path segment under the base path, also the collection name in error messages. */
  String path() {
    return path;
  }

  /** The top-level fields a create request may carry. */
  Set<String> clientFields() {
    return clientFields;
  }

  /** Whether a top-level field is one the server fills in for this collection. */
  boolean isServerField(String field) {
    return COMMON_SERVER_FIELDS.contains(field) || ownServerFields.contains(field);
  }

  /** Whether a top-level field exists on resources of this collection at all. */
  boolean isKnownField(String field) {
    return COMMON_SERVER_FIELDS.contains(field)
        || ownServerFields.contains(field)
        || clientFields.contains(field);
  }

  static Optional<ResourceKind> fromPath(String segment) {
    return Arrays.stream(values()).filter(k -> k.path.equals(segment)).findFirst();
  }
}
