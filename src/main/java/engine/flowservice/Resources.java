package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Flow Service operations on resources, each mapping every documented answer to one result: a
 * GET by id unwraps the list envelope; a create is never repeated blindly; a PATCH is guarded by
 * {@code If-Match}; a DELETE of a resource already gone succeeds.
 */
final class Resources {

  private final Retrier retrier;
  private final Authenticator credentials;
  private final Failures failures;
  private final Pages pages;
  private final URI base;

  Resources(Retrier retrier, Authenticator credentials, Failures failures, URI base) {
    this.retrier = retrier;
    this.credentials = credentials;
    this.failures = failures;
    this.base = base;
    this.pages = new Pages(retrier, credentials, failures, base);
  }

  List<ObjectNode> list(Collection collection, List<String> propertyFilters) {
    return pages.all(collection, List.copyOf(propertyFilters));
  }

  Optional<ObjectNode> get(Collection collection, String id) {
    Exchange exchange = read(collection, id);
    Reply.Answer answer = answerFreely(exchange);
    if (answer.status() == 404) {
      return Optional.empty();
    }
    if (!answer.successful()) {
      throw failures.answered(exchange, answer);
    }
    JsonNode body = Json.parseOrMissing(answer.body());
    JsonNode items = body.path("items");
    JsonNode resource = items.isArray() ? items.path(0) : body;
    return resource instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
  }

  /**
   * Creates a resource. After an attempt that may have created it, the collection is searched for
   * an item with the same name and description (the description carries the engine's ownership
   * marker) before any further attempt.
   */
  Written create(Collection collection, ObjectNode body) {
    Exchange exchange =
        Exchange.flowService(HttpMethod.POST, Urls.collection(base, collection), collection.path())
            .withJson(Json.bytes(body), Redactor.secretsIn(body));
    Budget budget = retrier.budget();
    while (true) {
      Retrier.Outcome outcome =
          retrier.call(exchange, budget, Retrier.Repeat.CHECK_FIRST, credentials);
      if (outcome instanceof Retrier.Answered answered) {
        return created(exchange, collection, answered.answer());
      }
      Optional<Written> existing = alreadyCreated(exchange, collection, body);
      if (existing.isPresent()) {
        return existing.get();
      }
    }
  }

  Written patch(Collection collection, String id, String etag, ArrayNode operations) {
    Exchange exchange =
        Exchange.flowService(
                HttpMethod.PATCH, Urls.resource(base, collection, id), resource(collection, id))
            .withJson(Json.bytes(operations), Redactor.secretsIn(operations))
            .withHeader("If-Match", Acknowledgement.quoted(etag));
    Retrier.Answered answered = answeredFreely(exchange);
    Reply.Answer answer = answered.answer();
    if (answer.successful()) {
      return written(exchange, collection, Acknowledgement.of(answer, id));
    }
    if (answer.status() == 412 && answered.afterAmbiguousFailure()) {
      Optional<ObjectNode> live = get(collection, id);
      if (live.isPresent() && PatchCheck.alreadyApplied(live.get(), operations)) {
        return written(exchange, collection, new Acknowledgement(id, etagIn(live.get())));
      }
    }
    throw failures.answered(exchange, answer);
  }

  void delete(Collection collection, String id) {
    Exchange exchange =
        Exchange.flowService(
            HttpMethod.DELETE, Urls.resource(base, collection, id), resource(collection, id));
    Reply.Answer answer = answerFreely(exchange);
    if (!answer.successful() && answer.status() != 404) {
      throw failures.answered(exchange, answer);
    }
  }

  /**
   * Enables or disables a dataflow. Switching to the state a flow is already in may be refused, so
   * when an earlier attempt may have gone through, a refusal is checked against the live state.
   */
  Written flowAction(String flowId, FlowAction action) {
    String url =
        Urls.resource(base, Collection.FLOWS, flowId)
            + "/action?op="
            + Urls.queryValue(action.op());
    Exchange exchange =
        Exchange.flowService(
            HttpMethod.POST, url, resource(Collection.FLOWS, flowId) + "/action?op=" + action.op());
    Retrier.Answered answered = answeredFreely(exchange);
    Reply.Answer answer = answered.answer();
    if (answer.successful()) {
      return written(exchange, Collection.FLOWS, Acknowledgement.of(answer, flowId));
    }
    if (answered.afterAmbiguousFailure() && answer.status() >= 400 && answer.status() < 500) {
      Optional<ObjectNode> flow = get(Collection.FLOWS, flowId);
      if (flow.isPresent() && flow.get().path("state").asText("").equals(stateAfter(action))) {
        return new Written(flowId, etagIn(flow.get()));
      }
    }
    throw failures.answered(exchange, answer);
  }

