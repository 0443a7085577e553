package engine.local;

/** Request bodies shaped as the engine and Adobe's tutorials send them. */
final class Fixtures {

  static final String PROFILE_SPEC = "8a9c3494-9708-43d7-ae3f-cda01e5030e1";
  static final String KINESIS_SPEC = "86043421-563b-46ec-8e6c-e23184711bf6";
  static final String EVENT_HUBS_SPEC = "bf9f5905-92b7-48bf-bf20-455bc6b60a4e";
  static final String FLOW_SPEC = "71471eba-b620-49e4-90fd-23f1fa0174d8";
  static final String KINESIS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
  static final String SAS_KEY = "sas-key-value-that-must-stay-secret";

  private Fixtures() {}

  static String kinesisBase(String name) {
    return """
        {"name": "%s", "description": "orders stream account",
         "auth": {"specName": "Aws Kinesis authentication credentials",
                  "params": {"accessKeyId": "AKIAEXAMPLE", "secretKey": "%s",
                             "region": "us-east-1"}},
         "connectionSpec": {"id": "%s", "version": "1.0"}}
        """
        .formatted(name, KINESIS_SECRET, KINESIS_SPEC);
  }

  static String eventHubsBase(String name) {
    return """
        {"name": "%s", "description": "hub account",
         "auth": {"specName": "Azure EventHub authentication credentials",
                  "params": {"sasKeyName": "send", "sasKey": "%s", "namespace": "acme"}},
         "connectionSpec": {"id": "%s", "version": "1.0"}}
        """
        .formatted(name, SAS_KEY, EVENT_HUBS_SPEC);
  }

  static String profileBase() {
    return """
        {"name": "profile base", "description": "profile store",
         "connectionSpec": {"id": "%s", "version": "1.0"}}
        """
        .formatted(PROFILE_SPEC);
  }

  static String profileSource(String baseId) {
    return """
        {"name": "profile source", "description": "profile store",
         "baseConnectionId": "%s",
         "connectionSpec": {"id": "%s", "version": "1.0"},
         "data": {"format": "json"}, "params": {}}
        """
        .formatted(baseId, PROFILE_SPEC);
  }

  static String kinesisTarget(String baseId, String stream) {
    return """
        {"name": "orders stream", "description": "kinesis target",
         "baseConnectionId": "%s",
         "connectionSpec": {"id": "%s", "version": "1.0"},
         "data": {"format": "json"},
         "params": {"stream": "%s", "region": "us-east-1"}}
        """
        .formatted(baseId, KINESIS_SPEC, stream);
  }

  static String eventHubsTarget(String baseId) {
    return """
        {"name": "hub target", "description": "event hubs target",
         "baseConnectionId": "%s",
         "connectionSpec": {"id": "%s", "version": "1.0"},
         "data": {"format": "json"},
         "params": {"eventHubName": "orders"}}
        """
        .formatted(baseId, EVENT_HUBS_SPEC);
  }

  static String flow(String name, String sourceId, String targetId) {
    return """
        {"name": "%s", "description": "activation",
         "flowSpec": {"id": "%s", "version": "1.0"},
         "sourceConnectionIds": ["%s"], "targetConnectionIds": ["%s"],
         "transformations": [{"name": "GeneralTransform",
           "params": {"profileSelectors": {"selectors": []},
                      "segmentSelectors": {"selectors": []}}}]}
        """
        .formatted(name, FLOW_SPEC, sourceId, targetId);
  }

  static String addAudience(String id, String name) {
    return """
        {"op": "add", "path": "/transformations/0/params/segmentSelectors/selectors/-",
         "value": {"type": "PLATFORM_SEGMENT", "value": {"id": "%s", "name": "%s"}}}
        """
        .formatted(id, name);
  }

  static String addAttribute(String path) {
    return """
        {"op": "add", "path": "/transformations/0/params/profileSelectors/selectors/-",
         "value": {"type": "JSON_PATH", "value": {"path": "%s", "operator": "EXISTS"}}}
        """
        .formatted(path);
  }

  /** Ids of a whole Kinesis destination: base, source and target connections, and dataflow. */
  record Destination(
      String baseId, String profileBaseId, String sourceId, String targetId, String flowId) {}

  static Destination createKinesisDestination(Http http, String name) {
    String base = http.post("/connections", kinesisBase(name + " account")).id();
    String profileBase = http.post("/connections", profileBase()).id();
    String source = http.post("/sourceConnections", profileSource(profileBase)).id();
    String target = http.post("/targetConnections", kinesisTarget(base, name)).id();
    String flow = http.post("/flows", flow(name, source, target)).id();
    return new Destination(base, profileBase, source, target, flow);
  }
}
