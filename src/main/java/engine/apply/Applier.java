package engine.apply;

import engine.flowservice.FlowServiceClient;
import engine.graph.Address;
import engine.graph.ResourceKind;
import engine.plan.Action;
import engine.plan.Plan;
import engine.plan.ResourceChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Carries a plan out: writes in dependency order, deletes in reverse, a few at a time. A failure
 * skips everything that depends on it while independent work goes on, and the report says what was
 * applied, what failed and what was skipped.
 */
public final class Applier {

  private final FlowServiceClient client;
  private final Function<String, String> environment;
  private final int parallelism;
  private final PrintWriter progress;
  private volatile boolean stopping;

  /**
   * @param environment where {@code ${env:...}} secrets are read from
   * @param parallelism how many steps may run at once
   * @param progress where a line per resource goes as work starts and ends
   */
  public Applier(
      FlowServiceClient client,
      Function<String, String> environment,
      int parallelism,
      PrintWriter progress) {
    this.client = client;
    this.environment = environment;
    this.parallelism = parallelism;
    this.progress = progress;
  }

  public ApplyReport apply(Plan plan) {
    Map<Address, ResourceChange> changes = new LinkedHashMap<>();
    plan.changes().forEach(c -> changes.put(c.address(), c));
    StepGraph steps = StepGraph.of(plan);
    Registry registry = new Registry(plan);
    StepRunner runner = new StepRunner(client, environment, registry);

    List<Outcome> outcomes = new ArrayList<>();
    Map<Step, String> blocked = new HashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallelism));
    try {
      CompletionService<String> done = new ExecutorCompletionService<>(pool);
      Map<Future<String>, Step> running = new HashMap<>();
      List<Step> ready = new ArrayList<>(steps.initiallyReady());
      while ((!ready.isEmpty() && !stopping) || !running.isEmpty()) {
        for (Step step : stopping ? List.<Step>of() : ready) {
          String starting = starting(changes.get(step.address()).action(), step);
          Callable<String> work =
              () -> {
                if (stopping) {
                  throw new NotStarted();
                }
                say(step, starting);
                return runner.run(step);
              };
          running.put(done.submit(work), step);
        }
        ready.clear();
        Future<String> finished = done.take();
        Step step = running.remove(finished);
        Action action = changes.get(step.address()).action();
        try {
          String detail = finished.get();
          outcomes.add(new Outcome(step.address(), action, Outcome.Status.APPLIED, detail));
          say(step, finishedText(action, step, detail));
          ready.addAll(steps.complete(step));
        } catch (ExecutionException e) {
          if (e.getCause() instanceof NotStarted) {
            continue;
          }
          String message = StepRunner.describe(e.getCause());
          outcomes.add(new Outcome(step.address(), action, Outcome.Status.FAILED, message));
          say(step, "failed: " + message);
          for (Step skipped : steps.fail(step)) {
            blocked.put(skipped, step + " failed");
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    steps
        .unfinished()
        .forEach(
            step -> {
              String cause = blocked.getOrDefault(step, "apply was stopped before it started");
              Action action = changes.get(step.address()).action();
              outcomes.add(new Outcome(step.address(), action, Outcome.Status.SKIPPED, cause));
              say(step, "skipped: " + cause);
            });
    return new ApplyReport(outcomes);
  }

  /**
   * Asks a running apply to start nothing more: the steps in flight finish, the rest are reported
   * as skipped, and {@link #apply} returns its report as usual. Safe from any thread.
   */
  public void stop() {
    stopping = true;
  }

  private static String starting(Action action, Step step) {
    if (step.phase() == Step.Phase.DELETE) {
      return "deleting...";
    }
    return switch (action) {
      case CREATE, REPLACE -> "creating...";
      case UPDATE -> "updating...";
      case DELETE -> "deleting...";
      case NO_OP -> "checking...";
    };
  }

  private static String finishedText(Action action, Step step, String detail) {
    if (step.phase() == Step.Phase.DELETE) {
      return "deleted";
    }
    String done =
        switch (action) {
          case CREATE, REPLACE -> "created";
          case UPDATE -> "updated";
          case DELETE -> "deleted";
          case NO_OP -> "unchanged";
        };
    return detail.isEmpty() ? done : done + " [id " + detail + "]";
  }

  private void say(Step step, String text) {
    synchronized (progress) {
      progress.println(step + ": " + text);
      progress.flush();
    }
  }

  /** Ids and etags as they stand during the apply, starting from those read for the plan. */
  static final class Registry {
    private final Map<Address, String> ids = new HashMap<>();
    private final Map<Address, String> etags = new HashMap<>();

    Registry(Plan plan) {
      for (ResourceChange change : plan.changes()) {
        if (!change.liveId().isEmpty() && change.address().kind() != ResourceKind.ACTIVATION) {
          ids.put(change.address(), change.liveId());
          etags.put(change.address(), change.liveEtag());
        }
      }
    }

    synchronized String id(Address address) {
      String id = ids.get(address);
      if (id == null) {
        throw new IllegalStateException("no id is known for " + address);
      }
      return id;
    }

    synchronized String etag(Address address) {
      return etags.getOrDefault(address, "");
    }

    synchronized void written(Address address, String id, String etag) {
      ids.put(address, id);
      etags.put(address, etag);
    }

    synchronized void deleted(Address address) {
      ids.remove(address);
      etags.remove(address);
    }
  }

  /** A queued step found the apply stopped before it began; it is reported as skipped. */
  private static final class NotStarted extends Exception {}
}
