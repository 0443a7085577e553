package engine.flowservice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of an error answer, read from whichever of Adobe's error shapes it has: the gateway's
 * {@code {error_code, message}} (code as text or number), Flow Service's {@code {errorMessage,
 * errorDetails}}, the problem shape {@code {type, title, status, detail, report}} whose {@code
 * type} URI ends in a code such as {@code FLOW-1439-404}, a bare {@code {message}}, IMS's {@code
 * {error, error_description}}, or no usable body at all.
 *
 * @param status the HTTP status
 * @param code Adobe's error code, or empty
 * @param requestId the request id from {@code x-request-id} or the body, or empty
 * @param detail Adobe's explanation on one line, or empty
 */
record AdobeError(int status, String code, String requestId, String detail) {

  /** Adobe's explanations can be long; a message keeps the start. */
  private static final int LONGEST_DETAIL = 300;

  private static final Pattern CODE_IN_TYPE = Pattern.compile("([A-Z]+-)?\\d+-\\d{3}$");

  static AdobeError of(Reply.Answer answer) {
    JsonNode body = Json.parseOrMissing(answer.body());
    String requestId = answer.requestIdHeader();
    if (requestId.isEmpty()) {
      requestId = first(body, "/report/request-id", "/requestId", "/request_id");
    }
    String code = first(body, "/error_code", "/code", "/error");
    if (code.isEmpty()) {
      code = codeInType(body.path("type").asText(""));
    }
    String detail =
        first(
            body,
            "/errorMessage",
            "/report/detailed-message",
            "/detail",
            "/message",
            "/error_description",
            "/title",
            "/errorDetails");
    if (detail.isEmpty() && !body.isContainerNode()) {
      detail = answer.body().length == 0 ? "" : "the answer was not JSON";
    }
    return new AdobeError(answer.status(), code, requestId, oneLine(detail));
  }

  /** {@code HTTP 412, Adobe error 1404-412, request id r-1: detail}, leaving out what is empty. */
  String describe() {
    StringBuilder text = new StringBuilder("HTTP ").append(status);
    if (!code.isEmpty()) {
      text.append(", Adobe error ").append(code);
    }
    if (!requestId.isEmpty()) {
      text.append(", request id ").append(requestId);
    }
    if (!detail.isEmpty()) {
      text.append(": ").append(detail);
    }
    return text.toString();
  }

  private static String first(JsonNode body, String... pointers) {
    for (String pointer : List.of(pointers)) {
      JsonNode value = body.at(pointer);
      if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
        return value.asText().strip();
      }
    }
    return "";
  }

  private static String codeInType(String type) {
    String last = type.substring(type.lastIndexOf('/') + 1);
    Matcher matcher = CODE_IN_TYPE.matcher(last);
    return matcher.matches() ? last : "";
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= LONGEST_DETAIL ? flat : flat.substring(0, LONGEST_DETAIL) + "...";
  }
}
