package engine.plan;

import engine.graph.Address;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the plan does to one resource.
 *
 * @param address the resource
 * @param action what happens to it
 * @param name the resource's display name (desired, or live for deletes); for display only
 * @param liveId the Flow Service id of the resource as it exists now; empty when it does not
 * @param liveEtag the etag read with {@code liveId}; writes to the resource send it as {@code
 *     If-Match}, so a resource changed since the plan was made is refused, not overwritten
 * @param requests the calls that carry the change out, in order; empty for {@link Action#NO_OP}
 * @param fields field by field, what changes; for display only
 * @param reason why the change is needed when it is not obvious (replaces and deletes); for display
 *     only, may be empty
 * @param dependsOn the resources this one needs: it is written after them and deleted before
 */
public record ResourceChange(
    Address address,
    Action action,
    String name,
    String liveId,
    String liveEtag,
    List<Request> requests,
    List<FieldChange> fields,
    String reason,
    Set<Address> dependsOn) {

  public ResourceChange {
    requests = List.copyOf(requests);
    fields = List.copyOf(fields);
    dependsOn = Collections.unmodifiableSortedSet(new TreeSet<>(dependsOn));
  }
}
