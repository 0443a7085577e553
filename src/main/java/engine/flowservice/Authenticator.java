package engine.flowservice;

import java.util.Map;

/** Adds credentials to requests, and renews them once when a request is refused with 401. */
interface Authenticator {

  /** No credentials: the IMS token request authenticates with its form body. */
  Authenticator NONE =
      new Authenticator() {
        @Override
        public Map<String, String> headers() {
          return Map.of();
        }

        @Override
        public boolean renew(Map<String, String> rejected) {
          return false;
        }
      };

  /** The headers that authenticate the next attempt. */
  Map<String, String> headers();

  /**
   * Called after a 401 for an attempt sent with {@code rejected}: answers whether fresh credentials
   * are ready for one more attempt.
   */
  boolean renew(Map<String, String> rejected);
}
