package engine.local;

import io.vertx.core.http.HttpMethod;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Routes a request under {@code /data/foundation/flowservice} to its endpoint and turns every
 * refusal into Adobe's error answer. A trailing slash is accepted, as Adobe's Postman collection
 * sends one on base connections.
 */
final class FlowServiceApi {

  private static final System.Logger LOG = System.getLogger(FlowServiceApi.class.getName());

  private final Map<ResourceKind, CollectionEndpoints> collections =
      new EnumMap<>(ResourceKind.class);
  private final CatalogueEndpoints catalogue;

  FlowServiceApi(Catalogue catalogue, StateStore store, Stamps stamps) {
    ConnectionRules connections = new ConnectionRules(catalogue);
    register(new CollectionEndpoints(connections, store, stamps, connections::view));
    register(
        new CollectionEndpoints(
            new SourceConnectionRules(catalogue), store, stamps, ObjectNodeCopy::of));
    register(
        new CollectionEndpoints(
            new TargetConnectionRules(catalogue), store, stamps, ObjectNodeCopy::of));
    register(new CollectionEndpoints(new FlowRules(catalogue), store, stamps, ObjectNodeCopy::of));
    register(new CollectionEndpoints(new RunRules(), store, stamps, ObjectNodeCopy::of));
    this.catalogue = new CatalogueEndpoints(catalogue);
  }

  private void register(CollectionEndpoints endpoints) {
    collections.put(endpoints.kind(), endpoints);
  }

  /** The answer to a request that passed the gateway checks. */
  Reply handle(Request request, String requestId) {
    try {
      return route(request);
    } catch (ApiError error) {
      return Reply.of(error, requestId);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "request " + requestId + " failed", e);
      return Reply.of(
          ApiError.flow(
              ErrorCode.INTERNAL_ERROR,
              "An internal error has occurred. Please try again. If the problem persists, please"
                  + " contact customer support."),
          requestId);
    }
  }

  private Reply route(Request request) {
    int size = request.segments().size();
    if (size == 0) {
      throw unknownEndpoint();
    }
    String collection = request.segment(0);
    HttpMethod method = request.method();
    if (collection.equals("connectionSpecs") || collection.equals("flowSpecs")) {
      if (method == HttpMethod.GET && size == 1) {
        return catalogue.list(request, collection);
      }
      if (method == HttpMethod.GET && size == 2) {
        return catalogue.get(collection, request.segment(1));
      }
      throw unknownEndpoint();
    }
    ResourceKind kind =
        ResourceKind.fromPath(collection).orElseThrow(FlowServiceApi::unknownEndpoint);
    CollectionEndpoints endpoints = collections.get(kind);
    boolean writable = kind != ResourceKind.RUNS;
    if (size == 1 && method == HttpMethod.GET) {
      return endpoints.list(request);
    }
    if (size == 1 && method == HttpMethod.POST && writable) {
      return endpoints.create(request);
    }
    if (size == 2 && method == HttpMethod.GET) {
      return endpoints.get(request, request.segment(1));
    }
    if (size == 2 && method == HttpMethod.PATCH && writable) {
      return endpoints.patch(request, request.segment(1));
    }
    if (size == 2 && method == HttpMethod.DELETE && writable) {
      return endpoints.delete(request, request.segment(1));
    }
    if (size == 3
        && kind == ResourceKind.FLOWS
        && method == HttpMethod.POST
        && request.segment(2).equals("action")) {
      return endpoints.flowAction(request, request.segment(1), targetState(request));
    }
    throw unknownEndpoint();
  }

  // Adobe's tutorials send op=enable|disable; its Sources spec writes the ops in upper case and
  // adds a subOp, of which only APPLY describes a plain state change.
  private static String targetState(Request request) {
    String op = request.query().get("op");
    String normalized = op == null ? "" : op.toLowerCase(Locale.ROOT);
    if (!normalized.equals("enable") && !normalized.equals("disable")) {
      throw ApiError.flow(
          ErrorCode.INVALID_REQUEST,
          "Unsupported operation '" + (op == null ? "" : op) + "'; use op=enable or op=disable.");
    }
    for (String subOp : request.query().getAll("subOp")) {
      if (!subOp.equalsIgnoreCase("APPLY")) {
        throw ApiError.flow(
            ErrorCode.UNSUPPORTED_SUB_OPERATION,
            "Unsupported sub operation " + subOp + " received for operation " + normalized);
      }
    }
    return normalized + "d";
  }

  private static ApiError unknownEndpoint() {
    return ApiError.flow(
        ErrorCode.RESOURCE_NOT_FOUND,
        "The requested resource is not found. Check the method and the path.");
  }
}
