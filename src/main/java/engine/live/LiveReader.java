package engine.live;

import engine.config.DestinationType;
import engine.flowservice.Collection;
import engine.flowservice.FlowServiceClient;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the live state with one filtered list call per collection, paged by the client: the number
 * of requests grows with pages of results, never with the number of destinations.
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
    String allSpecs = Stream.of(destinationSpecs, PROFILE_SPEC_ID).collect(Collectors.joining(","));
    return new LiveState(
        client.list(Collection.CONNECTIONS, List.of("connectionSpec.id==" + allSpecs)),
        client.list(
            Collection.SOURCE_CONNECTIONS, List.of("connectionSpec.id==" + PROFILE_SPEC_ID)),
        client.list(
            Collection.TARGET_CONNECTIONS, List.of("connectionSpec.id==" + destinationSpecs)),
        client.list(Collection.FLOWS, List.of("flowSpec.id==" + DESTINATION_FLOW_SPEC_ID)));
  }
}
