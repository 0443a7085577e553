package engine.config;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Writes configuration files into a temporary directory and loads them. */
final class Fixture {

  private final Path dir;
  private Map<String, String> environment = Map.of();

  Fixture(Path dir) {
    this.dir = dir;
  }

  Fixture withEnvironment(Map<String, String> variables) {
    this.environment = Map.copyOf(variables);
    return this;
  }

  /** Writes {@code lines} joined by line breaks to {@code name} and returns its path. */
  Path write(String name, String... lines) {
    return writeBytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  Path writeBytes(String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LoadResult load(String... names) {
    List<Path> paths = Arrays.stream(names).map(dir::resolve).toList();
    return new ConfigLoader(environment::get).load(paths);
  }

  Configuration loaded(String... names) {
    LoadResult result = load(names);
    if (result instanceof LoadResult.Invalid invalid) {
      throw new AssertionError("expected a valid configuration, got " + invalid.diagnostics());
    }
    return ((LoadResult.Loaded) result).configuration();
  }

  /** The diagnostics as rendered, with the temporary directory cut from file names. */
  List<String> diagnostics(String... names) {
    LoadResult result = load(names);
    LoadResult.Invalid invalid =
        assertInstanceOf(LoadResult.Invalid.class, result, "the configuration should be invalid");
    return invalid.diagnostics().stream()
        .map(Diagnostic::toString)
        .map(text -> text.replace(dir + dir.getFileSystem().getSeparator(), ""))
        .toList();
  }

  Path dir() {
    return dir;
  }

  /** A valid file with one Kinesis destination, before any line is changed by a test. */
  static String[] kinesisFile() {
    return new String[] {
      "version: 1", // 1
      "sandbox: prod", // 2
      "destinations:", // 3
      "  orders-kinesis:", // 4
      "    type: amazon-kinesis", // 5
      "    name: Orders to Kinesis", // 6
      "    account:", // 7
      "      accessKeyId: AKIAEXAMPLEKEYID0001", // 8
      "      secretKey: ${env:AWS_SECRET_ACCESS_KEY}", // 9
      "      region: us-east-1", // 10
      "    stream: orders-events", // 11
    };
  }

  static final Map<String, String> AWS_SECRET = Map.of("AWS_SECRET_ACCESS_KEY", "s3cr3t-value");
}
