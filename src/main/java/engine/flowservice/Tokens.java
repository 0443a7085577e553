package engine.flowservice;

/** Live bearer tokens for Flow Service requests. */
interface Tokens {

  /** A token valid for the next request. */
  String current();

  /**
   * Called after Flow Service refused {@code rejected}: fetches a fresh token unless another thread
   * already did, and answers whether one more attempt is worth it.
   */
  boolean renew(String rejected);

  /** The same token forever; nothing to renew. */
  static Tokens fixed(String token) {
    return new Tokens() {
      @Override
      public String current() {
        return token;
      }

      @Override
      public boolean renew(String rejected) {
        return false;
      }
    };
  }
}
