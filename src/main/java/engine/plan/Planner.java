package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.flipkart.zjsonpatch.DiffFlags;
import com.flipkart.zjsonpatch.JsonDiff;
import engine.config.DestinationSpec;
import engine.config.SecretRef;
import engine.flowservice.Collection;
import engine.flowservice.FlowAction;
import engine.graph.Address;
import engine.graph.DesiredDestination;
import engine.graph.DesiredState;
import engine.graph.DesiredStateBuilder;
import engine.graph.ResourceKind;
import engine.live.LiveState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the plan that turns the live state into the desired state. A pure function: it reads
 * nothing and writes nothing, so the same inputs always give the same plan.
 */
public final class Planner {

  private static final String SEGMENTS = "/transformations/0/params/segmentSelectors/selectors";
  private static final String PROFILES = "/transformations/0/params/profileSelectors/selectors";

  private final DesiredState desired;
  private final Ownership ownership;
  private final Map<Address, Action> decided = new HashMap<>();

  private Planner(DesiredState desired, Ownership ownership) {
    this.desired = desired;
    this.ownership = ownership;
  }

  public static Plan plan(DesiredState desired, LiveState live) {
    return new Planner(desired, Ownership.of(live)).plan();
  }

  private Plan plan() {
    List<ResourceChange> changes = new ArrayList<>();
    for (Address address : desired.graph().order()) {
      ResourceChange change = planDesired(address);
      decided.put(address, change.action());
      changes.add(change);
    }
    ownership.all().entrySet().stream()
        .filter(e -> !desired.graph().contains(e.getKey()))
        .forEach(e -> changes.add(orphan(e.getKey(), e.getValue())));
    changes.sort(Comparator.comparing(ResourceChange::address));
    return new Plan(Plan.FORMAT_VERSION, desired.sandbox(), changes, ownership.notes());
  }

  private ResourceChange planDesired(Address address) {
    return switch (address.kind()) {
      case PROFILE_BASE_CONNECTION ->
          resource(address, DesiredResources.profileBaseConnection(), "name", "description");
      case PROFILE_SOURCE_CONNECTION ->
          resource(
              address, DesiredResources.profileSourceConnection(), "name", "description", "data");
      case BASE_CONNECTION ->
          resource(
              address,
              DesiredResources.baseConnection(spec(address)),
              "name",
              "description",
              "auth");
      case TARGET_CONNECTION ->
          resource(
              address,
              DesiredResources.targetConnection(spec(address)),
              "name",
              "description",
              "data",
              "params");
      case DATAFLOW ->
          resource(address, DesiredResources.dataflow(spec(address)), "name", "description");
      case ACTIVATION -> activation(address);
    };
  }

