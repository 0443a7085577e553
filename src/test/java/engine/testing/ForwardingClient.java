package engine.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.flowservice.Collection;
import engine.flowservice.FlowAction;
import engine.flowservice.FlowServiceClient;
import engine.flowservice.Written;
import java.util.List;
import java.util.Optional;

/** A client that passes every call on, for tests that step in on one kind of call. */
public class ForwardingClient implements FlowServiceClient {

  private final FlowServiceClient delegate;

  public ForwardingClient(FlowServiceClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<ObjectNode> list(Collection collection, List<String> propertyFilters) {
    return delegate.list(collection, propertyFilters);
  }

  @Override
  public Optional<ObjectNode> get(Collection collection, String id) {
    return delegate.get(collection, id);
  }

  @Override
  public Written create(Collection collection, ObjectNode body) {
    return delegate.create(collection, body);
  }

  @Override
  public Written patch(Collection collection, String id, String etag, ArrayNode operations) {
    return delegate.patch(collection, id, etag, operations);
  }

  @Override
  public void delete(Collection collection, String id) {
    delegate.delete(collection, id);
  }

  @Override
  public Written flowAction(String flowId, FlowAction action) {
    return delegate.flowAction(flowId, action);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
