package engine.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts an in-memory local Flow Service on a free loopback port around each test. */
abstract class LocalServerTest {

  protected LocalFlowService service;
  protected Http http;

  protected LocalFlowService.Options options() {
    return LocalFlowService.Options.defaults();
  }

  @BeforeEach
  void startServer() {
    service = LocalFlowService.start(options());
    http = new Http(service.baseUrl());
  }

  @AfterEach
  void stopServer() {
    service.close();
  }
}
