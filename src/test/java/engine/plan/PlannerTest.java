package engine.plan;

import static engine.graph.ConfigurationFixtures.activation;
import static engine.graph.ConfigurationFixtures.configuration;
import static engine.graph.ConfigurationFixtures.eventHubs;
import static engine.graph.ConfigurationFixtures.kinesis;
import static engine.graph.ConfigurationFixtures.resolve;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.apply.Applier;
import engine.apply.ApplyReport;
import engine.config.AccountSpec;
import engine.config.DestinationSpec;
import engine.flowservice.Collection;
import engine.graph.Address;
import engine.graph.DesiredState;
import engine.graph.ResourceKind;
import engine.testing.FakeFlowService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final Map<String, String> SECRETS =
      Map.of("KINESIS_SECRET", "kinesis-secret-value", "SAS_KEY", "sas-secret-value");

  private final FakeFlowService flowService = new FakeFlowService();

  @Test
  void createsEveryResourceInAnEmptySandbox() {
    DesiredState desired = ordersWith(List.of("seg-a", "seg-b"), List.of("person.name"));

    Plan plan = Planner.plan(desired, flowService.live());

    assertEquals(
        Map.of(
            Action.CREATE,
            6,
            Action.UPDATE,
            0,
            Action.REPLACE,
            0,
            Action.DELETE,
            0,
            Action.NO_OP,
            0),
        plan.counts());
  }

  @Test
  void plansNothingOnceApplied() {
    DesiredState desired = ordersWith(List.of("seg-a", "seg-b"), List.of("person.name"));
    apply(Planner.plan(desired, flowService.live()));

    Plan again = Planner.plan(desired, flowService.live());

    assertFalse(again.hasChanges(), "server-filled fields and masked secrets are not drift");
  }

  @Test
  void treatsAudiencesAsASetWhoseOrderNeverMatters() {
    apply(Planner.plan(ordersWith(List.of("seg-a", "seg-b"), List.of()), flowService.live()));

    Plan plan = Planner.plan(ordersWith(List.of("seg-b", "seg-a"), List.of()), flowService.live());

    assertFalse(plan.hasChanges());
  }

  @Test
  void removesSelectorsFromTheHighestIndexDown() {
    apply(
        Planner.plan(
            ordersWith(List.of("seg-a", "seg-b", "seg-c", "seg-d"), List.of()),
            flowService.live()));

    Plan plan =
        Planner.plan(ordersWith(List.of("seg-a", "seg-c", "seg-e"), List.of()), flowService.live());

    ArrayNode operations = patchOf(change(plan, "destination.orders.activation"));
    String selectors = "/transformations/0/params/segmentSelectors/selectors";
    assertEquals(
        List.of(
            "remove " + selectors + "/3", "remove " + selectors + "/1", "add " + selectors + "/-"),
        describe(operations),
        "descending removals keep every index pointing where it did when the plan was made");
  }

  @Test
  void sendsSecretsOnlyWhenTheCredentialsVersionRises() {
    apply(Planner.plan(ordersWith(List.of(), List.of()), flowService.live()));
    DesiredState raised = resolve(configuration(List.of(withCredentialsVersion(2)), List.of()));

    Plan plan = Planner.plan(raised, flowService.live());

    ResourceChange base = change(plan, "destination.orders.base-connection");
    assertEquals(Action.UPDATE, base.action());
    Request.Patch patch = (Request.Patch) base.requests().get(0);
    assertTrue(
        patch
            .secrets()
            .containsValue(withCredentialsVersion(2).account().secrets().get("secretKey")));
    assertFalse(
        patch.operations().toString().contains("kinesis-secret-value"),
        "a plan holds where a secret is kept, never its value");
  }

  @Test
  void replacesAChainWhenTheDestinationTypeChanges() {
    apply(Planner.plan(ordersWith(List.of("seg-a"), List.of()), flowService.live()));
    DesiredState changed =
        resolve(
            configuration(
                List.of(eventHubs("orders", 1)),
                List.of(activation("orders", 20, List.of("seg-a"), List.of()))));

    Plan plan = Planner.plan(changed, flowService.live());

    assertEquals(Action.REPLACE, change(plan, "destination.orders.base-connection").action());
    assertEquals(Action.REPLACE, change(plan, "destination.orders.target-connection").action());
    assertEquals(Action.REPLACE, change(plan, "destination.orders.dataflow").action());
    assertEquals(
        Action.CREATE,
        change(plan, "destination.orders.activation").action(),
        "a new dataflow starts with no audiences");
  }

  @Test
  void replacementConverges() {
    apply(Planner.plan(ordersWith(List.of("seg-a"), List.of()), flowService.live()));
    DesiredState changed =
        resolve(
            configuration(
                List.of(eventHubs("orders", 1)),
                List.of(activation("orders", 20, List.of("seg-a"), List.of()))));

    ApplyReport report = apply(Planner.plan(changed, flowService.live()));

    assertTrue(report.succeeded(), report::toString);
    assertFalse(Planner.plan(changed, flowService.live()).hasChanges());
  }

  @Test
  void deletesADestinationRemovedFromTheConfigurationWithItsReason() {
    DesiredState two =
        resolve(configuration(List.of(kinesis("orders", 1), kinesis("web", 30)), List.of()));
    apply(Planner.plan(two, flowService.live()));

    Plan plan = Planner.plan(ordersWith(List.of(), List.of()), flowService.live());

    ResourceChange flow = change(plan, "destination.web.dataflow");
    assertEquals(Action.DELETE, flow.action());
    assertEquals("destination 'web' is no longer in the configuration", flow.reason());
    assertEquals(3, plan.counts().get(Action.DELETE), "dataflow, target and base connection");
  }

  @Test
  void neverTouchesResourcesWithoutTheMarker() {
    ObjectNode foreign =
        JsonNodeFactory.instance
            .objectNode()
            .put("name", "Kinesis orders")
            .put("description", "made in the UI");
    foreign.putObject("flowSpec").put("id", "71471eba-b620-49e4-90fd-23f1fa0174d8");
    String foreignId = flowService.put(Collection.FLOWS, foreign);

    Plan plan = Planner.plan(resolve(configuration(List.of(), List.of())), flowService.live());

    assertFalse(plan.hasChanges(), "a dataflow without the marker is not the engine's");
    assertTrue(plan.changes().stream().noneMatch(c -> c.liveId().equals(foreignId)));
  }

  @Test
  void undoesAChangeMadeBehindTheEnginesBack() {
    DesiredState desired = ordersWith(List.of("seg-a"), List.of());
    apply(Planner.plan(desired, flowService.live()));
    ObjectNode flow = flowService.live().flows().get(0);
    flowService
        .resource(Collection.FLOWS, flow.path("id").asText())
        .put("state", "disabled")
        .put("name", "renamed in the UI");

    Plan plan = Planner.plan(desired, flowService.live());
    apply(plan);

    assertEquals(Action.UPDATE, change(plan, "destination.orders.dataflow").action());
    assertFalse(Planner.plan(desired, flowService.live()).hasChanges());
  }

  private DesiredState ordersWith(List<String> audiences, List<String> attributes) {
    return resolve(
        configuration(
            List.of(kinesis("orders", 1)),
            List.of(activation("orders", 20, audiences, attributes))));
  }

  private static DestinationSpec withCredentialsVersion(int version) {
    DestinationSpec spec = kinesis("orders", 1);
    AccountSpec account = spec.account();
    return new DestinationSpec(
        spec.key(),
        spec.type(),
        spec.name(),
        spec.description(),
        spec.enabled(),
        new AccountSpec(account.params(), account.secrets(), version, account.position()),
        spec.target(),
        spec.adopt(),
        spec.position());
  }

  private ApplyReport apply(Plan plan) {
    return new Applier(flowService, SECRETS::get, 2, new PrintWriter(new StringWriter()))
        .apply(plan);
  }

  private static ResourceChange change(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change for " + address));
  }

  private static ArrayNode patchOf(ResourceChange change) {
    return ((Request.Patch) change.requests().get(0)).operations();
  }

  private static List<String> describe(ArrayNode operations) {
    return java.util.stream.StreamSupport.stream(operations.spliterator(), false)
        .map(op -> op.path("op").asText() + " " + op.path("path").asText())
        .toList();
  }

  @SuppressWarnings("unused")
  private static Address address(String key, ResourceKind kind) {
    return Address.of(key, kind);
  }
}
