package engine.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import engine.config.SecretRef;
import engine.flowservice.Collection;
import engine.flowservice.FlowAction;
import engine.graph.Address;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Flow Service call a change makes. Payloads hold placeholders where a value is known only at
 * apply time: {@code references} maps a JSON Pointer into the payload to the resource whose id goes
 * there, and {@code secrets} maps a JSON Pointer to where the secret is read from. Secret values
 * are never part of a plan.
 */
public sealed interface Request {

  /** {@code POST /{collection}} with a body. */
  record Create(
      Collection collection,
      JsonNode body,
      Map<String, Address> references,
      Map<String, SecretRef> secrets)
      implements Request {
    public Create {
      references = Collections.unmodifiableSortedMap(new TreeMap<>(references));
      secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
    }
  }

  /** {@code PATCH /{collection}/{id of target}} with the target's latest etag. */
  record Patch(
      Address target,
      Collection collection,
      ArrayNode operations,
      Map<String, Address> references,
      Map<String, SecretRef> secrets)
      implements Request {
    public Patch {
      references = Collections.unmodifiableSortedMap(new TreeMap<>(references));
      secrets = Collections.unmodifiableSortedMap(new TreeMap<>(secrets));
    }
  }

  /** {@code POST /flows/{id of target}/action?op=...}. */
  record Action(Address target, FlowAction action) implements Request {}

  /** {@code DELETE /{collection}/{id}} of a resource that exists now. */
  record Delete(Collection collection, String id) implements Request {}
}
