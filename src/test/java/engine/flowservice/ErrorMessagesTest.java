package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorMessagesTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final String CONNECTION = Targets.path("connections/c1");

  static Stream<Arguments> errorShapes() {
    return Stream.of(
        Arguments.of(
            "gateway, code as text",
            403,
            "{\"error_code\":\"403027\",\"message\":\"User region is missing\"}",
            "403027",
            "User region is missing"),
        Arguments.of(
            "gateway, code as number",
            401,
            "{\"error_code\":401013,\"message\":\"Oauth token is not valid\"}",
            "401013",
            "Oauth token is not valid"),
        Arguments.of(
            "Flow Service",
            404,
            "{\"errorMessage\":\"connections not found with id = [c1]\",\"errorDetails\":\"x\"}",
            "",
            "connections not found with id = [c1]"),
        Arguments.of(
            "problem with the code in its type",
            403,
            "{\"type\":\"https://ns.adobe.com/aep/errors/FLOW-2120-403\",\"title\":\"Forbidden\","
                + "\"status\":403,\"report\":{\"detailed-message\":\"No write access\","
                + "\"request-id\":\"req-body\"}}",
            "FLOW-2120-403",
            "No write access"),
        Arguments.of(
            "content-type problem",
            400,
            "{\"type\":\"/placeholder/type/uri\",\"status\":400,\"title\":\"BadRequestError\","
                + "\"detail\":\"A valid content-type must be specified\"}",
            "",
            "A valid content-type must be specified"),
        Arguments.of(
            "bare message",
            400,
            "{\"message\":\"Please provide a valid spec id\"}",
            "",
            "Please provide a valid spec id"),
        Arguments.of("malformed body", 400, "<html>Bad Request</html>", "", "not JSON"),
        Arguments.of("empty body", 409, "", "", "HTTP 409"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorShapes")
  void everyDocumentedErrorShapeBecomesOneMessage(
      String shape, int status, String body, String code, String detail) {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(CONNECTION))
            .willReturn(aResponse().withStatus(status).withBody(body)));

    FlowServiceException error = patchConnection();

    assertEquals(status, error.status(), shape);
    assertEquals(code, error.errorCode(), shape);
    assertTrue(
        error.getMessage().startsWith("PATCH connections/c1 failed: HTTP " + status),
        "names what failed first: " + error.getMessage());
    assertTrue(
        error.getMessage().contains(detail), "carries Adobe's explanation: " + error.getMessage());
  }

  @Test
  void requestIdComesFromTheHeaderFirstThenTheBody() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(CONNECTION))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("x-request-id", "req-header")
                    .withBody("{\"report\":{\"request-id\":\"req-body\"}}")));

    FlowServiceException error = patchConnection();

    assertEquals("req-header", error.requestId());
    assertTrue(error.getMessage().contains("request id req-header"), error.getMessage());
  }

  @Test
  void forbiddenNamesThePermissionsAndTheSandbox() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(CONNECTION))
            .willReturn(
                aResponse()
                    .withStatus(403)
                    .withBody("{\"error_code\":\"403025\",\"message\":\"Profile is not valid\"}")));

    String message = patchConnection().getMessage();

    assertTrue(message.contains("Manage Destinations"), message);
    assertTrue(message.contains("Activate Destinations"), message);
    assertTrue(message.contains("sandbox 'prod'"), message);
  }

  @Test
  void messagesNeverCarryTheRequestBodyOrItsSecrets() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(
        patch(urlPathEqualTo(CONNECTION))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"message\":\"bad params "
                            + FlowServiceBodies.KINESIS_SECRET
                            + " with "
                            + Targets.TOKEN
                            + "\"}")));

    String message = patchConnection().getMessage();

    assertFalse(message.contains(FlowServiceBodies.KINESIS_SECRET), message);
    assertFalse(message.contains(Targets.TOKEN), message);
    assertFalse(message.contains("accessKeyId"), "the body is never quoted: " + message);
  }

  private FlowServiceException patchConnection() {
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      return assertThrows(
          FlowServiceException.class,
          () ->
              client.patch(
                  Collection.CONNECTIONS, "c1", "e1", FlowServiceBodies.baseConnectionPatch()));
    }
  }
}
