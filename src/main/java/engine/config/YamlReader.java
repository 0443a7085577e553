package engine.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads one configuration file into a YAML node graph whose nodes carry their line and column.
 *
 * <p>Refuses, each as a diagnostic: files over {@link #MAX_BYTES}, bytes that are not UTF-8, YAML
 * syntax errors, aliases ({@code *name}: this format never needs them, and refusing them rules out
 * alias bombs) and more than one document per file. Duplicate keys are found later, when the nodes
 * are converted, so that both places can be named.
 */
final class YamlReader {

  /** The largest configuration file accepted: 1 MiB. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(true)
          .setMaxAliasesForCollections(0)
          .setAllowRecursiveKeys(false)
          .setCodePointLimit(MAX_BYTES)
          .setUseMarks(true)
          .build();

  private YamlReader() {}

  /**
   * Reads {@code file}. Returns the document's root node, or empty when the file has no content (it
   * is empty, holds only comments or an empty document) or when it was refused, in which case
   * {@code diagnostics} says why.
   */
  static Optional<Node> read(Path file, Diagnostics diagnostics) {
    SourcePosition start = new SourcePosition(file, 1, 1);
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        diagnostics.add(
            start,
            "the file is larger than the limit of 1 MiB",
            "split the configuration into several files, or put them in one directory");
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.add(
          start,
          "the file cannot be read (" + e.getClass().getSimpleName() + ")",
          "check that it exists and that the user running the engine may read it");
      return Optional.empty();
    }
    Optional<String> text = decode(file, bytes, diagnostics);
    if (text.isEmpty() || !checkEvents(file, text.get(), diagnostics)) {
      return Optional.empty();
    }
    try {
      return new Compose(SETTINGS)
          .composeString(text.get())
          .filter(root -> !(root instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)));
    } catch (YamlEngineException e) {
      syntaxError(file, text.get(), e, diagnostics);
      return Optional.empty();
    }
  }

  private static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      diagnostics.add(
          positionOfByte(file, bytes, bad),
          String.format("the file is not valid UTF-8 (byte 0x%02X)", bytes[bad] & 0xFF),
          "save the file with UTF-8 encoding");
      return Optional.empty();
    }
  }

  /** Checks every parser event: syntax, aliases and the number of documents. */
  private static boolean checkEvents(Path file, String text, Diagnostics diagnostics) {
    int before = diagnostics.count();
    int documents = 0;
    try {
      for (Event event : new Parse(SETTINGS).parseString(text)) {
        if (event.getEventId() == Event.ID.Alias) {
          diagnostics.add(
              positionOf(file, event.getStartMark()),
              "YAML aliases (*name) are not supported",
              "write the value out in full where it is needed");
        } else if (event.getEventId() == Event.ID.DocumentStart && ++documents == 2) {
          diagnostics.add(
              positionOf(file, event.getStartMark()),
              "the file holds more than one YAML document",
              "keep one document per file: move the part after `---` into a file of its own");
        }
      }
    } catch (YamlEngineException e) {
      syntaxError(file, text, e, diagnostics);
    }
    return diagnostics.count() == before;
  }

  /**
   * Reports the parser's own problem statement, without the snippet of the file it normally
   * appends: the snippet could show a secret written on that line.
   */
  private static void syntaxError(
      Path file, String text, YamlEngineException e, Diagnostics diagnostics) {
    SourcePosition position = positionOf(file, text, e);
    if (e instanceof ReaderException) {
      diagnostics.add(
          position,
          "the file contains a character that YAML does not allow",
          "remove it; YAML allows printable characters, tabs and line breaks");
      return;
    }
    String summary = "YAML syntax error";
    if (e instanceof MarkedYamlEngineException marked) {
      String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
      summary += ": " + context + marked.getProblem();
      SourcePosition start = positionOf(file, marked.getContextMark());
      if (marked.getContextMark().isPresent() && !start.equals(position)) {
        summary += " (it starts at line " + start.line() + ", column " + start.column() + ")";
      }
    }
    diagnostics.add(
        position, summary, "correct the YAML here (check indentation, colons and quotes)");
  }

  private static SourcePosition positionOf(Path file, String text, YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      return positionOf(file, marked.getProblemMark().or(marked::getContextMark));
    }
    if (e instanceof ReaderException reader) {
      return positionOfChar(file, text, reader.getPosition());
    }
    return new SourcePosition(file, 1, 1);
  }

  static SourcePosition positionOf(Path file, Optional<Mark> mark) {
    return mark.map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
        .orElse(new SourcePosition(file, 1, 1));
  }

  private static SourcePosition positionOfChar(Path file, String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }

  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** Line and column of a byte, counting the valid UTF-8 characters before it on its line. */
  private static SourcePosition positionOfByte(Path file, byte[] bytes, int offset) {
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return new SourcePosition(file, line, before.codePointCount(0, before.length()) + 1);
  }
}
