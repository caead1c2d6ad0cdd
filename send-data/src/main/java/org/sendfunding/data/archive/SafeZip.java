package org.sendfunding.data.archive;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * Reads a zip archive from untrusted input into memory, refusing it whole (an
 * {@link InputException} naming the archive and entry) if it breaks an {@link ArchiveLimits} bound.
 *
 * <p>The bounds are checked on the bytes actually inflated and the compressed bytes actually read,
 * never on the sizes the archive declares (a zip bomb declares small ones): a bomb is stopped after
 * at most {@code maxEntryBytes + 64 KiB} of inflation, and nothing is written anywhere. Entry names
 * are refused if they could mean a path outside a folder ({@code ..}, a leading {@code /} or
 * {@code \}, a drive letter, a NUL) or repeat an earlier name: DfE never publishes such names, and
 * refusing them means no caller can be led astray by one.
 *
 * <pre>{@code
 * ZipContents zip = SafeZip.read(Path.of("education-health-and-care-plans_2025.zip"), ArchiveLimits.DEFAULT);
 * SafeZip.read(bomb, ArchiveLimits.DEFAULT);
 * // InputException: bomb.zip!big.csv: entry inflates more than 100 times its compressed size ...
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class SafeZip {

  private static final int BUFFER = 64 * 1024;

  private SafeZip() {}

  /**
   * Reads an archive file.
   *
   * @param path the archive
   * @param limits the bounds it must keep
   * @return its file entries
   * @throws InputException if it cannot be read as a zip or breaks a bound
   */
  public static ZipContents read(Path path, ArchiveLimits limits) {
    String source = String.valueOf(path.getFileName());
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, source, limits);
    } catch (IOException e) {
      throw InputException.of(Problem.file(source, "cannot read the file: " + e.getMessage()));
    }
  }

  /**
   * Reads an archive from a stream (not closed here).
   *
   * @param in the archive's bytes
   * @param source its name in error messages
   * @param limits the bounds it must keep
   * @return its file entries
   * @throws InputException if it cannot be read as a zip or breaks a bound
   */
  public static ZipContents read(InputStream in, String source, ArchiveLimits limits) {
    CountingStream counted = new CountingStream(in);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int count = 0;
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(counted)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        count++;
        String name = entry.getName();
        if (count > limits.maxEntries()) {
          throw refuse(source, name, "the archive has more than " + limits.maxEntries() + " entries");
        }
        String bad = badName(name);
        if (bad != null) {
          throw refuse(source, name, bad);
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (entries.containsKey(name)) {
          throw refuse(source, name, "the entry name appears twice in the archive");
        }
        long compressedBefore = counted.count;
        byte[] bytes = inflate(zip, counted, compressedBefore, source, name, limits,
            limits.maxTotalBytes() - total);
        total += bytes.length;
        entries.put(name, bytes);
      }
    } catch (InputException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      // ZipInputStream's own complaint about an entry name it cannot decode (found by fuzzing)
      throw InputException.of(Problem.file(source, "an entry name is not valid UTF-8 (entry "
          + (count) + "): not a readable zip archive"));
    } catch (ZipException e) {
      throw InputException.of(Problem.file(source, "not a readable zip archive: " + e.getMessage()));
    } catch (IOException e) {
      throw InputException.of(Problem.file(source, "cannot read the archive: " + e.getMessage()));
    }
    if (count == 0) {
      throw InputException.of(Problem.file(source, "not a zip archive, or an empty one"));
    }
    return new ZipContents(source, ImmutableMap.copyOf(entries));
  }

  private static byte[] inflate(ZipInputStream zip, CountingStream counted, long compressedBefore,
      String source, String name, ArchiveLimits limits, long totalLeft) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long size = 0;
    int n;
    while ((n = zip.read(buffer)) > 0) {
      size += n;
      if (size > limits.maxEntryBytes()) {
        throw refuse(source, name, "entry inflates to more than " + limits.maxEntryBytes() + " bytes");
      }
      if (size > totalLeft) {
        throw refuse(source, name, "the entries inflate to more than " + limits.maxTotalBytes()
            + " bytes in all");
      }
      // The stream reads ahead of the inflater by at most one buffer, so the compressed count is a
      // slight over-estimate: the ratio test errs on the side of accepting.
      long compressed = Math.max(1, counted.count - compressedBefore);
      if (size > ArchiveLimits.RATIO_GRACE_BYTES && size / compressed > limits.maxRatio()) {
        throw refuse(source, name, "entry inflates more than " + limits.maxRatio()
            + " times its compressed size (a zip bomb?); refused, not unpacked");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Why a name is refused, or null if it is an ordinary relative name. */
  static String badName(String name) {
    if (name.isEmpty()) {
      return "empty entry name";
    }
    if (name.indexOf('\0') >= 0) {
      return "entry name holds a NUL character";
    }
    String unified = name.replace('\\', '/');
    if (unified.startsWith("/") || (unified.length() > 1 && unified.charAt(1) == ':')) {
      return "entry name is an absolute path; refused (names are never used as paths)";
    }
    for (String part : unified.split("/", -1)) {
      if (part.equals("..")) {
        return "entry name climbs out of its folder ('..'); refused (names are never used as paths)";
      }
    }
    return null;
  }

  private static InputException refuse(String source, String name, String message) {
    return InputException.of(Problem.file(source + "!" + name, message));
  }

  /** Counts the compressed bytes the zip reader takes from the file. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }
  }
}
