package engine.config;

import java.nio.file.Path;

/**
 * Where a value was written in a configuration file: 1-based line and column, as editors count.
 *
 * @param file the file as the user named it (relative paths stay relative)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePosition(Path file, int line, int column)
    implements Comparable<SourcePosition> {

  @Override
  public int compareTo(SourcePosition other) {
    int byFile = file.toString().compareTo(other.file.toString());
    if (byFile != 0) {
      return byFile;
    }
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
