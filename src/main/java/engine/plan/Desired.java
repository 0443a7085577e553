package engine.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.SecretRef;
import engine.graph.Address;
import java.util.Map;

/**
 * The body a resource is created with, before ids and secrets are known.
 *
 * @param name the display name
 * @param body the create body, with placeholders at {@code references} and {@code secrets}
 * @param references JSON Pointer in {@code body} to the resource whose id goes there
 * @param secrets JSON Pointer in {@code body} to where the secret is read from
 */
record Desired(
    String name, ObjectNode body, Map<String, Address> references, Map<String, SecretRef> secrets) {

  /** The text that stands in a payload where an id or a secret will go. */
  static String placeholder(Address address) {
    return "(id of " + address + ")";
  }

  static final String SENSITIVE = "(sensitive)";

  /** How an id that only apply will learn reads in a plan. */
  static final String UNKNOWN_ID = "(known after apply)";
}
