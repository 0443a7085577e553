package engine.graph;

import engine.config.AttributeSpec;
import engine.config.AudienceSpec;
import engine.config.DestinationSpec;
import java.util.List;

/**
 * A destination with every activation entry that names it merged in.
 *
 * @param spec the destination as configured
 * @param audiences the audiences of all its activation entries, each once, in file order
 * @param attributes the attributes of all its activation entries, each once, in file order
 */
public record DesiredDestination(
    DestinationSpec spec, List<AudienceSpec> audiences, List<AttributeSpec> attributes) {

  public DesiredDestination {
    audiences = List.copyOf(audiences);
    attributes = List.copyOf(attributes);
  }

  public String key() {
    return spec.key();
  }
}
