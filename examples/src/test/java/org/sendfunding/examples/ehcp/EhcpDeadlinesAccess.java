package org.sendfunding.examples.ehcp;

import java.io.OutputStream;
import java.io.PrintStream;

/** Test access to a fresh deadlines command object, for the argument fuzz test. */
public final class EhcpDeadlinesAccess {
  private EhcpDeadlinesAccess() {}

  public static Object command() {
    return new EhcpDeadlines(new PrintStream(OutputStream.nullOutputStream()));
  }
}
