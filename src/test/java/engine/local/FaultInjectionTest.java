package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

  private static List<Integer> statuses(LocalFlowService.Options options, int requests) {
    List<Integer> statuses = new ArrayList<>();
    try (LocalFlowService service = LocalFlowService.start(options)) {
      Http http = new Http(service.baseUrl());
      for (int i = 0; i < requests; i++) {
        statuses.add(http.get("/flows").status());
      }
    }
    return statuses;
  }

  @Test
  void throttlesWith429AndRetryAfter() {
    try (LocalFlowService service =
        LocalFlowService.start(LocalFlowService.Options.defaults().withThrottleRate(1))) {

      Http.Response throttled = new Http(service.baseUrl()).get("/flows");

      assertEquals(429, throttled.status());
      assertEquals("1", throttled.headers().firstValue("Retry-After").orElse(""));
    }
  }

  @Test
  void failsWithServerErrorsAtTheFailRate() {
    List<Integer> statuses = statuses(LocalFlowService.Options.defaults().withFailRate(1), 10);

    assertTrue(statuses.stream().allMatch(s -> s == 500 || s == 503), statuses.toString());
  }

  @Test
  void answers429AboveTheRequestsPerSecondCeiling() {
    List<Integer> statuses =
        statuses(LocalFlowService.Options.defaults().withMaxRequestsPerSecond(1), 10);

    assertTrue(statuses.contains(429), "requests beyond one a second are refused: " + statuses);
    assertEquals(200, statuses.get(0));
  }

  @Test
  void resetsConnections() {
    try (LocalFlowService service =
        LocalFlowService.start(LocalFlowService.Options.defaults().withResetRate(1))) {
      Http http = new Http(service.baseUrl());

      assertThrows(UncheckedIOException.class, () -> http.get("/flows"));
    }
  }

  @Test
  void countsTheCeilingPerOneSecondWindow() {
    FaultInjector faults =
        new FaultInjector(LocalFlowService.Options.defaults().withMaxRequestsPerSecond(2));

    List<FaultInjector.Fault> window = new ArrayList<>();
    for (long at : new long[] {0, 100_000_000L, 200_000_000L, 1_000_000_000L}) {
      window.add(faults.next(at).fault());
    }

    assertEquals(
        List.of(
            FaultInjector.Fault.NONE,
            FaultInjector.Fault.NONE,
            FaultInjector.Fault.RATE_LIMIT,
            FaultInjector.Fault.NONE),
        window,
        "the third request within one second is refused; a new second starts afresh");
  }

  @Test
  void injectsTheSameFaultsUnderTheSameSeed() {
    LocalFlowService.Options options =
        LocalFlowService.Options.defaults()
            .withFailRate(0.3)
            .withThrottleRate(0.3)
            .withLatency(1, 2)
            .withSeed(42);

    List<Integer> first = statuses(options, 20);
    List<Integer> second = statuses(options, 20);

    assertEquals(first, second, "a seed fixes the faults");
    assertTrue(first.contains(200) && first.stream().anyMatch(s -> s != 200), first.toString());
  }

  @Test
  void resetAfterTheRequestTookEffectStillAppliesIt() {
    LocalFlowService.Options options =
        LocalFlowService.Options.defaults().withResetRate(0.5).withSeed(7);
    try (LocalFlowService service = LocalFlowService.start(options)) {
      Http http = new Http(service.baseUrl());
      int answered = 0;
      int attempts = 0;
      for (; attempts < 40; attempts++) {
        try {
          http.post("/connections", Fixtures.kinesisBase("c" + attempts));
          answered++;
        } catch (UncheckedIOException reset) {
          // expected for about half of the requests
        }
      }

      int stored = countConnections(service);
      assertTrue(
          stored > answered,
          "some reset requests took effect before the reset: " + stored + " > " + answered);
    }
  }

  private static int countConnections(LocalFlowService service) {
    Http http = new Http(service.baseUrl());
    for (int i = 0; i < 50; i++) {
      try {
        return http.get("/connections?count=true").body().path("count").asInt();
      } catch (UncheckedIOException reset) {
        // the same fault rate applies to this read; try again
      }
    }
    throw new AssertionError("every read was reset");
  }
}
