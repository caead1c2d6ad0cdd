package org.sendfunding.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An output folder that is all-or-nothing: a command writes into {@link #staging()}, a new folder
 * beside the target on the same disk, and {@link #commit()} moves the files into the target only once
 * everything has been written. A run that fails calls {@link #close()} without committing and the
 * target is untouched; files already in it that the run did not write are left alone.
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.prepare("--out", Path.of("send-report"))) {
 *   Files.writeString(out.staging().resolve("a.csv"), "...");
 *   out.commit();
 * }
 * }</pre>
 *
 * <p>A target that is a file, or a place the user cannot write, is a {@link UserError} raised by
 * {@link #prepare} before anything runs. Instances are used by one thread and are not thread-safe.
 */
public final class OutputFolder implements AutoCloseable {

  private final Path target;
  private final Path staging;
  private boolean committed;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Checks the target and makes the staging folder.
   *
   * @param option the option that named the folder, for messages (e.g. {@code --out})
   * @param target the folder, relative to the working directory or absolute; made if missing
   * @return the output folder
   * @throws UserError if the target is a file, or no folder can be made beside it
   */
  public static OutputFolder prepare(String option, Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UserError(option + " " + target + ": is a file, not a folder; give the name of a folder"
          + " (it is made if it does not exist)");
    }
    Path existing = absolute.getParent();
    while (existing != null && !Files.isDirectory(existing)) {
      if (Files.exists(existing)) {
        throw new UserError(option + " " + target + ": " + existing + " is a file, not a folder; give another folder");
      }
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new UserError(option + " " + target + ": no folder to write in; give another folder");
    }
    if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
      throw new UserError(option + " " + target + ": the folder is not writable; choose a folder you can write to");
    }
    try {
      Path staging = Files.createTempDirectory(existing, "." + absolute.getFileName() + ".partial-");
      return new OutputFolder(absolute, staging);
    } catch (AccessDeniedException | SecurityException e) {
      throw new UserError(option + " " + target + ": cannot write in " + existing + " (permission denied); choose a"
          + " folder you can write to");
    } catch (IOException e) {
      throw new UserError(option + " " + target + ": cannot write in " + existing + " (" + UserError.oneLine(e.toString())
          + "); choose another folder");
    }
  }

  /** Where the command writes; moved to {@link #target()} by {@link #commit()}. @return the staging folder */
  public Path staging() {
    return staging;
  }

  /** The folder the user named, absolute. @return the target */
  public Path target() {
    return target;
  }

  /**
   * Moves everything written into the target: the whole staging folder when the target does not
   * exist yet (one rename), otherwise file by file, each replacing any file of the same name.
   *
   * @throws UncheckedIOException if a move fails
   */
  public void commit() {
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        try {
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
          committed = true;
          return;
        } catch (AtomicMoveNotSupportedException e) {
          Files.createDirectories(target);
        }
      }
      try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
        for (Path f : files) {
          Path to = target.resolve(f.getFileName().toString());
          try {
            Files.move(f, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(f, to, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      Files.delete(staging);
      committed = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the staging folder if the run did not commit. */
  @Override
  public void close() {
    if (committed || !Files.exists(staging)) {
      return;
    }
    try {
      Files.walkFileTree(staging, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // Best effort: a leftover hidden .partial- folder is harmless and names itself.
    }
  }
}
