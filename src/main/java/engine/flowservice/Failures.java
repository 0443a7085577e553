package engine.flowservice;

import java.time.Duration;

/**
 * Turns failed requests into {@link FlowServiceException}s with one message each: what failed, the
 * HTTP status, Adobe's error code, the request id and what to do. Messages pass through the {@link
 * Redactor}, and never contain a request body.
 */
final class Failures {

  private final String sandbox;
  private final boolean adobe;
  private final Redactor redactor;

  /**
   * @param sandbox the sandbox, named in the advice on permissions
   * @param adobe whether the target is Adobe (the advice names the {@code ADOBE_*} variables)
   */
  Failures(String sandbox, boolean adobe, Redactor redactor) {
    this.sandbox = sandbox;
    this.adobe = adobe;
    this.redactor = redactor;
  }

  /** The request got a final error answer. */
  FlowServiceException answered(Exchange exchange, Reply.Answer answer) {
    AdobeError error = AdobeError.of(answer);
    String message =
        what(exchange)
            + " failed: "
            + sentence(error.describe())
            + " "
            + advice(exchange.service(), error);
    return exception(exchange, message.strip(), error);
  }

  /** The request was tried as often, or as long, as the retry policy allows. */
  FlowServiceException exhausted(Exchange exchange, Budget budget, Reply last, Duration asked) {
    StringBuilder message =
        new StringBuilder(what(exchange))
            .append(" failed after ")
            .append(budget.attempts())
            .append(budget.attempts() == 1 ? " attempt" : " attempts")
            .append(" in ")
            .append(Durations.text(budget.elapsed()))
            .append(": the last ");
    AdobeError error;
    if (last instanceof Reply.Answer answer) {
      error = AdobeError.of(answer);
      message.append("answer was ").append(sentence(error.describe())).append(" ");
    } else {
      error = new AdobeError(0, "", "", "");
      message.append("attempt got ").append(((Reply.Failure) last).detail()).append(". ");
    }
    if (budget.attempts() < budget.policy().maxAttempts()) {
      message
          .append("Waiting ")
          .append(Durations.text(asked))
          .append(" more would pass the retry deadline of ")
          .append(Durations.text(budget.policy().deadline()))
          .append(". ");
    }
    message
        .append(error.status() == 429 ? advice(exchange.service(), error) : "Try again later")
        .append(
            error.status() == 429
                ? ""
                : "; ENGINE_MAX_ATTEMPTS and ENGINE_RETRY_DEADLINE_SECONDS allow more patience.");
    return exception(exchange, message.toString().strip(), error);
  }

  /** Ends a text with exactly one full stop, whatever punctuation Adobe's message ended with. */
  private static String sentence(String text) {
    return text.replaceAll("[.\\s]+$", "") + ".";
  }

  /** A failure the client found itself, e.g. a paging loop or a missing id. */
  FlowServiceException other(Exchange exchange, String problem, int status) {
    return new FlowServiceException(
        redactor.redact(what(exchange) + " failed: " + problem, exchange), status, "", "");
  }

  private String what(Exchange exchange) {
    return switch (exchange.service()) {
      case FLOW_SERVICE -> exchange.label();
      case IMS -> "Getting an access token from Adobe IMS (" + exchange.label() + ")";
    };
  }

  private FlowServiceException exception(Exchange exchange, String message, AdobeError error) {
    return new FlowServiceException(
        redactor.redact(message, exchange),
        error.status(),
        redactor.redact(error.code(), exchange),
        error.requestId());
  }

  private String advice(Service service, AdobeError error) {
    return switch (service) {
      case IMS -> imsAdvice(error.status());
      case FLOW_SERVICE -> flowServiceAdvice(error.status());
    };
  }

  private String imsAdvice(int status) {
    if (status >= 500) {
      return "Adobe IMS is failing; try again later.";
    }
    return "Check ADOBE_CLIENT_ID, ADOBE_CLIENT_SECRET and ADOBE_SCOPES: they must come from one"
        + " OAuth Server-to-Server credential of your Adobe Developer Console project, and"
        + " ADOBE_IMS_URL must point at Adobe IMS.";
  }

  private String flowServiceAdvice(int status) {
    if (status >= 500) {
      return "Adobe's service is failing; try again later.";
    }
    return switch (status) {
      case 400, 422 -> "Flow Service refused the request; its message says why.";
      case 401 ->
          adobe
              ? "Check the credentials: ADOBE_CLIENT_ID, ADOBE_CLIENT_SECRET, ADOBE_ORG_ID and"
                  + " ADOBE_SCOPES must belong to one OAuth Server-to-Server credential."
              : "The target refused the credentials; check that the URL is a Flow Service.";
      case 403 ->
          "The product profile of your Developer Console project needs the Manage Destinations"
              + " and Activate Destinations permissions (and View Destinations) in sandbox '"
              + sandbox
              + "'; ask an Adobe Admin Console administrator to grant them.";
      case 404 -> "The resource does not exist (it may have been deleted); run plan again.";
      case 409 -> "The resource is in a conflicting state; run plan again.";
      case 412 -> "The resource changed since it was read; run plan again.";
      case 429 ->
          "Flow Service is throttling the engine; lower ENGINE_REQUESTS_PER_SECOND or"
              + " ENGINE_MAX_IN_FLIGHT, or try again later.";
      default -> "";
    };
  }
}
