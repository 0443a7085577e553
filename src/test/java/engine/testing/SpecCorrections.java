package engine.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Every correction made to Adobe's descriptions, each with its reason. Nothing else is changed, and
 * each is applied exactly once, when the descriptions are loaded.
 */
final class SpecCorrections {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCHEMAS = "/components/schemas/";
  private static final String SOURCE_ITEM = SCHEMAS + "SourceConnectionItem/properties/";
  private static final String TARGET_ITEM = SCHEMAS + "TargetConnectionItem/properties/";
  private static final String FLOW_ITEM = SCHEMAS + "BaseFlowItem/properties/";
  private static final String FLOW_ACTION = "/paths/~1flows~1{FLOW_ID}~1action/post";
  private static final String CONNECTION_SPEC =
      "\"connectionSpec\": {\"type\": \"object\", \"required\": [\"id\", \"version\"],"
          + " \"properties\": {\"id\": {\"type\": \"string\"},"
          + " \"version\": {\"type\": \"string\"}}}";
  private static final String JSON_BODY = "/requestBody/content/application~1json/schema";

  private SpecCorrections() {}

  static List<SpecCorrection> all() {
    return List.of(
        destinations(
            SOURCE_ITEM + "inheritedAttributes/properties/baseConnection",
            "typed as a string but given object properties; every example holds an object",
            fixed("{\"type\": \"object\"}")),
        destinations(
            SOURCE_ITEM + "inheritedAttributes/properties/connectionSpec",
            "typed as a string but given object properties; every example holds an object",
            fixed("{\"type\": \"object\"}")),
        destinations(
            TARGET_ITEM + "inheritedAttributes/properties/baseConnection",
            "typed as a string but given object properties; every example holds an object",
            fixed("{\"type\": \"object\"}")),
        destinations(
            TARGET_ITEM + "inheritedAttributes/properties/connectionSpec",
            "typed as a string but given object properties; every example holds an object",
            fixed("{\"type\": \"object\"}")),
        destinations(
            FLOW_ITEM + "inheritedAttributes/properties/sourceConnections",
            "typed as an object; every example holds an array of such objects",
            fixed("{\"type\": \"array\", \"items\": {\"type\": \"object\"}}")),
        destinations(
            FLOW_ITEM + "inheritedAttributes/properties/targetConnections",
            "typed as an object; every example holds an array of such objects",
            fixed("{\"type\": \"array\", \"items\": {\"type\": \"object\"}}")),
        destinations(
            SCHEMAS + "ConnectionItem/properties/auth",
            "lists only Amazon S3 and SFTP credentials; for the streaming destinations of the"
                + " catalogue it is read as any {specName, params} object",
            fixed(
                "{\"type\": \"object\", \"properties\": {\"specName\": {\"type\": \"string\"},"
                    + " \"params\": {\"type\": \"object\"}}}")),
        destinations(
            TARGET_ITEM + "params",
            "lists only Amazon S3 and SFTP parameters; for the streaming destinations of the"
                + " catalogue it is read as any object",
            fixed("{\"type\": \"object\"}")),
        destinations(
            "/paths/~1connections/post" + JSON_BODY,
            "every variant offered is for Amazon S3 or SFTP; a streaming destination's base"
                + " connection is held to what they all share: the generic part, a connection spec"
                + " with id and version, and auth as {specName, params}, which the Profile base"
                + " connection of the streaming tutorial leaves out",
            fixed(
                allOf(
                    SCHEMAS + "GenericBaseConnectionRequest",
                    "{\"type\": \"object\", \"required\": [\"connectionSpec\"], \"properties\": {"
                        + CONNECTION_SPEC
                        + ", \"auth\": {\"type\": \"object\", \"properties\": {"
                        + "\"specName\": {\"type\": \"string\"},"
                        + " \"params\": {\"type\": \"object\"}}}}}"))),
        destinations(
            "/paths/~1targetConnections/post" + JSON_BODY,
            "every variant offered is for Amazon S3 or SFTP; a streaming destination's target"
                + " connection is held to what they all share: the generic part, a connection"
                + " spec with id and version, and params as an object",
            fixed(
                allOf(
                    SCHEMAS + "GenericTargetConnectionRequest",
                    "{\"type\": \"object\", \"required\": [\"connectionSpec\", \"params\"],"
                        + " \"properties\": {"
                        + CONNECTION_SPEC
                        + ", \"params\": {\"type\": \"object\"}}}"))),
        destinations(
            "/paths/~1flows/post" + JSON_BODY,
            "the variants overlap, so a body that is one of them is refused for matching more"
                + " than one; the engine creates streaming dataflows and is held to that variant",
            fixed(ref(SCHEMAS + "Create_Streaming_Destination_Flow_Request"))),
        destinations(
            SCHEMAS + "Create_Streaming_Destination_Flow_Request/properties/transformations",
            "typed as a string titled TBD; the batch request gives the shape every example"
                + " sends, less its name enum, which writes \"General Transform\" with a space"
                + " where every example and tutorial writes \"GeneralTransform\"",
            SpecCorrections::streamingTransformations),
        destinations(
            "/paths/~1connections~1{id}/patch" + JSON_BODY,
            "names one patch operation, while its examples and every tutorial send an array of"
                + " them",
            fixed(
                "{\"type\": \"array\", \"items\": " + ref(SCHEMAS + "PatchConnectionItem") + "}")),
        destinations(
            SCHEMAS + "PatchFlowItem/properties/value",
            "oneOf over selector shapes that overlap, so the description's own examples match"
                + " more than one; renames and new descriptions, as the tutorials send them, carry"
                + " plain text",
            anyOfWithText(SCHEMAS + "PatchFlowItem/properties/value")),
        destinations(
            SCHEMAS + "PatchConnectionItem/properties/value",
            "oneOf over credential shapes that overlap; renames and new descriptions, as the"
                + " tutorials send them, carry plain text",
            anyOfWithText(SCHEMAS + "PatchConnectionItem/properties/value")),
        general(
            SCHEMAS + "PatchInstruction",
            "writes ops in upper case and types every value as an object, where the destinations"
                + " description and every tutorial write ops in lower case and send text for"
                + " renames; a patch operation is read as the destinations description's",
            fixed(
                "{\"$ref\": \""
                    + SpecDocument.DESTINATIONS.uri()
                    + "#"
                    + SCHEMAS
                    + "PatchFlowItem\"}")),
        general(
            FLOW_ACTION + "/parameters",
            "declares op in upper case and a required subOp; Adobe's tutorial on updating"
                + " dataflows switches one with ?op=enable or ?op=disable and no subOp, as the"
                + " engine does, so op is also taken in lower case and subOp is optional",
            SpecCorrections::lenientFlowAction));
  }

