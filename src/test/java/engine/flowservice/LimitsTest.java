package engine.flowservice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void rateLimiterSpacesStartsEvenly() throws Exception {
    Pause pause = new FrozenPause();
    RateLimiter limiter = new RateLimiter(4, pause);

    List<Duration> waits = List.of(limiter.acquire(), limiter.acquire(), limiter.acquire());

    assertEquals(
        List.of(Duration.ZERO, Duration.ofMillis(250), Duration.ofMillis(500)),
        waits,
        "four per second while the clock stands still");
  }

  @Test
  void noLimitMeansNoWait() throws Exception {
    RateLimiter limiter = new RateLimiter(0, new FrozenPause());

    assertEquals(Duration.ZERO, limiter.acquire());
  }

  @Test
  void requestsInFlightNeverExceedTheBound() throws Exception {
    AtomicInteger current = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/",
        exchange -> {
          most.accumulateAndGet(current.incrementAndGet(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          current.decrementAndGet();
          byte[] body = "{\"items\":[]}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    ClientSettings settings =
        ClientSettings.local(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "prod")
            .withMaxInFlight(2);
    ExecutorService callers = Executors.newFixedThreadPool(6);

    try (HttpFlowServiceClient client = HttpFlowServiceClient.open(settings)) {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(callers.submit(() -> client.list(Collection.FLOWS, List.of())));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      callers.shutdown();
      server.stop(0);
    }

    assertTrue(most.get() <= 2, "at most two at once, saw " + most.get());
  }

  /** A clock that never moves, so every reserved slot is a pure function of the rate. */
  private static final class FrozenPause implements Pause {
    private final long now = System.nanoTime();

    @Override
    public long nanoTime() {
      return now;
    }

    @Override
    public void sleep(Duration duration) {}
  }
}
