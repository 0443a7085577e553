package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import engine.config.AccountSpec;
import engine.config.SecretRef;
import engine.flowservice.FlowAction;
import engine.graph.Address;
import engine.graph.ResourceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The change that brings an existing resource to what is wanted without replacing it: a minimal
 * JSON Patch of the fields it may change (made with zjsonpatch, from live to wanted, with no move
 * or copy), the auth params when they or the credentials version changed, the dataflow's source
 * connection, and a state change for a dataflow to enable or disable.
 */
final class InPlaceUpdate {

  private final Address address;
  private final ObjectNode live;
  private final Decisions decisions;
  private final ArrayNode operations;
  private final List<FieldChange> fields = new ArrayList<>();
  private final Map<String, Address> references = new LinkedHashMap<>();
  private final Map<String, SecretRef> secrets = new LinkedHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  /**
   * @param patchable the top-level fields of {@code wanted} a JSON Patch may change
   */
  private InPlaceUpdate(
      Address address, Desired wanted, ObjectNode live, Decisions decisions, String... patchable) {
    this.address = address;
    this.live = live;
    this.decisions = decisions;
    ObjectNode wantedFields = JsonFields.only(wanted.body(), patchable);
    ObjectNode liveFields = JsonFields.only(JsonFields.project(live, wantedFields), patchable);
    withoutAuthParams(wantedFields);
    withoutAuthParams(liveFields);
    operations =
        (ArrayNode)
            JsonDiff.asJson(liveFields, wantedFields, DiffFlags.dontNormalizeOpIntoMoveAndCopy());
    operations.forEach(
        op -> {
          String pointer = op.path("path").asText();
          fields.add(
              FieldChange.of(
                  JsonFields.dotted(pointer), liveFields.at(pointer), wantedFields.at(pointer)));
        });
  }

  /** Auth params are compared apart: secrets cannot be read back, so they are sent whole. */
  private static void withoutAuthParams(ObjectNode resource) {
    if (resource.get("auth") instanceof ObjectNode auth) {
      auth.remove("params");
    }
  }

  static InPlaceUpdate of(
      Address address, Desired wanted, ObjectNode live, Decisions decisions, String... patchable) {
    return new InPlaceUpdate(address, wanted, live, decisions, patchable);
  }

  /** Sends the auth params again when a non-secret one changed or the credentials version rose. */
  InPlaceUpdate credentials(AccountSpec account) {
    ObjectNode wantedParams = DesiredResources.authParams(account);
    account.secrets().keySet().forEach(wantedParams::remove);
    JsonNode liveParams = JsonFields.project(live.path("auth").path("params"), wantedParams);
    int liveVersion =
        OwnershipMarker.find(live.path("description").asText(""))
            .map(OwnershipMarker::credentialsVersion)
            .orElse(0);
    if (liveParams.equals(wantedParams) && liveVersion == account.credentialsVersion()) {
      return this;
    }
    int index = operations.size();
    operations
        .addObject()
        .put("op", "replace")
        .put("path", "/auth/params")
        .set("value", DesiredResources.authParams(account));
    wantedParams
        .properties()
        .forEach(
            e -> {
              JsonNode before = liveParams.path(e.getKey());
              if (!before.equals(e.getValue())) {
                fields.add(FieldChange.of("auth.params." + e.getKey(), before, e.getValue()));
              }
            });
    account
        .secrets()
        .forEach(
            (param, ref) -> {
              secrets.put("/" + index + "/value/" + param, ref);
              fields.add(FieldChange.secret("auth.params." + param));
            });
    if (liveVersion != account.credentialsVersion()) {
      fields.add(
          FieldChange.of(
              "account.credentialsVersion",
              liveVersion == 0 ? MissingNode.getInstance() : IntNode.valueOf(liveVersion),
              IntNode.valueOf(account.credentialsVersion())));
    }
    return this;
  }

  /** Points the dataflow at the Profile source connection when it reads from another one. */
  InPlaceUpdate sourceConnection() {
    Address source = Address.profile(ResourceKind.PROFILE_SOURCE_CONNECTION);
    Optional<String> id = decisions.currentId(source);
    JsonNode liveIds = live.path("sourceConnectionIds");
    if (id.isPresent() && liveIds.size() == 1 && liveIds.get(0).asText().equals(id.get())) {
      return this;
    }
    int index = operations.size();
    ArrayNode value = DesiredResources.array().add(Desired.placeholder(source));
    operations
        .addObject()
        .put("op", "replace")
        .put("path", "/sourceConnectionIds")
        .set("value", value);
    references.put("/" + index + "/value/0", source);
    fields.add(
        FieldChange.of(
            "sourceConnectionIds",
            liveIds,
            DesiredResources.array().add(id.orElse(Desired.UNKNOWN_ID))));
    return this;
  }

  /** Enables or disables the dataflow when its state is not the wanted one. */
  InPlaceUpdate state(boolean enabled) {
    boolean liveEnabled = !live.path("state").asText("enabled").equals("disabled");
    if (enabled != liveEnabled) {
      requests.add(new Request.Action(address, enabled ? FlowAction.ENABLE : FlowAction.DISABLE));
      fields.add(
          FieldChange.of(
              "state", live.path("state"), TextNode.valueOf(enabled ? "enabled" : "disabled")));
    }
    return this;
  }

  /** The change: an update when anything differs, a no-op otherwise. */
  ResourceChange change(String name) {
    List<Request> all = new ArrayList<>();
    if (!operations.isEmpty()) {
      all.add(
          new Request.Patch(
              address, Planner.collectionOf(address.kind()), operations, references, secrets));
    }
    all.addAll(requests);
    Action action = all.isEmpty() ? Action.NO_OP : Action.UPDATE;
    return Changes.of(address, action, name, live, all, fields, "");
  }
}
