package engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** Which configuration files to read. */
final class ConfigurationOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Configuration files, or folders whose *.yaml and *.yml files are read"
              + " (default: the current folder).")
  List<Path> paths = new ArrayList<>();

  List<Path> pathsOrCurrentFolder() {
    return paths.isEmpty() ? List.of(Path.of(".")) : List.copyOf(paths);
  }
}
