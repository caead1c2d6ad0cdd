package org.sendfunding.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The project's version, as the build stamped it: what {@code -V} / {@code --version} prints.
 *
 * <p>The version lives once, in the parent pom; Maven filters it into
 * {@code org/sendfunding/examples/version.properties}, so the commands can never print a version
 * the artifacts do not carry. {@code bin/send-report -V} prints, for example:
 *
 * <pre>
 * SEND Funding Model 0.1.0-SNAPSHOT
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectVersion implements CommandLine.IVersionProvider {

  private static final String RESOURCE = "/org/sendfunding/examples/version.properties";

  /** Creates the provider (picocli instantiates it). */
  public ProjectVersion() {}

  /**
   * The version from the build, e.g. {@code 0.1.0-SNAPSHOT}.
   *
   * @return the version
   * @throws IllegalStateException if the resource is missing or was not filtered (a build problem)
   */
  public static String version() {
    try (InputStream in = ProjectVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ProjectVersion: " + RESOURCE + " is missing from the class path");
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      if (v.isEmpty() || v.contains("${")) {
        throw new IllegalStateException("ProjectVersion: " + RESOURCE + " was not filtered by the build ('" + v + "')");
      }
      return v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"SEND Funding Model " + version()};
  }
}
