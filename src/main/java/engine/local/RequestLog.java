package engine.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One JSON line per request answered (or reset): time, method, path, query, status, duration,
 * sandbox, request id and the injected fault, if any. Headers and bodies are never written, so no
 * token and no secret reaches the log. Each line is flushed as it is written.
 */
final class RequestLog implements AutoCloseable {

  private final BufferedWriter writer;

  private RequestLog(BufferedWriter writer) {
    this.writer = writer;
  }

  /** A log that writes nothing. */
  static RequestLog none() {
    return new RequestLog(null);
  }

  /** A log appending to {@code path}, creating it and its directory when needed. */
  static RequestLog appendingTo(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new RequestLog(
          Files.newBufferedWriter(
              path,
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND,
              StandardOpenOption.WRITE));
    } catch (IOException e) {
      throw new LocalFlowServiceException(
          "cannot open the request log " + path + ": " + e.getMessage(), e);
    }
  }

  /** One entry; {@code status} is 0 for a connection reset without an answer. */
  record Entry(
      Instant time,
      String method,
      String path,
      String query,
      int status,
      long durationMillis,
      String sandbox,
      String requestId,
      FaultInjector.Fault fault) {}

  synchronized void write(Entry entry) {
    if (writer == null) {
      return;
    }
    ObjectNode line = Json.object();
    line.put("time", entry.time().toString());
    line.put("method", entry.method());
    line.put("path", entry.path());
    line.put("query", entry.query());
    line.put("status", entry.status());
    line.put("durationMs", entry.durationMillis());
    line.put("sandbox", entry.sandbox());
    line.put("requestId", entry.requestId());
    if (entry.fault() != FaultInjector.Fault.NONE) {
      line.put("fault", entry.fault().name().toLowerCase(java.util.Locale.ROOT));
    }
    try {
      writer.write(line.toString());
      writer.newLine();
      writer.flush();
    } catch (IOException e) {
      // a log that cannot be written must not fail the request it describes
    }
  }

  @Override
  public synchronized void close() {
    if (writer != null) {
      try {
        writer.close();
      } catch (IOException e) {
        // nothing left to flush to
      }
    }
  }
}
