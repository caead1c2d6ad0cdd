package org.sendfunding.funding.placeplus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;

/**
 * An LA's local top-up banding: its element 3 bands as data, with descriptors and sources.
 *
 * <p>Two shapes ship as examples ({@link #example(String)}): Shropshire, with graduated support plan
 * levels 0.5-2 (£500-£2,000) and EHCP top-up levels 1-4 (£1,000-£4,000); and Southend, with five need
 * levels 0-4 placed by best fit against descriptors. A band file looks like:
 *
 * <pre>{@code
 * authority: Shropshire
 * description: Element 3 top-up levels for mainstream schools and academies
 * verified: true
 * reference:
 *   - title: Shropshire Council, How is SEN funded in schools
 *     href: https://next.shropshire.gov.uk/...
 * bands:
 *   - id: GSP-0.5
 *     group: Graduated support plan
 *     amount: 500
 *   - id: level-2
 *     minimum: 3000
 *     maximum: 6000
 *     descriptors: [needs a personalised curriculum]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalBanding {

  private static final ImmutableSet<String> TOP_KEYS =
      ImmutableSet.of("authority", "description", "verified", "reference", "note", "bands");
  private static final ImmutableSet<String> BAND_KEYS =
      ImmutableSet.of("id", "group", "amount", "minimum", "maximum", "descriptors");
  private static final ObjectMapper MAPPER =
      YAMLMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .build();

  LocalBanding() {}

  /** Starts a builder. @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalBanding}. */
  public static final class Builder extends ImmutableLocalBanding.Builder {
    Builder() {}
  }

  /** The LA whose banding this is. @return the LA's name */
  public abstract String authority();

  /** What the banding covers. @return the description */
  public abstract String description();

  /** Whether the amounts were read in the cited source. @return true if verified */
  public abstract boolean verified();

  /** Free text, e.g. what was not found. @return the note */
  public abstract Optional<String> note();

  /** The sources. @return the references */
  public abstract ImmutableList<SourceReference> references();

  /** The bands, in order (best fit breaks ties towards the earlier band). @return the bands */
  public abstract ImmutableList<Band> bands();

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<String, Band> byId() {
    Map<String, Band> m = new HashMap<>();
    for (Band b : bands()) {
      m.putIfAbsent(b.id(), b);
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * The band with an id.
   *
   * @param id the band id
   * @return the band
   * @throws IllegalArgumentException naming the unknown id and the known ones
   */
  public Band band(String id) {
    Band b = byId().get(id);
    if (b == null) {
      throw new IllegalArgumentException("LocalBanding " + authority() + ": no band '" + id + "' (bands: "
          + String.join(", ", bands().stream().map(Band::id).toArray(String[]::new)) + ")");
    }
    return b;
  }

  /**
   * The band whose descriptors best fit what is observed of a pupil: the most descriptors matched,
   * ties to the earlier band.
   *
   * @param observed descriptors observed for the pupil, matched exactly
   * @return the best-fitting band, empty if no descriptor matches
   */
  public Optional<Band> bestFit(Collection<String> observed) {
    Set<String> seen = new HashSet<>(observed);
    Band best = null;
    int bestCount = 0;
    for (Band b : bands()) {
      int count = 0;
      for (String d : b.descriptors()) {
        if (seen.contains(d)) {
          count++;
        }
      }
      if (count > bestCount) {
        best = b;
        bestCount = count;
      }
    }
    return Optional.ofNullable(best);
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!bands().isEmpty(), "LocalBanding.bands: must not be empty (%s)", authority());
    Preconditions.checkArgument(!references().isEmpty(), "LocalBanding.references: must not be empty (%s)", authority());
    Set<String> ids = new HashSet<>();
    for (Band b : bands()) {
      Preconditions.checkArgument(ids.add(b.id()), "LocalBanding.bands: band id '%s' repeats (%s)", b.id(), authority());
    }
  }

  /**
   * A shipped example banding: {@code shropshire} or {@code southend}.
   *
   * @param name the example's name
   * @return the banding
   * @throws IllegalArgumentException if there is no such example
   */
  public static LocalBanding example(String name) {
    String resource = "org/sendfunding/funding/placeplus/banding/" + name + ".yaml";
    try (InputStream in = LocalBanding.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("LocalBanding: no example banding '" + name + "' (shropshire, southend)");
      }
      return loadYaml(name + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("LocalBanding: cannot read " + resource, e);
    }
  }

  /**
   * Reads a banding from YAML, collecting every problem.
   *
   * @param sourceName the name used in messages
   * @param yaml the text
   * @return the banding
   * @throws IllegalArgumentException listing every problem with its band and key
   */
  /** The most characters a banding file may have (1 MiB; the shipped files are under 10 KB). */
  static final int MAX_CHARACTERS = 1024 * 1024;

  public static LocalBanding loadYaml(String sourceName, String yaml) {
    List<String> problems = new ArrayList<>();
    if (yaml.length() > MAX_CHARACTERS) {
      throw new IllegalArgumentException(sourceName + ": " + yaml.length() + " characters, more than the limit of "
          + MAX_CHARACTERS);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(sourceName + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")
          + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(sourceName + ": expected a mapping with keys " + TOP_KEYS);
    }
    Builder b = builder();
    unknownKeys(sourceName, root, TOP_KEYS, problems);
    text(sourceName, root, "authority", problems).ifPresent(b::authority);
    text(sourceName, root, "description", problems).ifPresent(b::description);
    if (root.has("verified") && root.get("verified").isBoolean()) {
      b.verified(root.get("verified").booleanValue());
    } else {
      problems.add(sourceName + ": key 'verified' is missing or not true/false");
    }
    if (root.hasNonNull("note")) {
      b.note(root.get("note").asText());
    }
    JsonNode refs = root.get("reference");
    if (refs == null || !refs.isArray() || refs.isEmpty()) {
      problems.add(sourceName + ": key 'reference' is missing or not a non-empty list of {title, paragraph, href}");
    } else {
      int i = 0;
      for (JsonNode r : refs) {
        i++;
        String where = sourceName + ": reference[" + i + "]";
        unknownKeys(where, r, ImmutableSet.of("title", "paragraph", "href"), problems);
        Optional<String> title = text(where, r, "title", problems);
        if (title.isPresent()) {
          SourceReference.Builder sb = SourceReference.builder().title(title.get());
          if (r.hasNonNull("paragraph")) {
            sb.paragraph(r.get("paragraph").asText());
          }
          if (r.hasNonNull("href")) {
            sb.href(r.get("href").asText());
          }
          b.addReferences(sb.build());
        }
      }
    }
    JsonNode bands = root.get("bands");
    if (bands == null || !bands.isArray() || bands.isEmpty()) {
      problems.add(sourceName + ": key 'bands' is missing or not a non-empty list");
    } else {
      int i = 0;
      Set<String> ids = new HashSet<>();
      for (JsonNode node : bands) {
        i++;
        String where = sourceName + ": bands[" + i + "]";
        if (!node.isObject()) {
          problems.add(where + ": expected a mapping with keys " + BAND_KEYS);
          continue;
        }
        unknownKeys(where, node, BAND_KEYS, problems);
        Band.Builder band = Band.builder();
        Optional<String> id = text(where, node, "id", problems);
        id.ifPresent(band::id);
        if (id.isPresent() && !ids.add(id.get())) {
          problems.add(where + ": band id '" + id.get() + "' repeats");
        }
        if (node.hasNonNull("group")) {
          band.group(node.get("group").asText());
        }
        money(where, node, "amount", problems).ifPresent(band::amount);
        money(where, node, "minimum", problems).ifPresent(band::minimum);
        money(where, node, "maximum", problems).ifPresent(band::maximum);
        JsonNode descriptors = node.get("descriptors");
        if (descriptors != null) {
          if (!descriptors.isArray()) {
            problems.add(where + ": 'descriptors' must be a list of text");
          } else {
            descriptors.forEach(d -> band.addDescriptors(d.asText()));
          }
        }
        if (id.isPresent()) {
          try {
            b.addBands(band.build());
          } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(where + ": " + e.getMessage());
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Cannot load banding " + sourceName + " (" + problems.size() + " problem"
          + (problems.size() == 1 ? "" : "s") + "):\n  - " + String.join("\n  - ", problems));
    }
    return b.build();
  }

  private static void unknownKeys(String where, JsonNode node, ImmutableSet<String> allowed, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        problems.add(where + ": unknown key '" + key + "' (allowed: " + String.join(", ", allowed) + ")");
      }
    }
  }

  private static Optional<String> text(String where, JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || !v.isValueNode() || v.asText().isBlank()) {
      problems.add(where + ": key '" + key + "' is missing or blank");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  private static Optional<Money> money(String where, JsonNode node, String key, List<String> problems) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.ofPounds(v.asText()));
    } catch (IllegalArgumentException e) {
      problems.add(where + ": " + key + " '" + v.asText() + "' is not an amount of pounds (e.g. 1000 or 1000.50)");
      return Optional.empty();
    }
  }
}
