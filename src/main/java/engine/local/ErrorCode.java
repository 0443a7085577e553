package engine.local;

/**
 * The Flow Service error codes the local server answers with, each with Adobe's code number, HTTP
 * status and title. The problem body names the code as {@code FLOW-<code>-<status>} in its {@code
 * type}.
 */
enum ErrorCode {
  INVALID_REQUEST(1100, 400, "Invalid request"),
  RESOURCE_NOT_FOUND(1101, 404, "Resource not found"),
  INTERNAL_ERROR(1102, 500, "Internal Error"),
  SERVICE_UNAVAILABLE(1103, 503, "Service Unavailable"),
  LIMIT_WITH_COUNT(1401, 400, "Invalid request"),
  IF_MATCH_MISSING(1403, 400, "Header is missing"),
  VERSION_MISMATCH(1404, 412, "Version not matching"),
  STATE_ON_CREATE(1410, 400, "Invalid request"),
  CONNECTION_SPEC_CHANGE(1414, 400, "Invalid request"),
  BASE_CONNECTION_IN_USE(1418, 400, "Invalid request"),
  SORT_PREFIX(1432, 400, "Invalid request"),
  SORT_FIELD(1433, 400, "Invalid request"),
  UNSUPPORTED_PATCH_OPERATION(1434, 400, "Invalid request"),
  UNSUPPORTED_SUB_OPERATION(1436, 400, "Invalid request"),
  NOT_FOUND(1439, 404, "Resource not found"),
  FILTER_OPERATOR_NOT_IMPLEMENTED(1440, 400, "Invalid request"),
  FILTER_MULTIPLE_VALUES(1443, 400, "Invalid request"),
  ACTIVE_FLOWS(1447, 400, "Invalid request"),
  FILTER_OPERATOR_ON_ID(1448, 400, "Invalid request"),
  FILTER_FIELD(1449, 400, "Invalid request"),
  FILTER_OPERATOR(1450, 400, "Invalid request"),
  UNKNOWN_QUERY_PARAMETER(1451, 400, "Invalid request"),
  FILTER_VALUE(1452, 400, "Invalid request"),
  FILTER_EMPTY_VALUE(1453, 400, "Invalid request"),
  MISSING_FIELD(1455, 400, "Invalid request"),
  SANDBOX_HEADER_MISSING(2105, 400, "Invalid request"),
  /**
   * A spec reference without its version. Adobe answers 422 and documents no code for it; the code
   * of a missing field is used.
   */
  SPEC_VERSION_MISSING(1455, 422, "Unprocessable Entity");

  private final int code;
  private final int status;
  private final String title;

  ErrorCode(int code, int status, String title) {
    this.code = code;
    this.status = status;
    this.title = title;
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  /** The type URI of the problem body, for example {@code .../FLOW-1439-404}. */
  String typeUri() {
    return "https://ns.adobe.com/aep/errors/FLOW-" + code + "-" + status;
  }
}
