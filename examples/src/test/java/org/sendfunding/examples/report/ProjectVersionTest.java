package org.sendfunding.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One version string: what {@code -V} prints is the project version of the parent pom. */
public class ProjectVersionTest {

  /** The parent pom's own version (the first {@code <version>} after its artifactId). */
  public static String parentPomVersion() throws IOException {
    String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<artifactId>send-funding-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(m.find()).as("parent pom version").isTrue();
    return m.group(1);
  }

  @Test
  void the_version_is_the_builds_not_a_second_copy() throws IOException {
    assertThat(ProjectVersion.version()).isEqualTo(parentPomVersion()).doesNotContain("${");
    assertThat(new ProjectVersion().getVersion()).containsExactly("SEND Funding Model " + parentPomVersion());
  }
}
