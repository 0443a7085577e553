package engine.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code ${env:NAME}} and {@code ${file:PATH}} references in the accounts of a configuration
 * file. A secret's reference is only checked (the variable is set, the file holds something); other
 * references are resolved to their value. Diagnostics name the reference, never a value.
 */
final class References {

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{(?:env:(?<env>[A-Za-z_][A-Za-z0-9_]*)|file:(?<file>[^}]+))\\}");

  private static final Set<String> SECRET_FIELDS =
      Arrays.stream(DestinationType.values())
          .flatMap(type -> type.secretParams().stream())
          .collect(Collectors.toUnmodifiableSet());

  private final Function<String, String> environment;

  /**
   * @param environment looks up an environment variable; returns null when it is not set
   */
  References(Function<String, String> environment) {
    this.environment = environment;
  }

  /**
   * The reference written as {@code text}, with a file path made absolute against the folder of
   * {@code file}; empty when {@code text} is a literal.
   */
  static Optional<SecretRef> parse(String text, Path file) {
    Matcher matcher = REFERENCE.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    if (matcher.group("env") != null) {
      return Optional.of(new SecretRef(SecretRef.Source.ENV, matcher.group("env")));
    }
    Path folder = file.toAbsolutePath().getParent();
    Path target = folder.resolve(matcher.group("file")).normalize();
    return Optional.of(new SecretRef(SecretRef.Source.FILE, target.toString()));
  }

  /**
   * Checks every reference in the accounts of {@code tree}, whether or not the file is otherwise
   * valid, so that a missing variable is reported together with the file's other mistakes.
   *
   * @return the values of the references in non-secret fields, by the pointer of the field; secrets
   *     are checked but never returned
   */
  Map<String, String> resolveAll(PositionedTree tree, Diagnostics sink) {
    Map<String, String> resolved = new HashMap<>();
    tree.at("/destinations")
        .fieldNames()
        .forEachRemaining(
            key -> {
              String account = Pointers.child(Pointers.child("/destinations", key), "account");
              tree.at(account)
                  .fieldNames()
                  .forEachRemaining(
                      field -> resolveField(tree, Pointers.child(account, field), resolved, sink));
            });
    return resolved;
  }

  private void resolveField(
      PositionedTree tree, String pointer, Map<String, String> resolved, Diagnostics sink) {
    JsonNode value = tree.at(pointer);
    if (!value.isTextual()) {
      return;
    }
    boolean secret = SECRET_FIELDS.contains(Pointers.lastSegment(pointer));
    parse(value.asText(), tree.file())
        .flatMap(ref -> read(ref, tree.position(pointer), Pointers.label(pointer), sink))
        .filter(found -> !secret)
        .ifPresent(found -> resolved.put(pointer, found));
  }

  private Optional<String> read(
      SecretRef ref, SourcePosition position, String label, Diagnostics sink) {
    return switch (ref.source()) {
      case ENV -> readVariable(ref.name(), position, label, sink);
      case FILE -> readFile(Path.of(ref.name()), position, label, sink);
    };
  }

  private Optional<String> readVariable(
      String name, SourcePosition position, String label, Diagnostics sink) {
    String value = environment.apply(name);
    if (value == null || value.isEmpty()) {
      sink.add(
          position,
          label
              + " refers to the environment variable `"
              + name
              + "`, which is "
              + (value == null ? "not set" : "empty"),
          "set `"
              + name
              + "` in the environment the engine runs in, or refer to a file with"
              + " `${file:PATH}`");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static Optional<String> readFile(
      Path path, SourcePosition position, String label, Diagnostics sink) {
    String problem;
    String fix;
    if (!Files.isRegularFile(path)) {
      problem = "which does not exist";
      fix =
          "create the file, or correct the path (a relative path starts at the folder of this"
              + " YAML file)";
    } else {
      try {
        String value = Files.readString(path, StandardCharsets.UTF_8).stripTrailing();
        if (!value.isEmpty()) {
          return Optional.of(value);
        }
        problem = "which is empty";
        fix = "write the value into the file";
      } catch (IOException e) {
        problem = "which cannot be read";
        fix = "make the file readable, as UTF-8 text, by the user running the engine";
      }
    }
    sink.add(position, label + " refers to the file `" + path + "`, " + problem, fix);
    return Optional.empty();
  }
}
