package org.sendfunding.model.input;

import com.google.common.base.Preconditions;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails with {@link LimitExceeded} as soon as more than a limit of characters has been
 * read through it, so a loader can refuse an over-size file without reading it all.
 *
 * <pre>{@code
 * try (Reader file = Files.newBufferedReader(path)) {
 *   Reader limited = LimitedReader.of(file, 64L << 20);   // 64 Mi characters
 *   ... parse from limited ...
 * } catch (LimitedReader.LimitExceeded e) {
 *   throw InputException.of(Problem.file(path.toString(), "larger than the limit of 64 Mi characters"));
 * }
 * }</pre>
 *
 * <p>Files read whole are better read by {@link CsvFile} or {@link InputText}, which limit bytes
 * before decoding; this class is for a {@code Reader} a caller already has.
 *
 * <p>Closing it does not close the underlying reader: the caller that opened a file closes it. Like
 * every {@code Reader}, an instance is for one thread; the class holds no shared state.
 */
public final class LimitedReader extends FilterReader {

  /** Thrown when a reader yields more characters than its limit. */
  public static final class LimitExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    LimitExceeded(long limit) {
      super("more than " + limit + " characters");
    }
  }

  private final long limit;
  private long count;

  private LimitedReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  /**
   * Wraps a reader so that reading more than {@code maxCharacters} characters fails.
   *
   * @param in the reader, not closed by this one
   * @param maxCharacters the most characters that may be read, zero or more
   * @return the limited reader
   * @throws IllegalArgumentException if {@code maxCharacters} is negative
   */
  public static LimitedReader of(Reader in, long maxCharacters) {
    Preconditions.checkNotNull(in, "LimitedReader.in");
    Preconditions.checkArgument(maxCharacters >= 0, "LimitedReader.maxCharacters: %s is negative", maxCharacters);
    return new LimitedReader(in, maxCharacters);
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
      throw new LimitExceeded(limit);
    }
  }

  @Override
  public void close() {
    // The caller owns the underlying reader.
  }
}
