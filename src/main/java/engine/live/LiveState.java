package engine.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The resources of one sandbox that the engine could manage, as Flow Service returned them: base
 * connections of the destination and Profile specs, Profile source connections, target connections
 * of the destination specs, and destination dataflows. Whether the engine owns one is decided
 * later, from the marker in its description.
 */
public record LiveState(
    List<ObjectNode> connections,
    List<ObjectNode> sourceConnections,
    List<ObjectNode> targetConnections,
    List<ObjectNode> flows) {

  public LiveState {
    connections = List.copyOf(connections);
    sourceConnections = List.copyOf(sourceConnections);
    targetConnections = List.copyOf(targetConnections);
    flows = List.copyOf(flows);
  }
}
