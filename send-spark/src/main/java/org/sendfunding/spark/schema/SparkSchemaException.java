package org.sendfunding.spark.schema;

import com.google.common.collect.ImmutableList;

/**
 * An input Dataset whose schema does not fit a job, with every problem found.
 *
 * <pre>
 * pupils: 2 schema problems:
 *   - column 'provision_cost_pence' is DoubleType, expected LongType (money is whole pence in a long, never a double)
 *   - column 'setting' is missing (expected StringType)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkSchemaException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String dataset;
  private final ImmutableList<String> problems;

  /**
   * An exception listing a dataset's schema problems.
   *
   * @param dataset the dataset's name, as the job calls it
   * @param problems the problems, one sentence each
   */
  public SparkSchemaException(String dataset, ImmutableList<String> problems) {
    super(dataset + ": " + problems.size() + " schema problem" + (problems.size() == 1 ? "" : "s") + ":\n  - "
        + String.join("\n  - ", problems));
    this.dataset = dataset;
    this.problems = problems;
  }

  /** The dataset's name. @return the name */
  public String dataset() {
    return dataset;
  }

  /** Every problem, one sentence each. @return the problems */
  public ImmutableList<String> problems() {
    return problems;
  }
}
