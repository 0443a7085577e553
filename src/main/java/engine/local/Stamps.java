package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fills in the fields the server owns: ids, times (epoch milliseconds), the clients that created
 * and last updated a resource, its sandbox and organization, and a quoted etag (also kept as {@code
 * version}) that changes on every write.
 */
final class Stamps {

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong sequence = new AtomicLong();

  Stamps(Clock clock) {
    this.clock = clock;
  }

  long now() {
    return clock.millis();
  }

  String newId() {
    return UUID.randomUUID().toString();
  }

  /** A fresh etag in Adobe's shape, quotes included, for example {@code "\"1a2b...-0000\""}. */
  String newEtag() {
    long counter = sequence.incrementAndGet();
    return String.format(
        "\"%08x-0000-0200-0000-%012x\"",
        random.nextInt(), ((clock.millis() / 1000) << 16 | (counter & 0xffff)) & 0xffffffffffffL);
  }

  /** Stamps a resource about to be created, leaving its client fields as sent. */
  void created(ObjectNode document, String id, Caller caller) {
    long now = now();
    document.put("id", id);
    document.put("createdAt", now);
    document.put("updatedAt", now);
    document.put("createdBy", caller.clientId());
    document.put("updatedBy", caller.clientId());
    document.put("createdClient", caller.clientId());
    document.put("updatedClient", caller.clientId());
    document.put("sandboxId", caller.sandboxId());
    document.put("sandboxName", caller.sandboxName());
    document.put("imsOrgId", caller.imsOrgId());
    newVersion(document);
  }

  /** Stamps a resource that was just changed. */
  void updated(ObjectNode document, Caller caller) {
    document.put("updatedAt", now());
    document.put("updatedBy", caller.clientId());
    document.put("updatedClient", caller.clientId());
    newVersion(document);
  }

  private void newVersion(ObjectNode document) {
    String etag = newEtag();
    document.put("version", etag);
    document.put("etag", etag);
  }
}
