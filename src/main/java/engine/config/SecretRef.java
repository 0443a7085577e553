package engine.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where a secret is kept: an environment variable ({@code ${env:NAME}}) or a file ({@code
 * ${file:PATH}}, relative to the configuration file that names it). The value itself is read only
 * when a request must carry it, and is never stored in a plan.
 *
 * @param source environment variable or file
 * @param name the variable name, or the file path made absolute
 */
public record SecretRef(Source source, String name) {

  /** Where the value is read from. */
  public enum Source {
    ENV,
    FILE
  }

  /** The reference as written in YAML, for messages and plans; never the value. */
  public String reference() {
    return switch (source) {
      case ENV -> "${env:" + name + "}";
      case FILE -> "${file:" + name + "}";
    };
  }

  /**
   * Reads the value: the variable through {@code environment}, or the file's content without its
   * trailing line break.
   *
   * @throws IllegalStateException when the variable is unset or empty
   * @throws UncheckedIOException when the file cannot be read
   */
  public String resolve(Function<String, String> environment) {
    return switch (source) {
      case ENV -> {
        String value = environment.apply(name);
        if (value == null || value.isEmpty()) {
          throw new IllegalStateException("environment variable " + name + " is not set");
        }
        yield value;
      }
      case FILE -> {
        try {
          yield Files.readString(Path.of(name), StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read secret file " + name, e);
        }
      }
    };
  }

  @Override
  public String toString() {
    return reference();
  }
}
