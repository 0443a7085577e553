package engine.cli;

/** The exit codes of every command; a documented contract. */
final class ExitCode {

  /** Success; for {@code plan --detailed-exitcode}, success with no changes. */
  static final int OK = 0;

  /** The input was wrong, a server refused, or an apply did not finish. */
  static final int ERROR = 1;

  /** {@code plan --detailed-exitcode} only: success, and there are changes to apply. */
  static final int CHANGES_PRESENT = 2;

  /** A fault in the engine itself: a bug to report. */
  static final int INTERNAL_FAULT = 3;

  private ExitCode() {}
}
