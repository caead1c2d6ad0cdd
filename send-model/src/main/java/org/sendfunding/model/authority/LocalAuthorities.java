package org.sendfunding.model.authority;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A register of local authorities, looked up by DfE code or ONS code.
 *
 * <p>{@link #england()} is the embedded register of England's 153 LAs as they stand since 1 April 2023
 * (after Cumbria became Cumberland and Westmorland and Furness):
 *
 * <pre>{@code
 * LocalAuthorities.england().byCode(202).name();          // "Camden"
 * LocalAuthorities.england().byOnsCode("E06000023").code(); // 801 (Bristol, City of)
 * LocalAuthorities.england().all().size();                 // 153
 * }</pre>
 *
 * <p>Source: DfE Analytical Services, {@code dfeR} {@code data-raw/old_la_codes.csv}, filtered to
 * current English authorities, with ONS regions. This class is immutable and thread-safe.
 */
public final class LocalAuthorities {

  private static final String RESOURCE = "local-authorities.csv";
  private static final String HEADER = "la_code,ons_code,name,region";

  private static final class Holder {
    static final LocalAuthorities ENGLAND = load();
  }

  private final ImmutableList<LocalAuthority> all;
  private final ImmutableMap<Integer, LocalAuthority> byCode;
  private final ImmutableMap<String, LocalAuthority> byOnsCode;

  private LocalAuthorities(List<LocalAuthority> authorities) {
    this.all = ImmutableList.sortedCopyOf(authorities);
    this.byCode = Maps.uniqueIndex(all, LocalAuthority::code);
    this.byOnsCode = Maps.uniqueIndex(all, LocalAuthority::onsCode);
  }

  /**
   * A register of the given authorities.
   *
   * @param authorities the authorities, with distinct DfE and ONS codes
   * @return the register
   * @throws IllegalArgumentException if two share a code
   */
  public static LocalAuthorities of(Iterable<LocalAuthority> authorities) {
    List<LocalAuthority> list = new ArrayList<>();
    authorities.forEach(list::add);
    return new LocalAuthorities(list);
  }

  /** The embedded register of England's 153 local authorities. */
  public static LocalAuthorities england() {
    return Holder.ENGLAND;
  }

  /** Every authority, ordered by DfE code. */
  public ImmutableList<LocalAuthority> all() {
    return all;
  }

  /**
   * The authority with a DfE code.
   *
   * @param code DfE three-digit LA code
   * @return the authority
   * @throws NoSuchElementException naming the code if it is not in the register
   */
  public LocalAuthority byCode(int code) {
    LocalAuthority la = byCode.get(code);
    if (la == null) {
      throw new NoSuchElementException("LocalAuthorities: no local authority with DfE code " + code);
    }
    return la;
  }

  /** The authority with a DfE code, if present. */
  public Optional<LocalAuthority> findByCode(int code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The authority with an ONS code.
   *
   * @param onsCode e.g. {@code E09000007}
   * @return the authority
   * @throws NoSuchElementException naming the code if it is not in the register
   */
  public LocalAuthority byOnsCode(String onsCode) {
    LocalAuthority la = byOnsCode.get(onsCode);
    if (la == null) {
      throw new NoSuchElementException("LocalAuthorities: no local authority with ONS code " + onsCode);
    }
    return la;
  }

  /** The authorities in a region, by DfE code. */
  public ImmutableList<LocalAuthority> inRegion(Region region) {
    return all.stream().filter(la -> la.region() == region).collect(ImmutableList.toImmutableList());
  }

  private static LocalAuthorities load() {
    try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE)) {
      Preconditions.checkState(in != null, "LocalAuthorities: resource %s is missing", RESOURCE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = reader.readLine();
      Preconditions.checkState(
          HEADER.equals(header), "LocalAuthorities: %s line 1: expected header '%s', got '%s'", RESOURCE, HEADER, header);
      List<LocalAuthority> authorities = new ArrayList<>();
      String line;
      int lineNumber = 1;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        List<String> fields = QuotedCsvLine.split(line);
        Preconditions.checkState(
            fields.size() == 4, "LocalAuthorities: %s line %s: expected 4 fields, got %s", RESOURCE, lineNumber, fields.size());
        authorities.add(
            LocalAuthority.of(
                Integer.parseInt(fields.get(0)), fields.get(1), fields.get(2), Region.fromName(fields.get(3))));
      }
      return new LocalAuthorities(authorities);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
