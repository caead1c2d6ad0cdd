package org.sendfunding.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The property every loader must keep under hostile input: it either returns a complete result or
 * throws the library's own exception naming the source, within a time limit.
 *
 * <p>Shared by the Jazzer fuzz tests in this module. A single daemon worker thread runs each input
 * so that a hang fails the input instead of stalling the fuzzer.
 */
public final class LoaderProperty {

  /**
   * Far longer than any honest input needs (the largest seed loads in milliseconds): under fuzzing
   * instrumentation on a loaded machine the first call, which initialises Jackson and the LA
   * register, once took over 10 seconds.
   */
  public static final Duration TIME_LIMIT = Duration.ofSeconds(30);

  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "loader-fuzz");
    t.setDaemon(true);
    return t;
  });

  private LoaderProperty() {}

  /**
   * Decodes fuzz bytes as UTF-8 text (malformed sequences become U+FFFD, as a file reader would).
   *
   * @param data the fuzz input
   * @return the text
   */
  public static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Runs a load and checks the property.
   *
   * @param <T> the result type
   * @param source the source name given to the loader, which every error must name
   * @param ownException the loader's own exception type
   * @param load the load
   * @param complete checks on a successful result that it is complete (no partial load)
   */
  public static <T> void loadsOrFailsCleanly(String source, Class<? extends RuntimeException> ownException,
      Supplier<T> load, Consumer<T> complete) {
    Future<T> future = WORKER.submit(load::get);
    T result;
    try {
      result = future.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new AssertionError("loader of " + source + " did not finish within " + TIME_LIMIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (ownException.isInstance(cause)) {
        assertThat(cause.getMessage()).as("error message names the source").contains(source);
        return;
      }
      throw new AssertionError("loader of " + source + " threw " + cause.getClass().getName()
          + " instead of " + ownException.getSimpleName(), cause);
    }
    if (result == null) {
      fail("loader of " + source + " returned null");
    }
    complete.accept(result);
  }
}
