package engine.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends LocalServerTest {

  private <T> List<T> inParallel(int tasks, Callable<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        futures.add(pool.submit(task));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void createsConcurrentlyWithoutLosingAnyResource() throws Exception {
    List<String> ids =
        inParallel(80, () -> http.post("/connections", Fixtures.kinesisBase("c")).id());

    Set<String> unique = new HashSet<>(ids);
    assertEquals(80, unique.size(), "every create got its own id");
    assertEquals(80, http.get("/connections?count=true").body().path("count").asInt());
  }

  @Test
  void letsExactlyOneOfConcurrentPatchesWithTheSameEtagWin() throws Exception {
    Http.Response created = http.post("/connections", Fixtures.kinesisBase("c"));

    List<Integer> statuses =
        inParallel(
            16,
            () ->
                http.patch(
                        "/connections/" + created.id(),
                        created.etag(),
                        "[{\"op\": \"replace\", \"path\": \"/name\", \"value\": \"x\"}]")
                    .status());

    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    assertEquals(15, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
  }
}
