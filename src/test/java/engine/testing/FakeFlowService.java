package engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flipkart.zjsonpatch.JsonPatch;
import engine.flowservice.Collection;
import engine.flowservice.FlowAction;
import engine.flowservice.FlowServiceClient;
import engine.flowservice.FlowServiceException;
import engine.flowservice.Written;
import engine.live.LiveState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory Flow Service for unit tests of the planner and the applier, where HTTP would only
 * slow the test down. It keeps resources as Flow Service returns them, checks etags on writes and
 * records every call. End-to-end tests use the real local Flow Service over HTTP instead.
 */
public final class FakeFlowService implements FlowServiceClient {

  private final Map<Collection, Map<String, ObjectNode>> store = new EnumMap<>(Collection.class);
  private final AtomicInteger ids = new AtomicInteger();
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  public FakeFlowService() {
    for (Collection c : Collection.values()) {
      store.put(c, Collections.synchronizedMap(new LinkedHashMap<>()));
    }
  }

  /** Makes every call whose description starts with {@code prefix} fail with a 500. */
  public FakeFlowService failing(String prefix) {
    failing.add(prefix);
    return this;
  }

  /** Calls so far, e.g. {@code POST connections}, {@code PATCH flows/flows-5}. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  public LiveState live() {
    return new LiveState(
        values(Collection.CONNECTIONS),
        values(Collection.SOURCE_CONNECTIONS),
        values(Collection.TARGET_CONNECTIONS),
        values(Collection.FLOWS));
  }

  /** Puts a resource in as if someone made it outside the engine; answers its id. */
  public String put(Collection collection, ObjectNode resource) {
    String id = collection.path() + "-" + ids.incrementAndGet();
    resource.put("id", id).put("etag", "\"" + id + "-1\"").put("createdAt", ids.get());
    store.get(collection).put(id, resource);
    return id;
  }

  public ObjectNode resource(Collection collection, String id) {
    return store.get(collection).get(id);
  }

  @Override
  public List<ObjectNode> list(Collection collection, List<String> propertyFilters) {
    record("GET " + collection.path());
    return values(collection);
  }

  @Override
  public Optional<ObjectNode> get(Collection collection, String id) {
    record("GET " + collection.path() + "/" + id);
    return Optional.ofNullable(store.get(collection).get(id)).map(ObjectNode::deepCopy);
  }

  @Override
  public Written create(Collection collection, ObjectNode body) {
    record("POST " + collection.path());
    ObjectNode resource = body.deepCopy();
    if (collection == Collection.FLOWS) {
      resource.put("state", "enabled");
    }
    if (resource.at("/auth/params").isObject()) {
      ObjectNode params = (ObjectNode) resource.at("/auth/params");
      List.of("secretKey", "sasKey")
          .forEach(
              s -> {
                if (params.has(s)) {
                  params.put(s, "<hidden>");
                }
              });
    }
    String id = put(collection, resource);
    return new Written(id, resource.path("etag").asText());
  }

  @Override
  public Written patch(Collection collection, String id, String etag, ArrayNode operations) {
    record("PATCH " + collection.path() + "/" + id);
    ObjectNode resource = existing(collection, id);
    if (!resource.path("etag").asText().equals(etag)) {
      throw new FlowServiceException(
          "PATCH "
              + collection.path()
              + "/"
              + id
              + " failed: 412, the resource changed since it was read",
          412,
          "",
          "");
    }
    JsonNode patched = JsonPatch.apply(operations, resource);
    ObjectNode updated = (ObjectNode) patched;
    bump(updated);
    store.get(collection).put(id, updated);
    return new Written(id, updated.path("etag").asText());
  }

  @Override
  public void delete(Collection collection, String id) {
    record("DELETE " + collection.path() + "/" + id);
    store.get(collection).remove(id);
  }

  @Override
  public Written flowAction(String flowId, FlowAction action) {
    record("POST flows/" + flowId + "/action?op=" + action.op());
    ObjectNode flow = existing(Collection.FLOWS, flowId);
    flow.put("state", action == FlowAction.ENABLE ? "enabled" : "disabled");
    bump(flow);
    return new Written(flowId, flow.path("etag").asText());
  }

  @Override
  public void close() {}

  private ObjectNode existing(Collection collection, String id) {
    ObjectNode resource = store.get(collection).get(id);
    if (resource == null) {
      throw new FlowServiceException(collection.path() + "/" + id + " not found", 404, "", "");
    }
    return resource;
  }

  private static void bump(ObjectNode resource) {
    String etag = resource.path("etag").asText().replace("\"", "");
    int dash = etag.lastIndexOf('-');
    int version = Integer.parseInt(etag.substring(dash + 1)) + 1;
    resource.put("etag", "\"" + etag.substring(0, dash) + "-" + version + "\"");
  }

  private void record(String call) {
    calls.add(call);
    for (String prefix : failing) {
      if (call.startsWith(prefix)) {
        throw new FlowServiceException(call + " failed: 500 Internal Server Error", 500, "", "");
      }
    }
  }

  private List<ObjectNode> values(Collection collection) {
    synchronized (store.get(collection)) {
      return store.get(collection).values().stream().map(ObjectNode::deepCopy).toList();
    }
  }
}
