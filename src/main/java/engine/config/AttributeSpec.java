package engine.config;

/**
 * A profile attribute to export, as an XDM path such as {@code person.name.firstName}.
 *
 * @param path the XDM path
 * @param position where it is written
 */
public record AttributeSpec(String path, SourcePosition position) {}
