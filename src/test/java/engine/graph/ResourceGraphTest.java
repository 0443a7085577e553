package engine.graph;

import static engine.graph.ConfigurationFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import engine.config.Diagnostic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceGraphTest {

  private static final Address BASE = Address.of("a", ResourceKind.BASE_CONNECTION);
  private static final Address TARGET = Address.of("a", ResourceKind.TARGET_CONNECTION);
  private static final Address FLOW = Address.of("a", ResourceKind.DATAFLOW);
  private static final Address OTHER = Address.of("b", ResourceKind.BASE_CONNECTION);

  @Test
  void namesEveryMemberOfACycleOnce() {
    var builder =
        ResourceGraph.builder()
            .add(BASE, Set.of(FLOW), at(1))
            .add(TARGET, Set.of(BASE), at(2))
            .add(FLOW, Set.of(TARGET), at(3))
            .add(OTHER, Set.of(), at(4));

    GraphResult result = builder.build();

    List<Diagnostic> problems = assertInstanceOf(GraphResult.Invalid.class, result).diagnostics();
    assertEquals(1, problems.size(), "one cycle is one diagnostic");
    assertEquals(
        "test.yaml:1:3: these resources depend on each other in a cycle:"
            + " destination.a.base-connection, destination.a.target-connection,"
            + " destination.a.dataflow; remove one of the dependencies between them",
        problems.get(0).toString());
  }

  @Test
  void namesEveryDanglingDependencyInPositionOrder() {
    var builder =
        ResourceGraph.builder().add(FLOW, Set.of(TARGET), at(7)).add(OTHER, Set.of(BASE), at(2));

    GraphResult result = builder.build();

    List<Diagnostic> problems = assertInstanceOf(GraphResult.Invalid.class, result).diagnostics();
    assertEquals(
        List.of(
            "test.yaml:2:3: destination.b.base-connection depends on"
                + " destination.a.base-connection, which is not defined; define"
                + " destination.a.base-connection or remove the reference to it",
            "test.yaml:7:3: destination.a.dataflow depends on destination.a.target-connection,"
                + " which is not defined; define destination.a.target-connection or remove the"
                + " reference to it"),
        problems.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void knowsDependentsAsWellAsDependencies() {
    var built =
        ResourceGraph.builder().add(BASE, Set.of(), at(1)).add(TARGET, Set.of(BASE), at(2)).build();

    ResourceGraph graph = assertInstanceOf(GraphResult.Built.class, built).graph();

    assertEquals(Set.of(TARGET), graph.dependents(BASE));
    assertEquals(Set.of(BASE), graph.dependsOn(TARGET));
  }
}
