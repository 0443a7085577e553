package engine.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.graph.Address;
import engine.graph.DesiredStateBuilder;
import java.util.List;

/** Builds {@link ResourceChange}s with the dependencies every resource of a kind has. */
final class Changes {

  private Changes() {}

  /** A change of a resource that exists now as {@code live}. */
  static ResourceChange of(
      Address address,
      Action action,
      String name,
      ObjectNode live,
      List<Request> requests,
      List<FieldChange> fields,
      String reason) {
    return of(
        address,
        action,
        name,
        live.path("id").asText(),
        live.path("etag").asText(),
        requests,
        fields,
        reason);
  }

  static ResourceChange of(
      Address address,
      Action action,
      String name,
      String liveId,
      String liveEtag,
      List<Request> requests,
      List<FieldChange> fields,
      String reason) {
    return new ResourceChange(
        address,
        action,
        name,
        liveId,
        liveEtag,
        requests,
        fields,
        reason,
        DesiredStateBuilder.dependenciesOf(address));
  }
}
