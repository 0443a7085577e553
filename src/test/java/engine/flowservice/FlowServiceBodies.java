package engine.flowservice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Every kind of body the engine sends to Flow Service, with made-up values, in one place so that
 * they can be compared with what the planner emits and checked against Adobe's API description.
 */
final class FlowServiceBodies {

  static final String KINESIS_SPEC = "86043421-563b-46ec-8e6c-e23184711bf6";
  static final String EVENT_HUBS_SPEC = "bf9f5905-92b7-48bf-bf20-455bc6b60a4e";
  static final String PROFILE_SPEC = "8a9c3494-9708-43d7-ae3f-cda01e5030e1";
  static final String FLOW_SPEC = "71471eba-b620-49e4-90fd-23f1fa0174d8";

  static final String KINESIS_SECRET = "kinesis-secret-key-do-not-show";
  static final String SAS_KEY = "sas-key-do-not-show";
  static final String MARKER = "Order events [engine:destination=orders]";

  private static final ObjectMapper JSON = new ObjectMapper();

  private FlowServiceBodies() {}

  static ObjectNode kinesisBaseConnection() {
    ObjectNode body = named("orders-kinesis account");
    ObjectNode auth =
        body.putObject("auth").put("specName", "Aws Kinesis authentication credentials");
    auth.putObject("params")
        .put("accessKeyId", "AKIAEXAMPLE")
        .put("secretKey", KINESIS_SECRET)
        .put("region", "us-east-1");
    spec(body.putObject("connectionSpec"), KINESIS_SPEC);
    return body;
  }

  static ObjectNode eventHubsBaseConnection() {
    ObjectNode body = named("orders-eventhubs account");
    ObjectNode auth =
        body.putObject("auth").put("specName", "Azure EventHub authentication credentials");
    auth.putObject("params")
        .put("sasKeyName", "send-only")
        .put("sasKey", SAS_KEY)
        .put("namespace", "orders-ns");
    spec(body.putObject("connectionSpec"), EVENT_HUBS_SPEC);
    return body;
  }

  static ObjectNode profileBaseConnection() {
    ObjectNode body = named("orders-kinesis profile source");
    spec(body.putObject("connectionSpec"), PROFILE_SPEC);
    return body;
  }

  static ObjectNode sourceConnection() {
    ObjectNode body = named("orders-kinesis profile source");
    body.put("baseConnectionId", "1b2c3d4e-0000-4000-8000-000000000001");
    spec(body.putObject("connectionSpec"), PROFILE_SPEC);
    body.putObject("data").put("format", "json");
    body.putObject("params");
    return body;
  }

  static ObjectNode kinesisTargetConnection() {
    ObjectNode body = named("orders-kinesis stream");
    body.put("baseConnectionId", "1b2c3d4e-0000-4000-8000-000000000002");
    spec(body.putObject("connectionSpec"), KINESIS_SPEC);
    body.putObject("data").put("format", "json");
    body.putObject("params").put("stream", "orders").put("region", "us-east-1");
    return body;
  }

  static ObjectNode eventHubsTargetConnection() {
    ObjectNode body = named("orders-eventhubs hub");
    body.put("baseConnectionId", "1b2c3d4e-0000-4000-8000-000000000003");
    spec(body.putObject("connectionSpec"), EVENT_HUBS_SPEC);
    body.putObject("data").put("format", "json");
    body.putObject("params").put("eventHubName", "orders");
    return body;
  }

  static ObjectNode flow() {
    ObjectNode body = named("orders-kinesis dataflow");
    spec(body.putObject("flowSpec"), FLOW_SPEC);
    body.putArray("sourceConnectionIds").add("1b2c3d4e-0000-4000-8000-000000000004");
    body.putArray("targetConnectionIds").add("1b2c3d4e-0000-4000-8000-000000000005");
    ObjectNode params =
        body.putArray("transformations")
            .addObject()
            .put("name", "GeneralTransform")
            .putObject("params");
    params.putObject("profileSelectors").putArray("selectors");
    params.putObject("segmentSelectors").putArray("selectors");
    return body;
  }

