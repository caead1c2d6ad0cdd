package org.sendfunding.funding.dataset;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** A reader that fails with {@link LimitExceeded} once more than a limit of characters has been read. */
final class LimitedReader extends FilterReader {

  /** Thrown when a reader yields more characters than the limit. */
  static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private final long limit;
  private long count;

  LimitedReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws LimitExceeded {
    count += n;
    if (count > limit) {
      throw new LimitExceeded();
    }
  }

  @Override
  public void close() {
    // The caller owns the underlying reader.
  }
}
