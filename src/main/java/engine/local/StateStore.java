package engine.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every sandbox's resources, kept in memory and, unless the store is in memory only, in a {@link
 * StateFile} written after every change and before the change is answered. One request at a time
 * reads or changes the store, so concurrent requests never see half a change.
 */
final class StateStore implements AutoCloseable {

  private final Map<TenantKey, Tenant> tenants = new LinkedHashMap<>();
  private final Optional<StateFile> file;

  private StateStore(Optional<StateFile> file) {
    this.file = file;
  }

  /** A store that forgets everything when the server stops. */
  static StateStore inMemory() {
    return new StateStore(Optional.empty());
  }

  /** A store kept in the file at {@code path}, locked for this process until {@link #close()}. */
  static StateStore open(Path path) {
    StateFile file = StateFile.lock(path);
    try {
      StateStore store = new StateStore(Optional.of(file));
      file.read().ifPresent(root -> store.load(root, file));
      return store;
    } catch (RuntimeException e) {
      file.close();
      throw e;
    }
  }

  private void load(ObjectNode root, StateFile from) {
    JsonNode sandboxes = root.path("sandboxes");
    if (!sandboxes.isArray()) {
      throw from.corrupt("\"sandboxes\" is not an array");
    }
    for (JsonNode sandbox : sandboxes) {
      String org = sandbox.path("imsOrgId").asText("");
      String name = sandbox.path("sandboxName").asText("");
      if (org.isEmpty() || name.isEmpty()) {
        throw from.corrupt("a sandbox entry lacks imsOrgId or sandboxName");
      }
      Tenant tenant = new Tenant();
      for (ResourceKind kind : ResourceKind.values()) {
        JsonNode documents = sandbox.path(kind.path());
        if (!documents.isMissingNode() && !documents.isArray()) {
          throw from.corrupt("\"" + kind.path() + "\" of sandbox " + name + " is not an array");
        }
        for (JsonNode document : documents) {
          if (!document.isObject() || !document.path("id").isTextual()) {
            throw from.corrupt("an entry of \"" + kind.path() + "\" has no id");
          }
          tenant.put(kind, (ObjectNode) document);
        }
      }
      tenants.put(new TenantKey(org, name), tenant);
    }
  }

  /** Runs a read-only look at one sandbox. */
  synchronized <T> T read(TenantKey key, Function<Tenant, T> reader) {
    return reader.apply(tenants.getOrDefault(key, new Tenant()));
  }

  /**
   * Runs a change to one sandbox and saves it. When the change throws, or saving fails, the sandbox
   * is left as it was before.
   */
  synchronized <T> T write(TenantKey key, Function<Tenant, T> change) {
    Tenant tenant = tenants.computeIfAbsent(key, k -> new Tenant());
    Tenant before = tenant.deepCopy();
    try {
      T result = change.apply(tenant);
      save();
      return result;
    } catch (IOException e) {
      tenants.put(key, before);
      throw ApiError.flow(
          ErrorCode.INTERNAL_ERROR, "the local state could not be saved: " + e.getMessage());
    } catch (RuntimeException e) {
      tenants.put(key, before);
      throw e;
    }
  }

  private void save() throws IOException {
    if (file.isPresent()) {
      file.get().write(snapshot());
    }
  }

  private ObjectNode snapshot() {
    ObjectNode root = Json.object();
    root.put("format", StateFile.FORMAT);
    root.put("formatVersion", StateFile.FORMAT_VERSION);
    ArrayNode sandboxes = root.putArray("sandboxes");
    tenants.forEach(
        (key, tenant) -> {
          if (tenant.isEmpty()) {
            return;
          }
          ObjectNode sandbox = sandboxes.addObject();
          sandbox.put("imsOrgId", key.imsOrgId());
          sandbox.put("sandboxName", key.sandboxName());
          for (ResourceKind kind : ResourceKind.values()) {
            ArrayNode documents = sandbox.putArray(kind.path());
            tenant.all(kind).forEach(documents::add);
          }
        });
    return root;
  }

  /** Writes the state a last time and releases the state file. */
  @Override
  public synchronized void close() {
    if (file.isEmpty()) {
      return;
    }
    try {
      save();
    } catch (IOException e) {
      throw new LocalFlowServiceException(
          "cannot save the local Flow Service state to " + file.get().path(), e);
    } finally {
      file.get().close();
    }
  }
}
