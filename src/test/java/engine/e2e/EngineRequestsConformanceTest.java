package engine.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.proxyAllTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import engine.local.LocalFlowService;
import engine.testing.AdobeSpec;
import engine.testing.RequestConformance;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds every request the engine itself sends to Adobe's descriptions of Flow Service. The engine's
 * commands run as a user runs them against the local Flow Service, through a recording WireMock
 * proxy that keeps each request with its headers and body; the configuration then changes step by
 * step so that every kind of request the engine can send is sent at least once. Skipped where the
 * descriptions are absent.
 */
class EngineRequestsConformanceTest {

  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "ORDERS_SECRET", "orders-kinesis-secret",
          "CLICKS_SAS_KEY", "clicks-sas-key",
          "LEGACY_SECRET", "legacy-kinesis-secret",
          "MOVING_SECRET", "moving-kinesis-secret",
          "MOVING_SAS_KEY", "moving-sas-key");

  private static final String SEGMENTS = "/transformations/0/params/segmentSelectors/selectors";
  private static final String PROFILES = "/transformations/0/params/profileSelectors/selectors";

  private static final Set<String> LISTS =
      Set.of(
          "GET /connections?property&limit",
          "GET /sourceConnections?property&limit",
          "GET /targetConnections?property&limit",
          "GET /flows?property&limit");

  @TempDir Path folder;

  private AdobeSpec spec;
  private LocalFlowService local;
  private WireMockServer proxy;
  private final Cli cli = new Cli(ENVIRONMENT);
  private final List<LoggedRequest> sent = new ArrayList<>();

  @BeforeEach
  void startLocalFlowServiceBehindARecordingProxy() {
    spec = AdobeSpec.load();
    local = LocalFlowService.start(LocalFlowService.Options.inMemory());
    URI base = local.baseUrl();
    proxy = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    proxy.start();
    proxy.stubFor(proxyAllTo(base.getScheme() + "://" + base.getAuthority()));
  }

  @AfterEach
  void stopServers() {
    if (proxy != null) {
      proxy.stop();
    }
    if (local != null) {
      local.close();
    }
  }

  @Test
  void everyRequestTheEngineSendsMatchesAdobesDescriptions() throws IOException {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    Scenario world = Scenario.initial();

    check(missing, "create", world, creates());
    world = world.withOrdersEdited();
    check(missing, "edit orders", world, ordersEdits());
    world = world.withClicksEnabled(false);
    check(missing, "disable clicks", world, Set.of("POST /flows/{id}/action?op=disable"));
    world = world.withClicksEnabled(true);
    check(missing, "enable clicks", world, Set.of("POST /flows/{id}/action?op=enable"));
    world = world.withMovingToEventHubs();
    check(missing, "change the type of moving", world, typeChange());
    world = world.withoutLegacy();
    check(missing, "remove legacy", world, destinationDeletes());
    world = Scenario.empty();
    check(missing, "remove everything", world, profileDeletes());

    List<String> problems = new ArrayList<>();
    RequestConformance conformance = new RequestConformance(spec);
    for (LoggedRequest request : sent) {
      problems.addAll(conformance.problems(request));
    }

    assertEquals(Map.of(), missing, "each step sent every kind of request it stands for");
    assertEquals(List.of(), problems, "every request matches Adobe's descriptions");
  }

  /** Applies one step and notes the kinds of request it should have sent but did not. */
  private void check(
      Map<String, Set<String>> missing, String step, Scenario world, Set<String> expected)
      throws IOException {
    Path config = folder.resolve("config");
    Files.createDirectories(config);
    Files.writeString(config.resolve("engine.yaml"), world.yaml());
    proxy.resetRequests();

    Cli.Result apply =
        cli.run("apply", "--auto-approve", "--target", proxy.baseUrl(), config.toString());

    assertEquals(0, apply.exitCode(), step + ": " + apply);
    List<LoggedRequest> requests =
        new ArrayList<>(proxy.getAllServeEvents().stream().map(ServeEvent::getRequest).toList());
    Collections.reverse(requests);
    sent.addAll(requests);
    Set<String> kinds = new TreeSet<>();
    requests.forEach(request -> kinds.addAll(RequestKinds.of(request)));
    Set<String> notSeen = new TreeSet<>(expected);
    notSeen.addAll(LISTS);
    notSeen.removeAll(kinds);
    if (!notSeen.isEmpty()) {
      missing.put(step + " (sent " + kinds + ")", notSeen);
    }
  }

  private static Set<String> creates() {
    return Set.of(
        "POST /connections Profile",
        "POST /sourceConnections Profile",
        "POST /connections Kinesis",
        "POST /connections Event Hubs",
        "POST /targetConnections Kinesis",
        "POST /targetConnections Event Hubs",
        "POST /flows streaming dataflow",
        "PATCH /flows/{id} add " + SEGMENTS + "/-",
        "PATCH /flows/{id} add " + PROFILES + "/-");
  }

  private static Set<String> ordersEdits() {
    Set<String> kinds = new TreeSet<>();
    for (String resource : List.of("/connections/{id}", "/targetConnections/{id}", "/flows/{id}")) {
      kinds.add("PATCH " + resource + " replace /name");
      kinds.add("PATCH " + resource + " replace /description");
    }
    kinds.add("PATCH /connections/{id} replace /auth/params");
    kinds.add("PATCH /targetConnections/{id} replace /params/stream");
    kinds.add("PATCH /flows/{id} add " + SEGMENTS + "/-");
    kinds.add("PATCH /flows/{id} remove " + SEGMENTS + "/N");
    kinds.add("PATCH /flows/{id} replace " + SEGMENTS + "/N");
    kinds.add("PATCH /flows/{id} add " + PROFILES + "/-");
    kinds.add("PATCH /flows/{id} remove " + PROFILES + "/N");
    return kinds;
  }

  private static Set<String> typeChange() {
    Set<String> kinds = new TreeSet<>(destinationDeletes());
    kinds.add("POST /connections Event Hubs");
    kinds.add("POST /targetConnections Event Hubs");
    kinds.add("POST /flows streaming dataflow");
    return kinds;
  }

  private static Set<String> destinationDeletes() {
    return Set.of(
        "DELETE /flows/{id}", "DELETE /targetConnections/{id}", "DELETE /connections/{id}");
  }

  private static Set<String> profileDeletes() {
    return Set.of(
        "DELETE /flows/{id}",
        "DELETE /targetConnections/{id}",
        "DELETE /connections/{id}",
        "DELETE /sourceConnections/{id}");
  }
}
