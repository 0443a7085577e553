package engine.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark by which the engine knows a Flow Service resource is its own. It ends the resource's
 * description, where Adobe's UI shows it: {@code [engine:profile]} on the Profile connections,
 * {@code [engine:destination=orders]} on a destination's target connection and dataflow, and {@code
 * [engine:destination=orders;credentials=2]} on its base connection, which also records the
 * credentials version last sent (secrets cannot be read back, so this is how a plan knows whether
 * to send them again). A configuration with an owner adds it, as in {@code
 * [engine:destination=orders;owner=marketing]}. Resources without the mark, or with another
 * owner's, are never changed or deleted.
 *
 * @param destination the destination key; empty for the Profile connections
 * @param credentialsVersion the credentials version last sent; 0 when not recorded
 * @param owner the owner of the configuration that made the resource; empty when none was named
 */
public record OwnershipMarker(String destination, int credentialsVersion, String owner) {

  private static final Pattern TAG =
      Pattern.compile(
          "\\[engine:(?:profile|destination=([a-z0-9][a-z0-9-]*))"
              + "(?:;credentials=(\\d{1,9}))?(?:;owner=([a-z0-9][a-z0-9-]*))?\\]$");

  public static OwnershipMarker profile(String owner) {
    return new OwnershipMarker("", 0, owner);
  }

  public static OwnershipMarker destination(String key, String owner) {
    return new OwnershipMarker(key, 0, owner);
  }

  public static OwnershipMarker base(String key, int credentialsVersion, String owner) {
    return new OwnershipMarker(key, credentialsVersion, owner);
  }

  /** The marker at the end of a description, if there is one. */
  public static Optional<OwnershipMarker> find(String description) {
    Matcher m = TAG.matcher(description.stripTrailing());
    if (!m.find()) {
      return Optional.empty();
    }
    String key = m.group(1) == null ? "" : m.group(1);
    int version = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    String owner = m.group(3) == null ? "" : m.group(3);
    return Optional.of(new OwnershipMarker(key, version, owner));
  }

  /** The tag itself, e.g. {@code [engine:destination=orders]}. */
  public String tag() {
    String scope = destination.isEmpty() ? "profile" : "destination=" + destination;
    String credentials = credentialsVersion > 0 ? ";credentials=" + credentialsVersion : "";
    String ownedBy = owner.isEmpty() ? "" : ";owner=" + owner;
    return "[engine:" + scope + credentials + ownedBy + "]";
  }

  /** The user's description followed by the tag. */
  public String describe(String description) {
    return description.isBlank() ? tag() : description.strip() + " " + tag();
  }
}
