package org.sendfunding.data.archive;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.Problem;

/**
 * The inflated entries of one zip archive that kept its {@link ArchiveLimits}, by entry name.
 *
 * <p>Entry names are keys only: nothing here or in its callers turns one into a file path.
 *
 * <pre>{@code
 * ZipContents zip = SafeZip.read(path, ArchiveLimits.DEFAULT);
 * zip.names();                       // [data/caseload.csv, ..., data-guidance/data-guidance.txt]
 * zip.source("data/caseload.csv");   // "education-health-and-care-plans_2025.zip!data/caseload.csv"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe (it hands out copies or read-only streams).
 */
public final class ZipContents {

  private final String source;
  private final ImmutableMap<String, byte[]> entries;

  ZipContents(String source, ImmutableMap<String, byte[]> entries) {
    this.source = source;
    this.entries = entries;
  }

  /** The archive's name, as used in error messages. */
  public String source() {
    return source;
  }

  /** The names of the file entries (folders left out), in archive order. */
  public ImmutableSet<String> names() {
    return entries.keySet();
  }

  /** Whether the archive has a file entry of this name. */
  public boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** How an entry is named in error messages: {@code archive.zip!data/caseload.csv}. */
  public String source(String name) {
    return source + "!" + name;
  }

  /**
   * A copy of an entry's inflated bytes.
   *
   * @throws InputException naming the archive and the entry if there is no such entry
   */
  public byte[] bytes(String name) {
    return entry(name).clone();
  }

  /** An entry's inflated bytes as a stream. */
  public InputStream open(String name) {
    return new ByteArrayInputStream(entry(name));
  }

  private byte[] entry(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw InputException.of(Problem.file(source, "no entry '" + name + "' in the archive (it has "
          + entries.keySet() + ")"));
    }
    return bytes;
  }

  @Override
  public String toString() {
    return "ZipContents{" + source + ", " + entries.size() + " entries}";
  }
}
