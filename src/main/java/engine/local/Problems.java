package engine.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found in one request body, collected so that one answer names all of them. Missing
 * fields make the answer Adobe's "missing field" error; any other mistake makes it "invalid
 * request".
 */
final class Problems {

  private final List<String> missing = new ArrayList<>();
  private final List<String> invalid = new ArrayList<>();

  void missing(String message) {
    missing.add(message);
  }

  void invalid(String message) {
    invalid.add(message);
  }

  /** Throws the one answer naming every problem found, if any was. */
  void throwIfAny() {
    if (missing.isEmpty() && invalid.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>(missing);
    all.addAll(invalid);
    ErrorCode code = missing.isEmpty() ? ErrorCode.INVALID_REQUEST : ErrorCode.MISSING_FIELD;
    throw ApiError.flow(code, String.join("; ", all));
  }
}
