package org.sendfunding.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a file a user named before any loader opens it, so that a missing file, a folder or an
 * unreadable file is one line naming the option, the path as typed and the folder it was looked
 * for in. Relative paths are relative to the user's working directory, as in any command.
 *
 * <pre>{@code
 * Path pupils = InputFiles.readable("PUPILS.csv", Path.of("school.csv"));
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class InputFiles {

  private InputFiles() {}

  /**
   * The file, if it is a readable regular file.
   *
   * @param what the option or parameter that named it, e.g. {@code --banding-file}
   * @param file the path as given
   * @return the same path
   * @throws UserError if it is missing, a folder or unreadable
   */
  public static Path readable(String what, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new UserError(what + " " + file + ": no such file (looked for " + absolute
          + "; relative paths are from the folder you run the command in); check the name");
    }
    if (Files.isDirectory(absolute)) {
      throw new UserError(what + " " + file + ": is a folder, not a file; give the file's name");
    }
    if (!Files.isReadable(absolute)) {
      throw new UserError(what + " " + file + ": cannot be read (permission denied); check the file's permissions");
    }
    return file;
  }

  /**
   * The folder, if it exists and is a folder.
   *
   * @param what the option that named it, e.g. {@code --data}
   * @param dir the path as given
   * @return the same path
   * @throws UserError if it is missing or a file
   */
  public static Path folder(String what, Path dir) {
    Path absolute = dir.toAbsolutePath().normalize();
    if (!Files.exists(absolute)) {
      throw new UserError(what + " " + dir + ": no such folder (looked for " + absolute
          + "; relative paths are from the folder you run the command in); check the name");
    }
    if (!Files.isDirectory(absolute)) {
      throw new UserError(what + " " + dir + ": is a file, not a folder; give the folder that holds the files");
    }
    return dir;
  }
}
