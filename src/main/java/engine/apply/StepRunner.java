package engine.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import engine.config.SecretRef;
import engine.flowservice.FlowServiceClient;
import engine.flowservice.FlowServiceException;
import engine.flowservice.Written;
import engine.graph.Address;
import engine.plan.Request;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Makes the calls of one step, filling in ids and secrets only now, at the last moment. */
final class StepRunner {

  private final FlowServiceClient client;
  private final Function<String, String> environment;
  private final Applier.Registry registry;

  StepRunner(
      FlowServiceClient client, Function<String, String> environment, Applier.Registry registry) {
    this.client = client;
    this.environment = environment;
    this.registry = registry;
  }

  /** Runs the step's requests in order; answers the id of a created resource, or empty. */
  String run(Step step) {
    String created = "";
    for (Request request : step.requests()) {
      if (request instanceof Request.Create create) {
        JsonNode body = fill(create.body(), create.references(), create.secrets());
        Written written = client.create(create.collection(), (ObjectNode) body);
        registry.written(step.address(), written.id(), written.etag());
        created = written.id();
      } else if (request instanceof Request.Patch patch) {
        JsonNode operations = fill(patch.operations(), patch.references(), patch.secrets());
        String id = registry.id(patch.target());
        Written written =
            client.patch(
                patch.collection(), id, registry.etag(patch.target()), (ArrayNode) operations);
        registry.written(patch.target(), id, written.etag());
      } else if (request instanceof Request.Action action) {
        String id = registry.id(action.target());
        Written written = client.flowAction(id, action.action());
        registry.written(action.target(), id, written.etag());
      } else if (request instanceof Request.Delete delete) {
        if (unchangedSincePlanned(step, delete)) {
          client.delete(delete.collection(), delete.id());
        }
        registry.deleted(step.address());
      }
    }
    return created;
  }

  /**
   * Whether the resource is still as the plan read it, so that deleting it deletes what was
   * reviewed. A delete carries no {@code If-Match}, so the resource is read first: gone already
   * answers false (nothing to do), a changed etag refuses the delete.
   */
  private boolean unchangedSincePlanned(Step step, Request.Delete delete) {
    Optional<ObjectNode> live = client.get(delete.collection(), delete.id());
    if (live.isEmpty()) {
      return false;
    }
    String planned = registry.etag(step.address());
    String current = live.get().path("etag").asText("");
    if (!unquoted(current).equals(unquoted(planned))) {
      throw new FlowServiceException(
          delete.collection().path()
              + "/"
              + delete.id()
              + " changed since the plan was made, so it was not deleted; run plan again",
          412,
          "",
          "");
    }
    return true;
  }

  private static String unquoted(String etag) {
    return etag.replace("\"", "");
  }

  private JsonNode fill(
      JsonNode template, Map<String, Address> references, Map<String, SecretRef> secrets) {
    JsonNode filled = template.deepCopy();
    references.forEach((pointer, address) -> set(filled, pointer, registry.id(address)));
    secrets.forEach((pointer, secret) -> set(filled, pointer, secret.resolve(environment)));
    return filled;
  }

  private static void set(JsonNode root, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), TextNode.valueOf(value));
    } else if (parent instanceof ObjectNode object) {
      object.put(last, value);
    } else {
      throw new IllegalStateException("the plan has no field at " + pointer);
    }
  }

  /** A one-line message for a failed step; never a secret, since none is in any message. */
  static String describe(Throwable failure) {
    if (failure instanceof FlowServiceException
        || failure instanceof UncheckedIOException
        || failure instanceof IllegalStateException) {
      return failure.getMessage();
    }
    return "internal error: " + failure;
  }
}
