package engine.flowservice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * Flow Service over HTTP, for one sandbox. Every call blocks until it has an answer; calls may be
 * made from several threads at once. Retries, throttling and authentication happen inside; a call
 * that finally fails throws {@link FlowServiceException} with a message fit for users.
 */
public interface FlowServiceClient extends AutoCloseable {

  /**
   * Every item of a collection that matches all the given {@code property} filters (ANDed), read
   * page by page with the largest page size Flow Service allows.
   */
  List<ObjectNode> list(Collection collection, List<String> propertyFilters);

  /** One resource by id, or empty when Flow Service answers 404. */
  Optional<ObjectNode> get(Collection collection, String id);

  /**
   * Creates a resource. Never repeated blindly: after an ambiguous failure the client looks for a
   * resource with the same name and description before trying again.
   */
  Written create(Collection collection, ObjectNode body);

  /** Applies an RFC 6902 patch with {@code If-Match: etag}; answers the new etag. */
  Written patch(Collection collection, String id, String etag, ArrayNode operations);

  /** Deletes a resource; a resource already gone counts as deleted. */
  void delete(Collection collection, String id);

  /** Enables or disables a dataflow; answers the new etag. */
  Written flowAction(String flowId, FlowAction action);

  /** Releases connections and threads. */
  @Override
  void close();
}
