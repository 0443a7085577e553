package engine.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import engine.config.DestinationType;
import engine.flowservice.Collection;
import engine.flowservice.FlowServiceClient;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Reads the live state with one filtered list call per collection, the four side by side and each
 * paged by the client: the number of requests grows with pages of results, never with the number of
 * destinations.
 */
public final class LiveReader {

  /** The Profile Service source connection spec every destination dataflow reads from. */
  public static final String PROFILE_SPEC_ID = "8a9c3494-9708-43d7-ae3f-cda01e5030e1";

  /** The flow spec of profile-based streaming destinations. */
  public static final String DESTINATION_FLOW_SPEC_ID = "71471eba-b620-49e4-90fd-23f1fa0174d8";

  private LiveReader() {}

  public static LiveState read(FlowServiceClient client) {
    String destinationSpecs =
        Arrays.stream(DestinationType.values())
            .map(DestinationType::connectionSpecId)
            .collect(Collectors.joining(","));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      var connections =
          list(pool, client, Collection.CONNECTIONS, destinationSpecs + "," + PROFILE_SPEC_ID);
      var sources = list(pool, client, Collection.SOURCE_CONNECTIONS, PROFILE_SPEC_ID);
      var targets = list(pool, client, Collection.TARGET_CONNECTIONS, destinationSpecs);
      var flows =
          CompletableFuture.supplyAsync(
              () ->
                  client.list(
                      Collection.FLOWS, List.of("flowSpec.id==" + DESTINATION_FLOW_SPEC_ID)),
              pool);
      return new LiveState(connections.join(), sources.join(), targets.join(), flows.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  private static CompletableFuture<List<ObjectNode>> list(
      ExecutorService pool, FlowServiceClient client, Collection collection, String specs) {
    return CompletableFuture.supplyAsync(
        () -> client.list(collection, List.of("connectionSpec.id==" + specs)), pool);
  }
}
