package engine.flowservice;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Builds Flow Service URLs with exactly the encoding Flow Service's filters need. */
final class Urls {

  /** Characters a filter keeps as they are: its operators and list separators read best raw. */
  private static final String QUERY_LITERALS = "=,:@/";

  private Urls() {}

  /** {@code base/collection}. */
  static String collection(URI base, Collection collection) {
    return base + "/" + collection.path();
  }

  /** {@code base/collection/id}, the id encoded as one path segment. */
  static String resource(URI base, Collection collection, String id) {
    return collection(base, collection) + "/" + encode(id, "");
  }

  /** The first page of a list: the largest page size, and one {@code property} per filter. */
  static String firstPage(URI base, Collection collection, List<String> propertyFilters) {
    StringBuilder url =
        new StringBuilder(collection(base, collection)).append("?limit=").append(Pages.PAGE_SIZE);
    for (String filter : propertyFilters) {
      url.append("&property=").append(encode(filter, QUERY_LITERALS));
    }
    return url.toString();
  }

  /** A query parameter value, encoded. */
  static String queryValue(String value) {
    return encode(value, QUERY_LITERALS);
  }

  private static String encode(String value, String literals) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (unreserved(c) || (c < 0x80 && literals.indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