  /** Activating an audience and an attribute, and renaming the dataflow. */
  static ArrayNode flowPatchAdding() {
    return patch(
        """
        [{"op":"add","path":"/transformations/0/params/segmentSelectors/selectors/-",
          "value":{"type":"PLATFORM_SEGMENT","value":{"id":"5b9c1a2e-1111-4222-8333-444455556666",
            "name":"Frequent buyers"}}},
         {"op":"add","path":"/transformations/0/params/profileSelectors/selectors/-",
          "value":{"type":"JSON_PATH","value":{"path":"person.name.lastName",
            "operator":"EXISTS"}}},
         {"op":"replace","path":"/name","value":"orders-kinesis dataflow (renamed)"},
         {"op":"replace","path":"/description","value":"Managed by engine (owner: 7c1e) v2"}]
        """);
  }

  /** Deactivating an audience and replacing an attribute; removals carry the old value. */
  static ArrayNode flowPatchRemoving() {
    return patch(
        """
        [{"op":"remove","path":"/transformations/0/params/segmentSelectors/selectors/0",
          "value":{"type":"PLATFORM_SEGMENT",
            "value":{"id":"5b9c1a2e-1111-4222-8333-444455556666"}}},
         {"op":"replace","path":"/transformations/0/params/profileSelectors/selectors/0",
          "value":{"type":"JSON_PATH","value":{"path":"personalEmail.address",
            "operator":"EXISTS"}}}]
        """);
  }

  /** Rotating the secret of a Kinesis account. */
  static ArrayNode baseConnectionPatch() {
    return patch(
        "[{\"op\":\"replace\",\"path\":\"/auth/params\",\"value\":{\"accessKeyId\":\"AKIAEXAMPLE\","
            + "\"secretKey\":\""
            + KINESIS_SECRET
            + "\",\"region\":\"us-west-2\"}}]");
  }

  /** Pointing a target connection at another stream. */
  static ArrayNode targetConnectionPatch() {
    return patch(
        "[{\"op\":\"replace\",\"path\":\"/params\",\"value\":{\"stream\":\"orders-v2\","
            + "\"region\":\"us-east-1\"}}]");
  }

  /** Renaming a source connection. */
  static ArrayNode sourceConnectionPatch() {
    return patch("[{\"op\":\"replace\",\"path\":\"/name\",\"value\":\"orders profile source\"}]");
  }

  /** Every create body, by the collection it goes to. */
  static List<Create> creates() {
    return List.of(
        new Create("Kinesis base connection", Collection.CONNECTIONS, kinesisBaseConnection()),
        new Create("Event Hubs base connection", Collection.CONNECTIONS, eventHubsBaseConnection()),
        new Create("Profile base connection", Collection.CONNECTIONS, profileBaseConnection()),
        new Create("Profile source connection", Collection.SOURCE_CONNECTIONS, sourceConnection()),
        new Create(
            "Kinesis target connection", Collection.TARGET_CONNECTIONS, kinesisTargetConnection()),
        new Create(
            "Event Hubs target connection",
            Collection.TARGET_CONNECTIONS,
            eventHubsTargetConnection()),
        new Create("dataflow", Collection.FLOWS, flow()));
  }

  /** Every patch body, by the collection it goes to. */
  static List<Patch> patches() {
    return List.of(
        new Patch("dataflow: add selectors, rename", Collection.FLOWS, flowPatchAdding()),
        new Patch("dataflow: remove and replace selectors", Collection.FLOWS, flowPatchRemoving()),
        new Patch("base connection: rotate secret", Collection.CONNECTIONS, baseConnectionPatch()),
        new Patch(
            "target connection: params", Collection.TARGET_CONNECTIONS, targetConnectionPatch()),
        new Patch(
            "source connection: rename", Collection.SOURCE_CONNECTIONS, sourceConnectionPatch()));
  }

  record Create(String label, Collection collection, ObjectNode body) {
    @Override
    public String toString() {
      return label;
    }
  }

  record Patch(String label, Collection collection, ArrayNode operations) {
    @Override
    public String toString() {
      return label;
    }
  }

  private static ObjectNode named(String name) {
    return JSON.createObjectNode().put("name", name).put("description", MARKER);
  }

  private static void spec(ObjectNode node, String id) {
    node.put("id", id).put("version", "1.0");
  }

  private static ArrayNode patch(String json) {
    try {
      return (ArrayNode) JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
