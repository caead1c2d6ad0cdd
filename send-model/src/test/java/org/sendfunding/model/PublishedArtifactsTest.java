package org.sendfunding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a Maven consumer gets: one version, a BOM listing every library module, the metadata a public
 * repository requires of every published module, and the licence files.
 *
 * <p>The poms are read from the repository root as XML, so the checks hold whichever module builds.
 */
class PublishedArtifactsTest {

  /** Modules that are not library artifacts: never installed or deployed, not in the BOM. */
  static final Set<String> NOT_LIBRARIES = Set.of("send-bom", "examples", "benchmarks");

  private static final Path ROOT = RepositoryStandsAloneTest.RepositoryFiles.root();

  static Document pom(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError("cannot read " + file + ": " + e, e);
    }
  }

  /** The text of the first child element of {@code parent} with this name, or "" if none. */
  static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return n.getTextContent().trim();
      }
    }
    return "";
  }

  static Element childElement(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  static List<String> modules() {
    Element root = pom(ROOT.resolve("pom.xml")).getDocumentElement();
    NodeList list = childElement(root, "modules").getElementsByTagName("module");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent().trim());
    }
    return out;
  }

  @Test
  void the_bom_manages_every_library_module_at_the_project_version() {
    Element parent = pom(ROOT.resolve("pom.xml")).getDocumentElement();
    Element bom = pom(ROOT.resolve("send-bom/pom.xml")).getDocumentElement();
    assertThat(child(bom, "packaging")).isEqualTo("pom");
    assertThat(child(bom, "groupId")).isEqualTo(child(parent, "groupId"));
    assertThat(child(bom, "version")).as("the BOM's version is the parent's").isEqualTo(child(parent, "version"));
    Set<String> managed = new TreeSet<>();
    NodeList deps = childElement(bom, "dependencyManagement").getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element d = (Element) deps.item(i);
      assertThat(child(d, "groupId")).isEqualTo("org.sendfunding");
      assertThat(child(d, "version")).isEqualTo("${project.version}");
      managed.add(child(d, "artifactId"));
    }
    Set<String> libraries = new TreeSet<>(modules());
    libraries.removeAll(NOT_LIBRARIES);
    assertThat(libraries).contains("send-model", "send-funding").hasSizeGreaterThanOrEqualTo(6);
    assertThat(managed).as("the BOM lists exactly the library modules").isEqualTo(libraries);
  }

  @Test
  void every_published_module_has_the_metadata_a_public_repository_requires() {
    Element parent = pom(ROOT.resolve("pom.xml")).getDocumentElement();
    // Inherited by every module from the parent (the BOM, which has no parent, repeats them).
    for (Element e : List.of(parent, pom(ROOT.resolve("send-bom/pom.xml")).getDocumentElement())) {
      assertThat(child(e, "url")).startsWith("https://");
      Element license = (Element) childElement(e, "licenses").getElementsByTagName("license").item(0);
      assertThat(child(license, "name")).isEqualTo("Apache License, Version 2.0");
      assertThat(child(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      Element scm = childElement(e, "scm");
      assertThat(child(scm, "connection")).startsWith("scm:git:");
      assertThat(child(scm, "url")).isEqualTo(child(e, "url"));
      Element developer = (Element) childElement(e, "developers").getElementsByTagName("developer").item(0);
      assertThat(child(developer, "name")).isNotBlank();
    }
    for (String module : modules()) {
      Element m = pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      assertThat(child(m, "name")).as("name of %s", module).startsWith("SEND Funding Model :: ");
      assertThat(child(m, "description")).as("description of %s", module).hasSizeGreaterThan(20);
      if (!module.equals("send-bom")) {
        assertThat(child(childElement(m, "parent"), "version")).as("parent version of %s", module)
            .isEqualTo(child(parent, "version"));
        assertThat(child(m, "version")).as("%s takes its version from the parent", module).isEmpty();
      }
    }
  }

  @Test
  void examples_and_benchmarks_are_neither_installed_nor_deployed() {
    for (String module : List.of("examples", "benchmarks")) {
      Element props = childElement(pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "properties");
      assertThat(child(props, "maven.install.skip")).as("%s maven.install.skip", module).isEqualTo("true");
      assertThat(child(props, "maven.deploy.skip")).as("%s maven.deploy.skip", module).isEqualTo("true");
    }
  }

  @Test
  void the_repository_carries_the_licence_and_a_notice_for_the_embedded_data() throws IOException {
    String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    assertThat(license).contains("Apache License", "Version 2.0, January 2004",
        "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION", "9. Accepting Warranty or Additional Liability.",
        "END OF TERMS AND CONDITIONS");
    String notice = Files.readString(ROOT.resolve("NOTICE"), StandardCharsets.UTF_8);
    assertThat(notice).contains("Open Government Licence v3.0", "Department for Education",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    // Every embedded real-data file is named in the NOTICE.
    Path england = ROOT.resolve("send-data/src/main/resources/org/sendfunding/data/england");
    if (Files.isDirectory(england)) {
      try (var files = Files.list(england)) {
        for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
          assertThat(notice).as("NOTICE names %s", csv.getFileName()).contains(csv.getFileName().toString());
        }
      }
    }
  }
}
