package engine.flowservice;

/** The state transitions of {@code POST /flows/{id}/action?op=...}. */
public enum FlowAction {
  ENABLE("enable"),
  DISABLE("disable");

  private final String op;

  FlowAction(String op) {
    this.op = op;
  }

  /** The value of the {@code op} query parameter. */
  public String op() {
    return op;
  }
}
