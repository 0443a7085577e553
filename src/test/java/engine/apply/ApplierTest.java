package engine.apply;

import static engine.graph.ConfigurationFixtures.activation;
import static engine.graph.ConfigurationFixtures.configuration;
import static engine.graph.ConfigurationFixtures.kinesis;
import static engine.graph.ConfigurationFixtures.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.flowservice.Collection;
import engine.flowservice.FlowServiceClient;
import engine.flowservice.Written;
import engine.graph.DesiredState;
import engine.plan.Action;
import engine.plan.Plan;
import engine.plan.Planner;
import engine.plan.ResourceChange;
import engine.testing.FakeFlowService;
import engine.testing.ForwardingClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ApplierTest {

  private static final Map<String, String> SECRETS = Map.of("KINESIS_SECRET", "top-secret-value");

  private final StringWriter progress = new StringWriter();

  @Test
  void createsEachResourceAfterWhatItDependsOn() {
    FakeFlowService flowService = new FakeFlowService();
    Plan plan = Planner.plan(twoDestinations(), flowService.live());

    ApplyReport report = applier(flowService).apply(plan);

    assertTrue(report.succeeded());
    List<String> calls = flowService.calls();
    assertTrue(calls.indexOf("POST connections") < calls.indexOf("POST targetConnections"));
    assertTrue(calls.indexOf("POST sourceConnections") < calls.indexOf("POST flows"));
    assertTrue(
        calls.lastIndexOf("POST targetConnections") < calls.lastIndexOf("POST flows"),
        "a dataflow needs its target connection's id");
  }

  @Test
  void skipsOnlyWhatDependsOnAFailure() {
    FakeFlowService flowService = new FakeFlowService().failing("POST sourceConnections");
    Plan plan = Planner.plan(twoDestinations(), flowService.live());

    ApplyReport report = applier(flowService).apply(plan);

    assertFalse(report.succeeded());
    assertEquals(List.of("profile.source-connection"), addresses(report, Outcome.Status.FAILED));
    assertEquals(
        List.of(
            "destination.orders.dataflow",
            "destination.orders.activation",
            "destination.web.dataflow"),
        addresses(report, Outcome.Status.SKIPPED),
        "dataflows read the source connection; their activations need the dataflows");
    assertEquals(
        5,
        report.count(Outcome.Status.APPLIED),
        "the Profile base connection and both destinations' connections do not depend on it");
  }

  @Test
  void deletesInReverseDependencyOrder() {
    FakeFlowService flowService = new FakeFlowService();
    applier(flowService).apply(Planner.plan(twoDestinations(), flowService.live()));
    DesiredState empty = resolve(configuration(List.of(), List.of()));
    Plan plan = Planner.plan(empty, flowService.live());

    ApplyReport report = applier(flowService).apply(plan);

    assertTrue(report.succeeded());
    assertEquals(8, plan.counts().get(Action.DELETE));
    for (String key : List.of("orders", "web")) {
      int flow = deleteIndex(flowService, plan, "destination." + key + ".dataflow");
      int target = deleteIndex(flowService, plan, "destination." + key + ".target-connection");
      int base = deleteIndex(flowService, plan, "destination." + key + ".base-connection");
      assertTrue(flow < target && target < base, key + ": dataflow, target, then base connection");
    }
  }

  private static int deleteIndex(FakeFlowService flowService, Plan plan, String address) {
    String id =
        plan.changes().stream()
            .filter(c -> c.address().toString().equals(address))
            .findFirst()
            .orElseThrow()
            .liveId();
    List<String> calls = flowService.calls();
    for (int i = 0; i < calls.size(); i++) {
      if (calls.get(i).startsWith("DELETE ") && calls.get(i).endsWith("/" + id)) {
        return i;
      }
    }
    throw new AssertionError("no DELETE of " + address);
  }

  @Test
  void aStoppedApplyFinishesWhatIsInFlightAndStartsNothingMore() {
    FakeFlowService flowService = new FakeFlowService();
    Plan plan = Planner.plan(twoDestinations(), flowService.live());
    AtomicReference<Applier> applier = new AtomicReference<>();
    FlowServiceClient stoppingOnFirstCreate =
        new ForwardingClient(flowService) {
          @Override
          public Written create(Collection collection, ObjectNode body) {
            applier.get().stop();
            return super.create(collection, body);
          }
        };
    applier.set(new Applier(stoppingOnFirstCreate, SECRETS::get, 1, new PrintWriter(progress)));

    ApplyReport report = applier.get().apply(plan);

    assertEquals(1, report.count(Outcome.Status.APPLIED), "the create in flight completes");
    assertEquals(plan.counts().get(Action.CREATE) - 1, report.count(Outcome.Status.SKIPPED));
    assertTrue(
        report.outcomes().stream()
            .filter(o -> o.status() == Outcome.Status.SKIPPED)
            .allMatch(o -> o.detail().equals("apply was stopped before it started")));
    assertEquals(1, flowService.calls().size(), "nothing was sent after the stop");
  }

  @Test
  void refusesToDeleteAResourceChangedSinceThePlanAndDeletesTheRest() {
    FakeFlowService flowService = new FakeFlowService();
    applier(flowService).apply(Planner.plan(twoDestinations(), flowService.live()));
    Plan plan =
        Planner.plan(
            resolve(configuration(List.of(kinesis("orders", 1)), List.of())), flowService.live());
    String webFlow = changeOf(plan, "destination.web.dataflow").liveId();
    flowService.resource(Collection.FLOWS, webFlow).put("etag", "\"changed-behind-the-plan\"");

    ApplyReport report = applier(flowService).apply(plan);

    assertEquals(
        List.of("destination.web.dataflow"),
        addresses(report, Outcome.Status.FAILED),
        "the changed dataflow is not deleted");
    assertTrue(
        report.outcomes().stream()
            .anyMatch(o -> o.detail().contains("changed since the plan was made")),
        report::toString);
    assertTrue(
        flowService.live().flows().stream().anyMatch(f -> f.path("id").asText().equals(webFlow)));
  }

  @Test
  void neverWritesASecretToTheProgressOutput() {
    FakeFlowService flowService = new FakeFlowService();

    applier(flowService).apply(Planner.plan(twoDestinations(), flowService.live()));

    assertFalse(progress.toString().contains("top-secret-value"));
  }

  private Applier applier(FakeFlowService flowService) {
    return new Applier(flowService, SECRETS::get, 3, new PrintWriter(progress));
  }

  private static DesiredState twoDestinations() {
    return resolve(
        configuration(
            List.of(kinesis("orders", 1), kinesis("web", 30)),
            List.of(activation("orders", 50, List.of("seg-a"), List.of()))));
  }

  private static ResourceChange changeOf(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> addresses(ApplyReport report, Outcome.Status status) {
    return report.outcomes().stream()
        .filter(o -> o.status() == status)
        .map(o -> o.address().toString())
        .toList();
  }
}
