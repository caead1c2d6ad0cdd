package org.sendfunding.data.published;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes tables into a folder all or nothing: into a new temporary folder beside it first, then
 * moved into place only when every table was written. Files already in the folder that are not
 * among the tables (a README, a table made another way) are kept: they are copied into the
 * temporary folder before the swap.
 *
 * <pre>{@code
 * TableWriter.writeAll(tables, Path.of("send-data/src/main/resources/org/sendfunding/data/england"));
 * }</pre>
 *
 * <p>The swap is two renames (old folder aside, new folder in), each atomic on one file system;
 * between them the folder briefly does not exist. This class is stateless and thread-safe for
 * distinct folders.
 */
public final class TableWriter {

  private TableWriter() {}

  /**
   * Writes every table into {@code dir} (created if absent), replacing same-named files.
   *
   * @return the files written
   * @throws IllegalArgumentException if {@code dir} is a file, or holds a subfolder or link
   * @throws UncheckedIOException if writing fails; {@code dir} is then as it was
   */
  public static ImmutableList<Path> writeAll(List<TidyTable> tables, Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Set<String> names = new HashSet<>();
    for (TidyTable t : tables) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("two tables named " + t.name());
      }
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      refuseUnlessFolderOfFiles(target);
    }
    Path temp = null;
    try {
      Files.createDirectories(parent);
      temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
      permissions(target, temp);
      if (Files.isDirectory(target)) {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(target)) {
          for (Path p : old) {
            if (!names.contains(p.getFileName().toString())) {
              Files.copy(p, temp.resolve(p.getFileName().toString()),
                  StandardCopyOption.COPY_ATTRIBUTES);
            }
          }
        }
      }
      ImmutableList.Builder<Path> written = ImmutableList.builder();
      for (TidyTable t : tables) {
        Path p = temp.resolve(t.name());
        Files.writeString(p, t.toCsv(), StandardCharsets.UTF_8);
        written.add(target.resolve(t.name()));
      }
      if (Files.exists(target)) {
        Path aside = parent.resolve("." + target.getFileName() + ".old-" + System.nanoTime());
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
          throw e;
        }
        delete(aside);
      } else {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      temp = null;
      return written.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the tables into " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          delete(temp);
        } catch (IOException ignored) {
          // the temporary folder is hidden and named as such; leaving it behind is harmless
        }
      }
    }
  }

  /**
   * The swap replaces the whole folder, so it must hold only plain files (which are carried over):
   * a subfolder or link would be lost, and a file is not a folder at all.
   */
  private static void refuseUnlessFolderOfFiles(Path target) {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException(target + " is not a folder: --out names the folder the "
          + "tables go into");
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      for (Path p : entries) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          throw new IllegalArgumentException(target + " holds " + p.getFileName() + ", which is "
              + "not a plain file: the tables go into a folder of files only (it is replaced whole, "
              + "its files carried over)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the folder " + target + ": " + e.getMessage(), e);
    }
  }

  /** The new folder gets the old one's permissions, or rwxr-xr-x (a temporary folder is rwx------). */
  private static void permissions(Path target, Path temp) throws IOException {
    try {
      Files.setPosixFilePermissions(temp, Files.isDirectory(target)
          ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder keeps the platform's default
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
