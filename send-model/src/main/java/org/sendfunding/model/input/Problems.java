package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects the problems of one load, so that a loader checks every row and cell, then either returns
 * a complete result or throws one {@link InputException} listing them all.
 *
 * <pre>{@code
 * Problems problems = Problems.in("panel.csv");
 * for (CsvRow row : file.rows()) {
 *   Money funding = row.money("funding", problems);        // records a located problem if bad
 *   long pupils = row.wholeNumber("pupils", problems);
 *   ...
 * }
 * problems.throwIfAny();                                    // nothing partial escapes
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe: make one per load, in the thread doing the load.
 */
public final class Problems {

  private final String source;
  private final List<Problem> list = new ArrayList<>();

  private Problems(String source) {
    this.source = source;
  }

  /**
   * A collector for problems in one file or resource.
   *
   * @param source the file or resource name, used by {@link #add(int, String, String, String)}
   * @return an empty collector
   */
  public static Problems in(String source) {
    Preconditions.checkNotNull(source, "Problems.source: must not be null");
    return new Problems(source);
  }

  /** The source this collector names in the problems it makes. @return the source */
  public String source() {
    return source;
  }

  /**
   * Records a problem in this collector's source.
   *
   * @param line the 1-based line, 0 for the whole file
   * @param column the column, field or key, "" for the whole row
   * @param value the offending text, "" if none
   * @param message what is wrong
   * @return this collector
   */
  public Problems add(int line, String column, String value, String message) {
    return add(Problem.of(source, line, column, value, message));
  }

  /**
   * Records a problem with the whole file.
   *
   * @param message what is wrong
   * @return this collector
   */
  public Problems addFile(String message) {
    return add(Problem.file(source, message));
  }

  /**
   * Records a problem, which may name another source (a loader reading two files reports both).
   *
   * @param problem the problem
   * @return this collector
   */
  public Problems add(Problem problem) {
    list.add(Preconditions.checkNotNull(problem, "Problems.add: problem must not be null"));
    return this;
  }

  /**
   * Records problems, for example those of an {@link InputException} caught from a nested load.
   *
   * @param problems the problems
   * @return this collector
   */
  public Problems addAll(Iterable<Problem> problems) {
    for (Problem p : problems) {
      add(p);
    }
    return this;
  }

  /** Whether no problem has been recorded. @return true if none */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** How many problems have been recorded. @return the count */
  public int size() {
    return list.size();
  }

  /**
   * The problems recorded so far, in file order: grouped by source in the order the sources first
   * appear, then by line, with whole-file problems (line 0) after a source's lines; problems on one line
   * keep the order they were recorded in. (A loader that checks the shape of every row first and the
   * values after still reports them line by line.)
   *
   * @return a copy
   */
  public ImmutableList<Problem> list() {
    Map<String, Integer> sourceOrder = new HashMap<>();
    for (Problem p : list) {
      sourceOrder.putIfAbsent(p.source(), sourceOrder.size());
    }
    List<Problem> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.<Problem>comparingInt(p -> sourceOrder.get(p.source()))
        .thenComparingInt(p -> p.line() == 0 ? Integer.MAX_VALUE : p.line()));
    return ImmutableList.copyOf(sorted);
  }

  /**
   * Throws if any problem has been recorded.
   *
   * @throws InputException listing every problem
   */
  public void throwIfAny() {
    if (!list.isEmpty()) {
      throw toException();
    }
  }

  /**
   * Throws the loader's own subclass of {@link InputException} if any problem has been recorded.
   *
   * @param exception makes the exception from the problems
   * @throws InputException the one made, listing every problem
   */
  public void throwIfAny(Function<ImmutableList<Problem>, ? extends InputException> exception) {
    if (!list.isEmpty()) {
      throw exception.apply(list());
    }
  }

  /**
   * The exception listing the problems recorded so far.
   *
   * @return the exception
   * @throws IllegalStateException if there are none
   */
  public InputException toException() {
    Preconditions.checkState(!list.isEmpty(), "Problems.toException: no problems in %s", source);
    return new InputException(list());
  }

  @Override
  public String toString() {
    return list.isEmpty() ? "no problems in " + source : InputException.message(list());
  }
}
