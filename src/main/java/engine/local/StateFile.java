package engine.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The JSON file that keeps the local Flow Service's state across restarts, guarded by an exclusive
 * lock on a sibling {@code .lock} file so that two processes never share it. Every write goes to a
 * temporary file that is flushed to disk and then renamed over the state file, so a crash (even
 * {@code kill -9}) leaves either the old or the new state, never a mix.
 */
final class StateFile implements AutoCloseable {

  /** The value of the {@code format} field that marks a state file. */
  static final String FORMAT = "engine-local-flow-service";

  /** The version of the layout this code reads and writes. */
  static final int FORMAT_VERSION = 1;

  private final Path path;
  private final FileChannel lockChannel;
  private final FileLock lock;

  private StateFile(Path path, FileChannel lockChannel, FileLock lock) {
    this.path = path;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /** Takes the lock of the state file at {@code path}, creating its directory when needed. */
  static StateFile lock(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path lockPath = absolute.resolveSibling(absolute.getFileName() + ".lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(absolute.getParent());
      channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw heldElsewhere(absolute, lockPath, null);
      }
      return new StateFile(absolute, channel, lock);
    } catch (OverlappingFileLockException e) {
      closeQuietly(channel);
      throw heldElsewhere(absolute, lockPath, e);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new LocalFlowServiceException(
          "cannot lock the local Flow Service state file " + absolute + ": " + e.getMessage(), e);
    } catch (LocalFlowServiceException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static LocalFlowServiceException heldElsewhere(Path state, Path lock, Throwable cause) {
    return new LocalFlowServiceException(
        "the local Flow Service state file "
            + state
            + " is in use by another local Flow Service (lock "
            + lock
            + " is held); stop that one first, or give this one another state file",
        cause);
  }

  Path path() {
    return path;
  }

  /**
   * The stored state, or empty when the file does not exist yet. A file that is not a state file is
   * refused, never emptied: the caller must move it aside or fix it.
   */
  Optional<ObjectNode> read() {
    if (!Files.exists(path)) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(Files.readAllBytes(path));
    } catch (JsonProcessingException e) {
      throw corrupt(
          "it is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (IOException e) {
      throw new LocalFlowServiceException(
          "cannot read the local Flow Service state file " + path + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw corrupt("it does not start with {\"format\": \"" + FORMAT + "\", ...}");
    }
    if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
      throw corrupt(
          "its formatVersion is "
              + root.path("formatVersion")
              + " but this engine reads version "
              + FORMAT_VERSION);
    }
    return Optional.of((ObjectNode) root);
  }

  LocalFlowServiceException corrupt(String why) {
    return new LocalFlowServiceException(
        "the local Flow Service state file "
            + path
            + " is corrupt: "
            + why
            + ". It was left untouched; move it aside (or delete it to start empty) and start"
            + " again");
  }

  /** Replaces the file's content atomically and durably. */
  void write(ObjectNode root) throws IOException {
    byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
    try (FileChannel out =
        FileChannel.open(
            temporary,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
      out.force(true);
    }
    try {
      Files.move(
          temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
    syncDirectory();
  }

  // The rename is durable only once the directory entry is on disk; not every platform allows
  // opening a directory, and there the rename is as durable as the platform makes it.
  private void syncDirectory() {
    try (FileChannel directory = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // nothing more can be done on this platform
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // the lock goes away with the channel below
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // closing is best effort; the operating system releases the lock with the process
      }
    }
  }
}
