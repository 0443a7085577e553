package engine.render;

/** Terminal colours, or none. Colour is for terminals only; files and pipes get plain text. */
public enum Style {
  PLAIN,
  COLOR;

  String green(String text) {
    return paint("32", text);
  }

  String yellow(String text) {
    return paint("33", text);
  }

  String red(String text) {
    return paint("31", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  private String paint(String code, String text) {
    return switch (this) {
      case PLAIN -> text;
      case COLOR -> "\u001b[" + code + "m" + text + "\u001b[0m";
    };
  }
}
