package engine.flowservice;

import java.util.List;

/**
 * The settings needed to reach Flow Service are missing or wrong (an unset {@code ADOBE_*}
 * variable, a malformed URL, a bad limit). Raised before any request is sent; every problem found
 * is listed at once so the user can fix them all in one go.
 */
public class ClientConfigurationException extends RuntimeException {

  private final List<String> problems;

  /**
   * @param summary what could not be set up
   * @param problems each problem with how to fix it, in the order found
   */
  public ClientConfigurationException(String summary, List<String> problems) {
    super(
        summary
            + System.lineSeparator()
            + "  - "
            + String.join(System.lineSeparator() + "  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem with how to fix it. */
  public List<String> problems() {
    return problems;
  }
}
