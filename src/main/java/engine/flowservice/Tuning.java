package engine.flowservice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Applies the optional {@code ENGINE_*} tuning variables to client settings. */
final class Tuning {

  static final String MAX_IN_FLIGHT = "ENGINE_MAX_IN_FLIGHT";
  static final String REQUESTS_PER_SECOND = "ENGINE_REQUESTS_PER_SECOND";
  static final String MAX_ATTEMPTS = "ENGINE_MAX_ATTEMPTS";
  static final String REQUEST_TIMEOUT_SECONDS = "ENGINE_REQUEST_TIMEOUT_SECONDS";
  static final String RETRY_DEADLINE_SECONDS = "ENGINE_RETRY_DEADLINE_SECONDS";

  private Tuning() {}

  static ClientSettings apply(ClientSettings settings, Map<String, String> environment) {
    List<String> problems = new ArrayList<>();
    int inFlight = whole(environment, MAX_IN_FLIGHT, settings.maxInFlight(), 1, problems);
    double perSecond =
        decimal(environment, REQUESTS_PER_SECOND, settings.requestsPerSecond(), problems);
    RetryPolicy retry = settings.retry();
    int attempts = whole(environment, MAX_ATTEMPTS, retry.maxAttempts(), 1, problems);
    long timeout =
        whole(
            environment,
            REQUEST_TIMEOUT_SECONDS,
            settings.requestTimeout().toSeconds(),
            1,
            problems);
    long deadline =
        whole(environment, RETRY_DEADLINE_SECONDS, retry.deadline().toSeconds(), 0, problems);
    if (!problems.isEmpty()) {
      throw new ClientConfigurationException("Cannot set up the Flow Service client:", problems);
    }

    Duration requestTimeout =
        environment.containsKey(REQUEST_TIMEOUT_SECONDS)
            ? Duration.ofSeconds(timeout)
            : settings.requestTimeout();
    Duration retryDeadline =
        environment.containsKey(RETRY_DEADLINE_SECONDS)
            ? Duration.ofSeconds(deadline)
            : retry.deadline();
    return settings
        .withMaxInFlight(inFlight)
        .withRequestsPerSecond(perSecond)
        .withRequestTimeout(requestTimeout)
        .withRetry(new RetryPolicy(attempts, retry.baseDelay(), retry.maxDelay(), retryDeadline));
  }

  private static int whole(
      Map<String, String> environment,
      String name,
      long current,
      int least,
      List<String> problems) {
    String text = environment.get(name);
    if (text == null || text.isBlank()) {
      return (int) current;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= least) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the other malformed values
    }
    problems.add(name + " must be a whole number of at least " + least + ", not '" + text + "'");
    return (int) current;
  }

  private static double decimal(
      Map<String, String> environment, String name, double current, List<String> problems) {
    String text = environment.get(name);
    if (text == null || text.isBlank()) {
      return current;
    }
    try {
      double value = Double.parseDouble(text.strip());
      if (value >= 0 && Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, with the other malformed values
    }
    problems.add(name + " must be 0 (no limit) or a positive number, not '" + text + "'");
    return current;
  }
}
