package org.sendfunding.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the same computation as many tasks on a thread pool, all released at once by a latch so that
 * they overlap, and checks each result against a single-threaded run.
 */
public final class Concurrently {

  /** Tasks per check: more than the cores of any build machine, so that tasks really interleave. */
  public static final int TASKS = 8;

  private Concurrently() {}

  /**
   * Runs {@code work} {@link #TASKS} times on {@code threads} threads.
   *
   * @param <T> the result type
   * @param threads the pool size
   * @param work the computation
   * @return every task's result
   */
  public static <T> List<T> run(int threads, Callable<T> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < TASKS; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(120, TimeUnit.SECONDS));
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("a concurrent task failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Checks that {@code work} run on 1, 2 and {@link #TASKS} threads gives, through {@code view}, what a
   * single call on this thread gives.
   *
   * @param <T> the result type
   * @param work the computation on shared inputs
   * @param view what is compared: the result itself (equals) or a printed form (CSV, text)
   */
  public static <T> void assertSameAsSingleThreaded(Callable<T> work, Function<T, ?> view) {
    assertSameAsSingleThreaded(work, view, 1, 2, TASKS);
  }

  /**
   * As {@link #assertSameAsSingleThreaded(Callable, Function)} on chosen pool sizes, for computations
   * too slow to repeat 24 times.
   *
   * @param <T> the result type
   * @param work the computation on shared inputs
   * @param view what is compared
   * @param threadCounts the pool sizes to try, each running {@link #TASKS} tasks
   */
  public static <T> void assertSameAsSingleThreaded(Callable<T> work, Function<T, ?> view, int... threadCounts) {
    Object expected;
    try {
      expected = view.apply(work.call());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    for (int threads : threadCounts) {
      for (T result : run(threads, work)) {
        assertThat(view.apply(result)).as("result on %s threads", threads).isEqualTo(expected);
      }
    }
  }
}
