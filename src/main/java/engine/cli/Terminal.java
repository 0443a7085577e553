package engine.cli;

import engine.render.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Map;
import picocli.CommandLine;

/** The user's console: where output goes, whether it is coloured and how to ask a question. */
final class Terminal {

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final Style style;

  Terminal(PrintWriter out, PrintWriter err, boolean interactive, Style style) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.style = style;
  }

  /**
   * The console of a command: its writers as picocli holds them, colour only on a terminal and
   * never when {@code NO_COLOR} is set or {@code --no-color} given.
   */
  static Terminal of(CommandLine commandLine, boolean noColor, Map<String, String> environment) {
    boolean console = System.console() != null;
    boolean colour =
        console
            && !noColor
            && environment.getOrDefault("NO_COLOR", "").isEmpty()
            && !"dumb".equals(environment.get("TERM"));
    return new Terminal(
        commandLine.getOut(), commandLine.getErr(), console, colour ? Style.COLOR : Style.PLAIN);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Style style() {
    return style;
  }

  /** Whether a person can answer a question. */
  boolean interactive() {
    return interactive;
  }

  /** Asks a question on standard input; answers the line typed, or empty at end of input. */
  String ask(String question) {
    out.print(question);
    out.flush();
    try {
      String line =
          new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())).readLine();
      return line == null ? "" : line.strip();
    } catch (IOException e) {
      return "";
    }
  }
}
