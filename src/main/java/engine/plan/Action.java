package engine.plan;

/** What a plan does to one resource. */
public enum Action {
  /** The resource does not exist yet and will be made. */
  CREATE,
  /** The resource exists and will be changed in place with a JSON Patch or a state change. */
  UPDATE,
  /** The resource exists but cannot be changed in place; it will be deleted, then made anew. */
  REPLACE,
  /** The resource exists, the engine owns it, and nothing in the configuration wants it. */
  DELETE,
  /** The resource exists as configured. */
  NO_OP
}