  private static SpecCorrection destinations(
      String pointer, String reason, UnaryOperator<JsonNode> replacement) {
    return new SpecCorrection(SpecDocument.DESTINATIONS, pointer, reason, replacement);
  }

  private static SpecCorrection general(
      String pointer, String reason, UnaryOperator<JsonNode> replacement) {
    return new SpecCorrection(SpecDocument.GENERAL, pointer, reason, replacement);
  }

  private static UnaryOperator<JsonNode> fixed(String json) {
    return document -> {
      try {
        return JSON.readTree(json);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String allOf(String pointer, String schema) {
    return "{\"allOf\": [" + ref(pointer) + ", " + schema + "]}";
  }

  private static String ref(String pointer) {
    return "{\"$ref\": \"#" + pointer + "\"}";
  }

  private static JsonNode streamingTransformations(JsonNode document) {
    ObjectNode transformations =
        document
            .at(SCHEMAS + "Create_Batch_Destination_Flow_Request/properties/transformations")
            .deepCopy();
    ((ObjectNode) transformations.at("/items/properties/name")).remove("enum");
    return transformations;
  }

  private static JsonNode lenientFlowAction(JsonNode document) {
    ArrayNode parameters = document.at(FLOW_ACTION + "/parameters").deepCopy();
    for (JsonNode parameter : parameters) {
      ObjectNode declared = (ObjectNode) parameter;
      switch (declared.path("name").asText()) {
        case "op" -> {
          ArrayNode values = (ArrayNode) declared.path("schema").path("enum");
          List.copyOf(values.valueStream().toList())
              .forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
        }
        case "subOp" -> declared.put("required", false);
        default -> {}
      }
    }
    return parameters;
  }

  private static UnaryOperator<JsonNode> anyOfWithText(String pointer) {
    return document -> {
      ObjectNode value = document.at(pointer).deepCopy();
      ArrayNode choices = (ArrayNode) value.remove("oneOf");
      choices.addObject().put("type", "string");
      value.set("anyOf", choices);
      return value;
    };
  }
}
