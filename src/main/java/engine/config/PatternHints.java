package engine.config;

import java.util.Map;
import java.util.Optional;

/**
 * Plain-English descriptions of the text patterns in the configuration schema, so that a value in
 * the wrong form is reported with the form it should have rather than a regular expression. Every
 * {@code pattern} in {@code schemas/engine.schema.json} has an entry here (a test checks it).
 */
final class PatternHints {

  /**
   * How to describe one pattern.
   *
   * @param noun what the value is, as in "is not a valid <noun>"
   * @param form the expected form, as in "write <form>"
   */
  record Hint(String noun, String form) {}

  static final String REFERENCE = "^\\$\\{(env:[A-Za-z_][A-Za-z0-9_]*|file:[^}]+)\\}$";

  private static final String OR_REFERENCE = "|\\$\\{(env:[A-Za-z_][A-Za-z0-9_]*|file:[^}]+)\\})$";

  private static final String KEY_FORM =
      "1 to 63 lowercase letters, digits or hyphens, starting with a letter or digit, such as"
          + " `orders-kinesis`";

  private static final Map<String, Hint> HINTS =
      Map.ofEntries(
          Map.entry(
              "^[a-z0-9][a-z0-9-]{0,255}$",
              new Hint(
                  "sandbox name",
                  "lowercase letters, digits and hyphens, starting with a letter or digit, such as"
                      + " `prod`")),
          Map.entry("^[a-z0-9][a-z0-9-]{0,62}$", new Hint("destination key", KEY_FORM)),
          Map.entry(
              "^[a-z0-9][a-z0-9-]{0,31}$",
              new Hint(
                  "owner",
                  "1 to 32 lowercase letters, digits or hyphens, starting with a letter or digit,"
                      + " such as `marketing`")),
          Map.entry(
              "^[A-Za-z0-9_.-]{1,128}$",
              new Hint(
                  "Kinesis stream name",
                  "1 to 128 letters, digits, `_`, `.` or `-`, such as `orders-events`")),
          Map.entry(
              "^[A-Za-z0-9]([A-Za-z0-9._-]{0,254}[A-Za-z0-9])?$",
              new Hint(
                  "event hub name",
                  "up to 256 letters, digits, `.`, `_` or `-`, starting and ending with a letter or"
                      + " digit, such as `clicks`")),
          Map.entry(
              "^([A-Z0-9]{16,128}" + OR_REFERENCE,
              new Hint(
                  "AWS access key id",
                  "16 to 128 uppercase letters and digits, such as `AKIAEXAMPLEKEYID0001`, or a"
                      + " reference such as `${env:AWS_ACCESS_KEY_ID}`")),
          Map.entry(
              "^([a-z]{2}(-[a-z]+)+-[0-9]+" + OR_REFERENCE,
              new Hint(
                  "AWS region",
                  "a region such as `us-east-1`, or a reference such as `${env:AWS_REGION}`")),
          Map.entry(
              "^([A-Za-z][A-Za-z0-9-]{4,48}[A-Za-z0-9]" + OR_REFERENCE,
              new Hint(
                  "Event Hubs namespace",
                  "6 to 50 letters, digits or hyphens, starting with a letter and ending with a"
                      + " letter or digit, such as `acme-events`, or a reference such as"
                      + " `${env:EVENTHUB_NAMESPACE}`")),
          Map.entry(
              "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
              new Hint("audience id", "a UUID such as `9f3c2a70-5d1e-4c55-a0c4-1f7d2b7e1a10`")),
          Map.entry(
              "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$",
              new Hint(
                  "XDM path",
                  "names of letters, digits and `_` joined by dots, such as"
                      + " `person.name.firstName`")),
          Map.entry(REFERENCE, new Hint("reference", "`${env:NAME}` or `${file:PATH}`")),
          Map.entry(
              "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
              new Hint(
                  "dataflow id",
                  "a lowercase UUID such as `d3b07384-d113-4ec6-a0f5-2c3d9c1e7a11`")));

  private PatternHints() {}

  static Optional<Hint> forPattern(String pattern) {
    return Optional.ofNullable(HINTS.get(pattern));
  }
}
