package engine.flowservice;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Everything the HTTP client needs to reach one Flow Service sandbox: where, as whom, and how
 * patiently. Build it with {@link #local} or {@link #adobe}, then adjust with the {@code with*}
 * methods.
 *
 * @param flowServiceBase the Flow Service base URL, e.g. {@code
 *     https://platform.adobe.io/data/foundation/flowservice}, without a trailing slash
 * @param sandbox the sandbox name sent as {@code x-sandbox-name}
 * @param apiKey the value of {@code x-api-key}
 * @param orgId the value of {@code x-gw-ims-org-id}
 * @param tokenSource where bearer tokens come from
 * @param maxInFlight the most requests waiting for an answer at once; at least 1
 * @param requestsPerSecond the most requests started per second, or 0 for no limit
 * @param retry how often and how long to retry
 * @param requestTimeout how long one attempt may wait for its answer
 * @param trace where {@code --verbose} writes one line per request; {@link #NO_TRACE} when quiet
 */
public record ClientSettings(
    URI flowServiceBase,
    String sandbox,
    String apiKey,
    String orgId,
    TokenSource tokenSource,
    int maxInFlight,
    double requestsPerSecond,
    RetryPolicy retry,
    Duration requestTimeout,
    PrintWriter trace) {

  /** The path of Flow Service below the Platform gateway. */
  public static final String FLOW_SERVICE_PATH = "/data/foundation/flowservice";

  /** Requests in flight unless told otherwise. */
  public static final int DEFAULT_MAX_IN_FLIGHT = 4;

  /** How long one attempt waits for its answer unless told otherwise. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** A trace writer that discards everything. */
  public static final PrintWriter NO_TRACE = new PrintWriter(Writer.nullWriter());

  /** The scopes asked of IMS when {@code ADOBE_SCOPES} is not set. */
  public static final String DEFAULT_SCOPES =
      "openid,session,AdobeID,read_organizations,additional_info.projectedProductContext";

  /** The IMS base URL when {@code ADOBE_IMS_URL} is not set. */
  public static final String DEFAULT_IMS_URL = "https://ims-na1.adobelogin.com";

  /** The Platform gateway when {@code ADOBE_PLATFORM_URL} is not set. */
  public static final String DEFAULT_PLATFORM_URL = "https://platform.adobe.io";

  public ClientSettings {
    if (sandbox.isBlank()) {
      throw new IllegalArgumentException("the sandbox name must not be blank");
    }
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1, not " + maxInFlight);
    }
    if (requestsPerSecond < 0 || Double.isNaN(requestsPerSecond)) {
      throw new IllegalArgumentException("requestsPerSecond must be 0 (no limit) or positive");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
  }

  /**
   * Settings for the local Flow Service or any server at a URL: token {@code local}, API key {@code
   * engine-local}, org {@code LOCAL@AdobeOrg}, default limits.
   *
   * @param target the Flow Service base URL; a bare server root (no path) gets {@link
   *     #FLOW_SERVICE_PATH} appended
   * @param sandbox the sandbox name
   */
  public static ClientSettings local(URI target, String sandbox) {
    return new ClientSettings(
        flowServiceBase(target),
        sandbox,
        "engine-local",
        "LOCAL@AdobeOrg",
        new TokenSource.Fixed("local"),
        DEFAULT_MAX_IN_FLIGHT,
        0,
        RetryPolicy.DEFAULT,
        DEFAULT_REQUEST_TIMEOUT,
        NO_TRACE);
  }

  /**
   * Settings for Adobe Experience Platform from environment variables ({@link AdobeEnvironment}
   * lists them), with the tuning variables of {@link #withTuning} applied.
   *
   * @throws ClientConfigurationException naming every missing or malformed variable
   */
  public static ClientSettings adobe(Map<String, String> environment, String sandbox) {
    return AdobeEnvironment.read(environment, sandbox);
  }

  /**
   * These settings with limits taken from the optional variables {@code ENGINE_MAX_IN_FLIGHT},
   * {@code ENGINE_REQUESTS_PER_SECOND}, {@code ENGINE_MAX_ATTEMPTS}, {@code
   * ENGINE_REQUEST_TIMEOUT_SECONDS} and {@code ENGINE_RETRY_DEADLINE_SECONDS}; unset ones keep
   * their current value.
   *
   * @throws ClientConfigurationException naming every malformed variable
   */
  public ClientSettings withTuning(Map<String, String> environment) {
    return Tuning.apply(this, environment);
  }

  public ClientSettings withMaxInFlight(int value) {
    return edited(d -> d.maxInFlight = value);
  }

  public ClientSettings withRequestsPerSecond(double value) {
    return edited(d -> d.requestsPerSecond = value);
  }

  public ClientSettings withRetry(RetryPolicy value) {
    return edited(d -> d.retry = value);
  }

  public ClientSettings withRequestTimeout(Duration value) {
    return edited(d -> d.requestTimeout = value);
  }

  /** These settings tracing every request to {@code writer} (for {@code --verbose}). */
  public ClientSettings withTrace(PrintWriter writer) {
    return edited(d -> d.trace = writer);
  }

  /** These settings with one change, checked again as a whole. */
  private ClientSettings edited(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.settings();
  }

  /** A changeable copy of the settings, for the withers. */
  private static final class Draft {
    private URI flowServiceBase;
    private String sandbox;
    private String apiKey;
    private String orgId;
    private TokenSource tokenSource;
    private int maxInFlight;
    private double requestsPerSecond;
    private RetryPolicy retry;
    private Duration requestTimeout;
    private PrintWriter trace;

    Draft(ClientSettings settings) {
      flowServiceBase = settings.flowServiceBase;
      sandbox = settings.sandbox;
      apiKey = settings.apiKey;
      orgId = settings.orgId;
      tokenSource = settings.tokenSource;
      maxInFlight = settings.maxInFlight;
      requestsPerSecond = settings.requestsPerSecond;
      retry = settings.retry;
      requestTimeout = settings.requestTimeout;
      trace = settings.trace;
    }

    ClientSettings settings() {
      return new ClientSettings(
          flowServiceBase,
          sandbox,
          apiKey,
          orgId,
          tokenSource,
          maxInFlight,
          requestsPerSecond,
          retry,
          requestTimeout,
          trace);
    }
  }

  static String withoutTrailingSlash(String url) {
    String text = url;
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }

  static URI flowServiceBase(URI target) {
    String text = withoutTrailingSlash(target.toString());
    URI trimmed = URI.create(text);
    String path = trimmed.getRawPath();
    return path == null || path.isEmpty() ? URI.create(text + FLOW_SERVICE_PATH) : trimmed;
  }

  static List<String> checkHttpUrl(String variable, String value) {
    List<String> problems = new ArrayList<>();
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
          || uri.getHost() == null) {
        problems.add(
            variable + " must be an http(s) URL such as https://example.com, not '" + value + "'");
      }
    } catch (java.net.URISyntaxException e) {
      problems.add(variable + " is not a valid URL ('" + value + "'): " + e.getReason());
    }
    return problems;
  }
}