  private Written created(Exchange exchange, Collection collection, Reply.Answer answer) {
    if (!answer.successful()) {
      throw failures.answered(exchange, answer);
    }
    Acknowledgement acknowledgement = Acknowledgement.of(answer, "");
    if (acknowledgement.id().isEmpty()) {
      throw failures.other(
          exchange, "Flow Service answered " + answer.status() + " without the new id", 0);
    }
    return written(exchange, collection, acknowledgement);
  }

  private Optional<Written> alreadyCreated(
      Exchange exchange, Collection collection, ObjectNode body) {
    String name = body.path("name").asText("");
    List<ObjectNode> sameName;
    try {
      sameName = pages.all(collection, List.of(lookupFilter(body)));
    } catch (FlowServiceException e) {
      throw new FlowServiceException(
          exchange.label()
              + " may have created the resource, but looking for it failed: "
              + e.getMessage()
              + " Run plan again before applying: it shows whether the resource exists.",
          e.status(),
          e.errorCode(),
          e.requestId());
    }
    return sameName.stream()
        .filter(item -> item.path("name").asText("").equals(name))
        .filter(item -> Objects.equals(item.get("description"), body.get("description")))
        .findFirst()
        .map(item -> new Written(item.path("id").asText(), etagIn(item)))
        .filter(written -> !written.id().isEmpty())
        .map(
            written ->
                written.etag().isEmpty() ? liveEtag(exchange, collection, written.id()) : written);
  }

  /**
   * The filter that finds a resource this body may have created: by name, unless the name holds a
   * comma (which Flow Service reads as "any of"); then by the body's spec id, which never does.
   */
  static String lookupFilter(ObjectNode body) {
    String name = body.path("name").asText("");
    if (!name.contains(",")) {
      return "name==" + name;
    }
    for (String spec : List.of("connectionSpec", "flowSpec")) {
      String id = body.path(spec).path("id").asText("");
      if (!id.isEmpty() && !id.contains(",")) {
        return spec + ".id==" + id;
      }
    }
    return "name==" + name;
  }

  private Written written(Exchange exchange, Collection collection, Acknowledgement ack) {
    return ack.etag().isEmpty()
        ? liveEtag(exchange, collection, ack.id())
        : new Written(ack.id(), ack.etag());
  }

  /** For answers without an etag: the etag of the resource as it is now. */
  private Written liveEtag(Exchange exchange, Collection collection, String id) {
    ObjectNode live =
        get(collection, id)
            .orElseThrow(
                () ->
                    failures.other(
                        exchange, "the resource " + resource(collection, id) + " is gone", 404));
    String etag = etagIn(live);
    if (etag.isEmpty()) {
      throw failures.other(exchange, "Flow Service reports no etag for the resource", 0);
    }
    return new Written(id, etag);
  }

  private Reply.Answer answerFreely(Exchange exchange) {
    return answeredFreely(exchange).answer();
  }

  private Retrier.Answered answeredFreely(Exchange exchange) {
    return (Retrier.Answered)
        retrier.call(exchange, retrier.budget(), Retrier.Repeat.FREELY, credentials);
  }

  private Exchange read(Collection collection, String id) {
    return Exchange.flowService(
        HttpMethod.GET, Urls.resource(base, collection, id), resource(collection, id));
  }

  private static String resource(Collection collection, String id) {
    return collection.path() + "/" + id;
  }

  private static String etagIn(JsonNode resource) {
    JsonNode etag = resource.path("etag");
    return etag.isValueNode() && !etag.isNull() ? etag.asText() : "";
  }

  private static String stateAfter(FlowAction action) {
    return switch (action) {
      case ENABLE -> "enabled";
      case DISABLE -> "disabled";
    };
  }
}
