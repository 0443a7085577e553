package engine.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.ConfigLoader;
import engine.config.LoadResult;
import engine.graph.DesiredResult;
import engine.graph.DesiredStateBuilder;
import engine.live.LiveState;
import engine.plan.Plan;
import engine.plan.Planner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan text for each case folder under {@code src/test/resources/golden}: the configuration in
 * {@code config/}, the live state in {@code live.json} (list answers of Flow Service, by
 * collection), and the expected plan in {@code plan.txt}. Run with {@code -Dgolden.update=true} to
 * rewrite every {@code plan.txt} from the current output, then review the difference.
 */
class GoldenPlanTest {

  private static final Path CASES = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Map<String, String> SECRETS =
      Map.of("KINESIS_SECRET_KEY", "golden-kinesis-secret", "EVENTHUB_SAS_KEY", "golden-sas-key");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(CASES)) {
      return folders.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rendersThePlanOfEachCaseAsRecorded(String name) throws IOException {
    Path folder = CASES.resolve(name);
    LoadResult loaded = new ConfigLoader(SECRETS::get).load(List.of(folder.resolve("config")));
    DesiredResult desired =
        DesiredStateBuilder.build(
            assertInstanceOf(LoadResult.Loaded.class, loaded).configuration());
    LiveState live = live(folder.resolve("live.json"));

    Plan plan = Planner.plan(assertInstanceOf(DesiredResult.Resolved.class, desired).state(), live);
    String rendered = render(plan);

    Path expected = folder.resolve("plan.txt");
    if (UPDATE) {
      Files.writeString(expected, rendered);
    }
    assertEquals(Files.readString(expected), rendered, "plan text of " + name);
    assertEquals(
        false,
        rendered.contains("golden-kinesis-secret") || rendered.contains("golden-sas"),
        "secret values never appear in a plan");
  }

  private static String render(Plan plan) {
    StringWriter text = new StringWriter();
    new PlanRenderer(Style.PLAIN).render(plan, new PrintWriter(text));
    return text.toString();
  }

  private static LiveState live(Path file) throws IOException {
    JsonNode live = JSON.readTree(file.toFile());
    return new LiveState(
        items(live, "connections"),
        items(live, "sourceConnections"),
        items(live, "targetConnections"),
        items(live, "flows"));
  }

  private static List<ObjectNode> items(JsonNode live, String collection) {
    List<ObjectNode> items = new ArrayList<>();
    live.path(collection).forEach(item -> items.add((ObjectNode) item));
    return items;
  }
}
