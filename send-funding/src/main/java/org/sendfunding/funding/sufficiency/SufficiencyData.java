package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import org.immutables.value.Value;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.Provenance;

/**
 * The sufficiency data for a set of LAs: support-service establishments, specialist places and a
 * capital programme.
 *
 * <p>The embedded England data ({@code services.csv}, {@code places.csv}, {@code capital.csv} beside
 * the funding panel) is <b>illustrative</b>: generated with a fixed seed so that national sums equal
 * published totals (2,325 LA-employed EPs, Nov 2022; 153,000 state special-school places against
 * about 160,000 on roll, May 2024; 10,000 places from the £740m of 2025-26 and 2,000 from the 15 special
 * free schools of the 2024 Budget), and labelled illustrative on every row:
 *
 * <pre>{@code
 * SufficiencyData d = SufficiencyData.england();
 * d.services();  d.places();  d.capital();  d.illustrative();   // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SufficiencyData {

  SufficiencyData() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SufficiencyData}. */
  public static final class Builder extends ImmutableSufficiencyData.Builder {
    Builder() {}
  }

  /** Service establishments. */
  public abstract ImmutableList<ServiceCapacity> services();

  /** Specialist places. */
  public abstract ImmutableList<PlaceSupply> places();

  /** Today's capital programme. */
  public abstract ImmutableList<CapitalProject> capital();

  /** Whether any row is illustrative. */
  public boolean illustrative() {
    return services().stream().anyMatch(s -> s.provenance() == Provenance.ILLUSTRATIVE)
        || places().stream().anyMatch(s -> s.provenance() == Provenance.ILLUSTRATIVE)
        || capital().stream().anyMatch(s -> s.provenance() == Provenance.ILLUSTRATIVE);
  }

  /** The embedded England data (illustrative per-LA values consistent with national totals). */
  public static SufficiencyData england() {
    return Holder.ENGLAND;
  }

  private static final class Holder {
    static final SufficiencyData ENGLAND = builder()
        .services(read("services.csv", SufficiencyCsv::readServices))
        .places(read("places.csv", SufficiencyCsv::readPlaces))
        .capital(read("capital.csv", SufficiencyCsv::readCapital))
        .build();
  }

  private static <T> ImmutableList<T> read(String file, BiFunction<Reader, String, ImmutableList<T>> loader) {
    String path = FundingDataset.ENGLAND_RESOURCES + file;
    try (InputStream in = SufficiencyData.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("SufficiencyData: missing resource " + path);
      }
      return loader.apply(new InputStreamReader(in, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new UncheckedIOException("SufficiencyData: cannot read " + path, e);
    }
  }
}
