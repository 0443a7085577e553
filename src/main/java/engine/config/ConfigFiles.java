package engine.config;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the paths a user gave into the configuration files to load, in load order: a file as given,
 * a directory as its {@code *.yaml} and {@code *.yml} files sorted by name (not its
 * subdirectories). A file named twice is loaded once.
 */
final class ConfigFiles {

  private ConfigFiles() {}

  static List<Path> expand(List<Path> paths, Diagnostics diagnostics) {
    List<Path> files = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (Path path : paths) {
      for (Path file : filesAt(path, diagnostics)) {
        if (seen.add(file.toAbsolutePath().normalize())) {
          files.add(file);
        }
      }
    }
    return files;
  }

  private static List<Path> filesAt(Path path, Diagnostics diagnostics) {
    SourcePosition position = new SourcePosition(path, 1, 1);
    if (!Files.exists(path)) {
      diagnostics.add(
          position,
          "there is no file or directory at this path",
          "check the path; a relative path starts at the current directory");
      return List.of();
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "*.{yaml,yml}")) {
      entries.forEach(
          entry -> {
            if (Files.isRegularFile(entry)) {
              files.add(entry);
            }
          });
    } catch (IOException e) {
      diagnostics.add(
          position,
          "the directory cannot be read",
          "make it readable by the user running the engine");
      return List.of();
    }
    if (files.isEmpty()) {
      diagnostics.add(
          position,
          "the directory holds no .yaml or .yml file",
          "name a directory that holds configuration files, or the files themselves");
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
    return files;
  }
}
