package engine.flowservice;

/** The two Adobe services the client talks to; decides headers and the advice in errors. */
enum Service {
  /** Flow Service: authenticated, sandboxed requests. */
  FLOW_SERVICE,
  /** Adobe IMS: the token exchange, authenticated by the form body. */
  IMS
}
