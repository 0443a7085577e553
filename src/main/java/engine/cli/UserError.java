package engine.cli;

/**
 * A failure the user can fix, with a message that says how. The command prints the message and
 * exits with {@link ExitCode#ERROR}; no stack trace.
 */
final class UserError extends RuntimeException {

  UserError(String message) {
    super(message);
  }
}