  /**
   * Plans a resource that should exist.
   *
   * @param patchable the top-level fields an update may change with JSON Patch; differences in
   *     other fields (specs, ids of what it hangs off) need a replacement
   */
  private ResourceChange resource(Address address, Desired wanted, String... patchable) {
    Optional<ObjectNode> found = ownership.get(address);
    if (found.isEmpty()) {
      return change(
          address,
          Action.CREATE,
          wanted.name(),
          "",
          "",
          created(address, wanted),
          createFields(wanted),
          "");
    }
    ObjectNode live = found.get();
    String replaceReason = replaceReason(address, wanted, live);
    if (!replaceReason.isEmpty()) {
      List<Request> requests = new ArrayList<>();
      requests.add(new Request.Delete(collectionOf(address.kind()), live.path("id").asText()));
      requests.addAll(created(address, wanted));
      return change(
          address,
          Action.REPLACE,
          wanted.name(),
          live,
          requests,
          replaceFields(wanted, live),
          replaceReason);
    }

    ObjectNode wantedFields = JsonFields.only(wanted.body(), patchable);
    ObjectNode liveFields = JsonFields.only(JsonFields.project(live, wantedFields), patchable);
    if (address.kind() == ResourceKind.BASE_CONNECTION) {
      wantedFields.with("auth").remove("params");
      liveFields.with("auth").remove("params");
    }
    ArrayNode operations = diff(liveFields, wantedFields);
    List<FieldChange> fields = new ArrayList<>();
    operations.forEach(
        op -> fields.add(fieldOf(op.path("path").asText(), liveFields, wantedFields)));
    Map<String, Address> references = new LinkedHashMap<>();
    Map<String, SecretRef> secrets = new LinkedHashMap<>();
    List<Request> requests = new ArrayList<>();
    switch (address.kind()) {
      case BASE_CONNECTION -> credentials(address, live, operations, fields, secrets);
      case DATAFLOW -> {
        sourceConnection(live, operations, fields, references);
        state(address, live)
            .ifPresent(
                action -> {
                  requests.add(new Request.Action(address, action));
                  fields.add(
                      FieldChange.of(
                          "state",
                          live.path("state"),
                          TextNode.valueOf(action == FlowAction.ENABLE ? "enabled" : "disabled")));
                });
      }
      default -> {}
    }
    if (!operations.isEmpty()) {
      requests.add(
          0,
          new Request.Patch(
              address, collectionOf(address.kind()), operations, references, secrets));
    }
    Action action = requests.isEmpty() ? Action.NO_OP : Action.UPDATE;
    return change(address, action, wanted.name(), live, requests, fields, "");
  }

