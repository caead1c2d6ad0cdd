package org.sendfunding.examples.accountability;

import java.io.OutputStream;
import java.io.PrintStream;

/** Test access to a fresh accountability command object, for the argument fuzz test. */
public final class AccountabilityComparisonAccess {
  private AccountabilityComparisonAccess() {}

  public static Object command() {
    return new AccountabilityComparison(new PrintStream(OutputStream.nullOutputStream()));
  }
}
