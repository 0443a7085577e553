package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * List, get, create, PATCH and DELETE on one client-written collection, with the rules of that
 * collection. Every change happens inside one {@link StateStore#write} so it is checked, applied
 * and saved as a whole.
 */
final class CollectionEndpoints {

  private final ResourceRules rules;
  private final StateStore store;
  private final Stamps stamps;
  private final UnaryOperator<ObjectNode> view;

  /**
   * @param view turns a stored document into what a client may see (masks secrets)
   */
  CollectionEndpoints(
      ResourceRules rules, StateStore store, Stamps stamps, UnaryOperator<ObjectNode> view) {
    this.rules = rules;
    this.store = store;
    this.stamps = stamps;
    this.view = view;
  }

  ResourceKind kind() {
    return rules.kind();
  }

  Reply list(Request request) {
    ListQuery query = ListQuery.parse(request.query(), kind()::isKnownField);
    List<ObjectNode> all =
        store.read(request.caller().tenant(), t -> t.all(kind()).stream().map(view).toList());
    return Reply.json(200, query.answer(all, kind().path()));
  }

  Reply get(Request request, String id) {
    ObjectNode document =
        store
            .read(request.caller().tenant(), t -> t.get(kind(), id).map(view))
            .orElseThrow(() -> ApiError.notFound(kind().path(), id));
    ObjectNode envelope = Json.object();
    envelope.putArray("items").add(document);
    return Reply.json(200, envelope);
  }

  Reply create(Request request) {
    if (!(request.json() instanceof ObjectNode body)) {
      throw ApiError.flow(ErrorCode.INVALID_REQUEST, "The body must be a JSON object.");
    }
    ObjectNode written =
        store.write(
            request.caller().tenant(),
            tenant -> {
              Problems problems = new Problems();
              ResourceRules.checkCreateBody(body, kind(), problems);
              rules.check(body, tenant, problems);
              problems.throwIfAny();
              ObjectNode document = Json.object();
              stamps.created(document, stamps.newId(), request.caller());
              document.put("state", "enabled");
              document.setAll(body);
              rules.derive(document, Json.object(), tenant, stamps.now());
              recordOperation(document, "create", Json.array());
              tenant.put(kind(), document);
              return written(document);
            });
    return Reply.json(201, written);
  }

  Reply patch(Request request, String id) {
    String ifMatch = request.ifMatch();
    if (ifMatch.isEmpty()) {
      throw ApiError.flow(
          ErrorCode.IF_MATCH_MISSING,
          "The header 'If-Match' is missing in the request. Please provide the header and try"
              + " again.");
    }
    ObjectNode written =
        store.write(
            request.caller().tenant(),
            tenant -> {
              ObjectNode stored = existing(tenant, id);
              checkVersion(stored, ifMatch);
              PatchRequest patch = PatchRequest.parse(request.json(), kind());
              ObjectNode candidate = patch.applyTo(stored);
              Problems problems = new Problems();
              rules.check(candidate, tenant, problems);
              problems.throwIfAny();
              rules.derive(candidate, stored, tenant, stamps.now());
              stamps.updated(candidate, request.caller());
              recordOperation(candidate, "update", patch.operations());
              tenant.put(kind(), candidate);
              return written(candidate);
            });
    return Reply.json(200, written);
  }

  Reply delete(Request request, String id) {
    store.write(
        request.caller().tenant(),
        tenant -> {
          existing(tenant, id);
          Usage.refuseWhileUsed(kind(), id, tenant);
          tenant.remove(kind(), id);
          return id;
        });
    return Reply.empty(202);
  }

  /** Enables or disables a dataflow; an {@code If-Match}, when sent, must be current. */
  Reply flowAction(Request request, String id, String state) {
    ObjectNode written =
        store.write(
            request.caller().tenant(),
            tenant -> {
              ObjectNode flow = existing(tenant, id).deepCopy();
              String ifMatch = request.ifMatch();
              if (!ifMatch.isEmpty()) {
                checkVersion(flow, ifMatch);
              }
              flow.put("state", state);
              stamps.updated(flow, request.caller());
              recordOperation(flow, state.equals("enabled") ? "enable" : "disable", Json.array());
              tenant.put(kind(), flow);
              return written(flow);
            });
    return Reply.json(200, written);
  }

  private ObjectNode existing(Tenant tenant, String id) {
    return tenant.get(kind(), id).orElseThrow(() -> ApiError.notFound(kind().path(), id));
  }

  private static void checkVersion(ObjectNode stored, String ifMatch) {
    String current = stored.path("etag").asText();
    if (!current.equals(ifMatch)) {
      String message =
          "Supplied version=["
              + ifMatch
              + "] does not match the current version on entity=["
              + current
              + "]";
      throw ApiError.flow(ErrorCode.VERSION_MISMATCH, message, stored.path("id").asText(), "");
    }
  }

  // Dataflows report the last operation applied to them, with the patch operations it carried.
  private void recordOperation(ObjectNode document, String operation, ArrayNode ops) {
    if (kind() != ResourceKind.FLOWS) {
      return;
    }
    long now = stamps.now();
    ObjectNode last = document.putObject("lastOperation");
    last.put("started", now);
    last.put("updated", now);
    last.put("percentCompleted", 100);
    ObjectNode status = last.putObject("status");
    status.put("value", "completed");
    status.set("properties", NullNode.getInstance());
    status.putArray("errors");
    last.set("ops", ops);
    last.put("operation", operation);
  }

  private static ObjectNode written(JsonNode document) {
    ObjectNode answer = Json.object();
    answer.put("id", document.path("id").asText());
    answer.put("etag", document.path("etag").asText());
    return answer;
  }
}