  /** Sends the auth params again when a non-secret one changed or the credentials version rose. */
  private void credentials(
      Address address,
      ObjectNode live,
      ArrayNode operations,
      List<FieldChange> fields,
      Map<String, SecretRef> secrets) {
    DestinationSpec spec = spec(address);
    ObjectNode wantedParams = DesiredResources.authParams(spec.account());
    spec.account().secrets().keySet().forEach(wantedParams::remove);
    JsonNode liveParams = JsonFields.project(live.path("auth").path("params"), wantedParams);
    int liveVersion =
        OwnershipMarker.find(live.path("description").asText(""))
            .map(OwnershipMarker::credentialsVersion)
            .orElse(0);
    int wantedVersion = spec.account().credentialsVersion();
    if (liveParams.equals(wantedParams) && liveVersion == wantedVersion) {
      return;
    }
    int index = operations.size();
    operations
        .addObject()
        .put("op", "replace")
        .put("path", "/auth/params")
        .set("value", DesiredResources.authParams(spec.account()));
    wantedParams
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode before = liveParams.path(e.getKey());
              if (!before.equals(e.getValue())) {
                fields.add(FieldChange.of("auth.params." + e.getKey(), before, e.getValue()));
              }
            });
    spec.account()
        .secrets()
        .forEach(
            (param, ref) -> {
              secrets.put("/" + index + "/value/" + param, ref);
              fields.add(FieldChange.secret("auth.params." + param));
            });
    if (liveVersion != wantedVersion) {
      fields.add(
          FieldChange.of(
              "account.credentialsVersion",
              liveVersion == 0 ? MissingNode.getInstance() : jsonInt(liveVersion),
              jsonInt(wantedVersion)));
    }
  }

  /** Points the dataflow at the Profile source connection when it reads from another one. */
  private void sourceConnection(
      ObjectNode live,
      ArrayNode operations,
      List<FieldChange> fields,
      Map<String, Address> references) {
    Address source = Address.profile(ResourceKind.PROFILE_SOURCE_CONNECTION);
    Optional<String> id = currentId(source);
    JsonNode liveIds = live.path("sourceConnectionIds");
    if (id.isPresent() && liveIds.size() == 1 && liveIds.get(0).asText().equals(id.get())) {
      return;
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
            DesiredResources.array().add(id.orElse(Desired.placeholder(source)))));
  }

  private Optional<FlowAction> state(Address address, ObjectNode live) {
    boolean enabled = spec(address).enabled();
    boolean liveEnabled = !live.path("state").asText("enabled").equals("disabled");
    if (enabled == liveEnabled) {
      return Optional.empty();
    }
    return Optional.of(enabled ? FlowAction.ENABLE : FlowAction.DISABLE);
  }

  private ResourceChange activation(Address address) {
    DesiredDestination destination = desired.destination(address.destination()).orElseThrow();
    Address dataflow = Address.of(address.destination(), ResourceKind.DATAFLOW);
    boolean fresh = decided.get(dataflow) != Action.UPDATE && decided.get(dataflow) != Action.NO_OP;
    ObjectNode live =
        fresh
            ? DesiredResources.dataflow(destination.spec()).body()
            : ownership.get(dataflow).orElseThrow();
    ArrayNode operations = DesiredResources.array();
    List<FieldChange> fields = new ArrayList<>();
    new SelectorDiff(SEGMENTS, "audience", s -> s.path("value").path("id").asText())
        .diff(
            live.at(SEGMENTS), DesiredResources.audienceSelectors(destination), operations, fields);
    new SelectorDiff(PROFILES, "attribute", s -> s.path("value").path("path").asText())
        .diff(
            live.at(PROFILES),
            DesiredResources.attributeSelectors(destination),
            operations,
            fields);
    String name = destination.spec().name();
    if (operations.isEmpty()) {
      return fresh
          ? change(address, Action.NO_OP, name, "", "", List.of(), List.of(), "")
          : change(address, Action.NO_OP, name, live, List.of(), List.of(), "");
    }
    List<Request> requests =
        List.of(new Request.Patch(dataflow, Collection.FLOWS, operations, Map.of(), Map.of()));
    return fresh
        ? change(address, Action.CREATE, name, "", "", requests, fields, "")
        : change(address, Action.UPDATE, name, live, requests, fields, "");
  }

  private ResourceChange orphan(Address address, ObjectNode live) {
    String reason =
        address.kind().perDestination()
            ? "destination '" + address.destination() + "' is no longer in the configuration"
            : "no destination in the configuration reads Profile data any more";
    List<Request> requests =
        List.of(new Request.Delete(collectionOf(address.kind()), live.path("id").asText()));
    List<FieldChange> fields = new ArrayList<>();
    return change(
        address, Action.DELETE, live.path("name").asText(), live, requests, fields, reason);
  }

  /** Why the live resource cannot be patched into the wanted one; empty when it can. */
  private String replaceReason(Address address, Desired wanted, ObjectNode live) {
    for (String spec : List.of("connectionSpec", "flowSpec")) {
      JsonNode wantedSpec = wanted.body().path(spec).path("id");
      JsonNode liveSpec = live.path(spec).path("id");
      if (!wantedSpec.isMissingNode() && !wantedSpec.equals(liveSpec)) {
        return spec
            + " changes from "
            + liveSpec.asText()
            + " to "
            + wantedSpec.asText()
            + ", which Flow Service cannot change in place";
      }
    }
    for (Map.Entry<String, Address> reference : wanted.references().entrySet()) {
      Address dependency = reference.getValue();
      if (dependency.kind() == ResourceKind.PROFILE_SOURCE_CONNECTION) {
        continue;
      }
      Optional<String> id = currentId(dependency);
      String field = JsonFields.dotted(reference.getKey());
      if (id.isEmpty()) {
        return "its "
            + dependency.kind().words()
            + " is being made anew, and "
            + field
            + " cannot be changed in place";
      }
      if (!live.at(reference.getKey()).asText().equals(id.get())) {
        return field
            + " points at "
            + live.at(reference.getKey()).asText()
            + " instead of "
            + dependency
            + " ("
            + id.get()
            + "), and cannot be changed in place";
      }
    }
    return "";
  }

  /** The id a dependency will have before this resource is written, when already known. */
  private Optional<String> currentId(Address dependency) {
    Action action = decided.get(dependency);
    if (action == Action.CREATE || action == Action.REPLACE) {
      return Optional.empty();
    }
    return ownership.get(dependency).map(live -> live.path("id").asText());
  }

  private List<Request> created(Address address, Desired wanted) {
    List<Request> requests = new ArrayList<>();
    requests.add(
        new Request.Create(
            collectionOf(address.kind()), wanted.body(), wanted.references(), wanted.secrets()));
    if (address.kind() == ResourceKind.DATAFLOW && !spec(address).enabled()) {
      requests.add(new Request.Action(address, FlowAction.DISABLE));
    }
    return requests;
  }

  private List<FieldChange> createFields(Desired wanted) {
    List<FieldChange> fields = new ArrayList<>();
    JsonFields.leaves(shown(wanted))
        .forEach(
            (pointer, value) ->
                fields.add(
                    wanted.secrets().containsKey(pointer)
                        ? FieldChange.secret(JsonFields.dotted(pointer))
                        : FieldChange.of(
                            JsonFields.dotted(pointer), MissingNode.getInstance(), value)));
    return fields;
  }

  private List<FieldChange> replaceFields(Desired wanted, ObjectNode live) {
    List<FieldChange> fields = new ArrayList<>();
    JsonFields.leaves(shown(wanted))
        .forEach(
            (pointer, value) -> {
              if (wanted.secrets().containsKey(pointer)) {
                fields.add(FieldChange.secret(JsonFields.dotted(pointer)));
              } else if (!live.at(pointer).equals(value)) {
                fields.add(FieldChange.of(JsonFields.dotted(pointer), live.at(pointer), value));
              }
            });
    return fields;
  }

  /** The create body as people should read it: known ids filled in, selectors left out. */
  private ObjectNode shown(Desired wanted) {
    ObjectNode shown = wanted.body().deepCopy();
    shown.remove("transformations");
    wanted
        .references()
        .forEach(
            (pointer, dependency) -> {
              String value = currentId(dependency).orElse("(known after apply)");
              JsonNode parent = shown.at(pointer.substring(0, pointer.lastIndexOf('/')));
              String last = pointer.substring(pointer.lastIndexOf('/') + 1);
              if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(last), TextNode.valueOf(value));
              } else {
                ((ObjectNode) parent).put(last, value);
              }
            });
    return shown;
  }

  private static ArrayNode diff(JsonNode live, JsonNode wanted) {
    return (ArrayNode) JsonDiff.asJson(live, wanted, DiffFlags.dontNormalizeOpIntoMoveAndCopy());
  }

  private static FieldChange fieldOf(String pointer, JsonNode live, JsonNode wanted) {
    return FieldChange.of(JsonFields.dotted(pointer), live.at(pointer), wanted.at(pointer));
  }

  private DestinationSpec spec(Address address) {
    return desired.destination(address.destination()).orElseThrow().spec();
  }

  private ResourceChange change(
      Address address,
      Action action,
      String name,
      ObjectNode live,
      List<Request> requests,
      List<FieldChange> fields,
      String reason) {
    return change(
        address,
        action,
        name,
        live.path("id").asText(),
        live.path("etag").asText(),
        requests,
        fields,
        reason);
  }

  private ResourceChange change(
      Address address,
      Action action,
      String name,
      String liveId,
      String liveEtag,
      List<Request> requests,
      List<FieldChange> fields,
      String reason) {
    return new ResourceChange(
        address,
        action,
        name,
        liveId,
        liveEtag,
        requests,
        fields,
        reason,
        DesiredStateBuilder.dependenciesOf(address));
  }

  private static JsonNode jsonInt(int value) {
    return com.fasterxml.jackson.databind.node.IntNode.valueOf(value);
  }

  static Collection collectionOf(ResourceKind kind) {
    return switch (kind) {
      case PROFILE_BASE_CONNECTION, BASE_CONNECTION -> Collection.CONNECTIONS;
      case PROFILE_SOURCE_CONNECTION -> Collection.SOURCE_CONNECTIONS;
      case TARGET_CONNECTION -> Collection.TARGET_CONNECTIONS;
      case DATAFLOW, ACTIVATION -> Collection.FLOWS;
    };
  }
}
