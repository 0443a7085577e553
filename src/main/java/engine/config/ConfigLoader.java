package engine.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads and validates a configuration: one or more YAML files, or directories of them, that
 * together describe the destinations of one sandbox and what is activated on them.
 *
 * <p>Each file is read with the position of every node kept, converted to a JSON tree and validated
 * against {@code schemas/engine.schema.json}; then the rules that span files are checked and the
 * references are resolved. Every mistake of every file is collected and reported together. Secrets
 * are never read into the result: only that each one can be read is checked.
 */
public final class ConfigLoader {

  private final References references;

  /**
   * @param environment looks up an environment variable by name, returning null when it is not set
   *     (for example {@code System::getenv})
   */
  public ConfigLoader(Function<String, String> environment) {
    this.references = new References(environment);
  }

  /**
   * Loads the configuration made of {@code paths}: files, loaded as given, and directories, whose
   * {@code *.yaml} and {@code *.yml} files are loaded in order of name.
   *
   * @param paths at least one path
   * @throws IllegalArgumentException when {@code paths} is empty
   */
  public LoadResult load(List<Path> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("at least one configuration path is needed");
    }
    Diagnostics diagnostics = new Diagnostics();
    List<PositionedTree> trees = new ArrayList<>();
    Map<Path, Map<String, String>> resolved = new HashMap<>();
    for (Path file : ConfigFiles.expand(paths, diagnostics)) {
      int before = diagnostics.count();
      Optional<Node> root = YamlReader.read(file, diagnostics);
      if (diagnostics.count() > before) {
        continue;
      }
      PositionedTree tree = YamlToTree.convert(file, root, diagnostics);
      if (root.isPresent()) {
        SchemaValidator.validate(tree, diagnostics);
      }
      resolved.put(file, references.resolveAll(tree, diagnostics));
      trees.add(tree);
    }

    Optional<String> sandbox = CrossFileChecks.sandbox(trees, diagnostics);
    String owner = CrossFileChecks.owner(trees, diagnostics).orElse("");
    CrossFileChecks.uniqueDestinations(trees, diagnostics);
    if (!diagnostics.isEmpty()) {
      return new LoadResult.Invalid(diagnostics.sorted());
    }

    List<DestinationSpec> destinations = new ArrayList<>();
    List<ActivationSpec> activations = new ArrayList<>();
    for (PositionedTree tree : trees) {
      TreeMapper.FileContent content = TreeMapper.map(tree, resolved.get(tree.file()));
      destinations.addAll(content.destinations());
      activations.addAll(content.activations());
    }
    return new LoadResult.Loaded(
        new Configuration(sandbox.orElseThrow(), owner, destinations, activations));
  }
}
