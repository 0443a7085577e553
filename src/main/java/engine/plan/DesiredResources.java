package engine.plan;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.AccountSpec;
import engine.config.DestinationSpec;
import engine.config.SecretRef;
import engine.graph.Address;
import engine.graph.DesiredDestination;
import engine.graph.ResourceKind;
import engine.live.LiveReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the create body of every resource a configuration implies, as Flow Service takes it. */
final class DesiredResources {

  static final String SPEC_VERSION = "1.0";
  static final String PROFILE_NAME = "Profile data for streaming destinations";
  static final String PROFILE_DESCRIPTION = "Read by the dataflows of engine-managed destinations";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DesiredResources() {}

  static Desired profileBaseConnection(String owner) {
    ObjectNode body =
        named(PROFILE_NAME, OwnershipMarker.profile(owner).describe(PROFILE_DESCRIPTION));
    body.set("connectionSpec", spec(LiveReader.PROFILE_SPEC_ID));
    return new Desired(PROFILE_NAME, body, Map.of(), Map.of());
  }

  static Desired profileSourceConnection(String owner) {
    Address base = Address.profile(ResourceKind.PROFILE_BASE_CONNECTION);
    ObjectNode body =
        named(PROFILE_NAME, OwnershipMarker.profile(owner).describe(PROFILE_DESCRIPTION));
    body.put("baseConnectionId", Desired.placeholder(base));
    body.set("connectionSpec", spec(LiveReader.PROFILE_SPEC_ID));
    body.set("data", JSON.objectNode().put("format", "json"));
    body.set("params", JSON.objectNode());
    return new Desired(PROFILE_NAME, body, Map.of("/baseConnectionId", base), Map.of());
  }

  static Desired baseConnection(DestinationSpec destination, String owner) {
    AccountSpec account = destination.account();
    OwnershipMarker marker =
        OwnershipMarker.base(destination.key(), account.credentialsVersion(), owner);
    ObjectNode body = named(destination.name(), marker.describe(destination.description()));
    ObjectNode auth = body.putObject("auth");
    auth.put("specName", destination.type().authSpecName());
    auth.set("params", authParams(account));
    body.set("connectionSpec", spec(destination.type().connectionSpecId()));
    Map<String, SecretRef> secrets = new LinkedHashMap<>();
    account.secrets().forEach((param, ref) -> secrets.put("/auth/params/" + param, ref));
    return new Desired(destination.name(), body, Map.of(), secrets);
  }

  /** The auth params with a placeholder for every secret. */
  static ObjectNode authParams(AccountSpec account) {
    ObjectNode params = JSON.objectNode();
    account.params().forEach(params::put);
    account.secrets().keySet().forEach(param -> params.put(param, Desired.SENSITIVE));
    return params;
  }

  static Desired targetConnection(DestinationSpec destination, String owner) {
    Address base = Address.of(destination.key(), ResourceKind.BASE_CONNECTION);
    OwnershipMarker marker = OwnershipMarker.destination(destination.key(), owner);
    ObjectNode body = named(destination.name(), marker.describe(destination.description()));
    body.put("baseConnectionId", Desired.placeholder(base));
    body.set("connectionSpec", spec(destination.type().connectionSpecId()));
    body.set("data", JSON.objectNode().put("format", "json"));
    ObjectNode params = body.putObject("params");
    destination.target().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> params.put(e.getKey(), e.getValue()));
    return new Desired(destination.name(), body, Map.of("/baseConnectionId", base), Map.of());
  }

  static Desired dataflow(DestinationSpec destination, String owner) {
    Address source = Address.profile(ResourceKind.PROFILE_SOURCE_CONNECTION);
    Address target = Address.of(destination.key(), ResourceKind.TARGET_CONNECTION);
    OwnershipMarker marker = OwnershipMarker.destination(destination.key(), owner);
    ObjectNode body = named(destination.name(), marker.describe(destination.description()));
    body.set(
        "flowSpec",
        JSON.objectNode()
            .put("id", LiveReader.DESTINATION_FLOW_SPEC_ID)
            .put("version", SPEC_VERSION));
    body.putArray("sourceConnectionIds").add(Desired.placeholder(source));
    body.putArray("targetConnectionIds").add(Desired.placeholder(target));
    ObjectNode transform = body.putArray("transformations").addObject();
    transform.put("name", "GeneralTransform");
    ObjectNode params = transform.putObject("params");
    params.putObject("profileSelectors").putArray("selectors");
    params.putObject("segmentSelectors").putArray("selectors");
    return new Desired(
        destination.name(),
        body,
        Map.of("/sourceConnectionIds/0", source, "/targetConnectionIds/0", target),
        Map.of());
  }

  /** The segment selectors of a destination's audiences, keyed by segment id, in file order. */
  static Map<String, ObjectNode> audienceSelectors(DesiredDestination destination) {
    Map<String, ObjectNode> selectors = new LinkedHashMap<>();
    destination
        .audiences()
        .forEach(
            a -> {
              ObjectNode value = JSON.objectNode().put("id", a.id());
              a.displayName().ifPresent(name -> value.put("name", name));
              selectors.put(a.id(), selector("PLATFORM_SEGMENT", value));
            });
    return selectors;
  }

  /** The profile selectors of a destination's attributes, keyed by path, in file order. */
  static Map<String, ObjectNode> attributeSelectors(DesiredDestination destination) {
    Map<String, ObjectNode> selectors = new LinkedHashMap<>();
    destination
        .attributes()
        .forEach(
            a ->
                selectors.put(
                    a.path(),
                    selector(
                        "JSON_PATH",
                        JSON.objectNode().put("path", a.path()).put("operator", "EXISTS"))));
    return selectors;
  }

  static ArrayNode array() {
    return JSON.arrayNode();
  }

  private static ObjectNode selector(String type, ObjectNode value) {
    ObjectNode selector = JSON.objectNode().put("type", type);
    selector.set("value", value);
    return selector;
  }

  private static ObjectNode named(String name, String description) {
    return JSON.objectNode().put("name", name).put("description", description);
  }

  private static ObjectNode spec(String id) {
    return JSON.objectNode().put("id", id).put("version", SPEC_VERSION);
  }
}
