package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;

/**
 * Every problem found in a school's SEN pupils CSV, each with its file, line and column; thrown
 * instead of returning any rows.
 */
public final class SchoolCsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImmutableList<String> problems;

  SchoolCsvException(String file, ImmutableList<String> problems) {
    super(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n  - "
        + String.join("\n  - ", problems));
    this.problems = problems;
  }

  /** The problems, one per bad value, in line order. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
