package org.sendfunding.model.authority;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.Problems;

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
 * current English authorities, with ONS regions.
 *
 * <p>The embedded file {@code local-authorities.csv} has the columns {@code la_code} (three-digit DfE
 * code), {@code ons_code} ({@code E06000023}), {@code name} and {@code region} (an ONS region name such
 * as {@code South West}). It is read by {@link CsvFile}, so a byte-order mark is dropped, quoted names
 * keep their commas ({@code "Bristol, City of"}) and codes follow {@link
 * org.sendfunding.model.input.NumberSyntax}; a bad row fails with an {@link
 * org.sendfunding.model.input.InputException} naming its line and column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LocalAuthorities {

  private static final String RESOURCE = "local-authorities.csv";
  private static final ImmutableList<String> COLUMNS = ImmutableList.of("la_code", "ons_code", "name", "region");

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
    return parse(CsvFile.readResource(LocalAuthorities.class, RESOURCE, CsvLimits.DEFAULT.withMaxBytes(1 << 20)));
  }

  /**
   * Builds a register from a file with columns {@code la_code,ons_code,name,region}, collecting every
   * problem (a bad code, an unknown region, a code twice) before throwing.
   */
  static LocalAuthorities parse(CsvFile file) {
    file.requireColumns(COLUMNS, List.of());
    Problems problems = Problems.in(file.source());
    if (file.isEmpty()) {
      problems.addFile("the register has no rows");
    }
    List<LocalAuthority> authorities = new ArrayList<>();
    Set<Long> codes = new HashSet<>();
    Set<String> onsCodes = new HashSet<>();
    for (CsvRow row : file.rows()) {
      int before = problems.size();
      long code = row.wholeNumber("la_code", problems);
      String ons = row.text("ons_code", problems);
      String name = row.text("name", problems);
      Region region = row.parse("region", problems, Region::fromName, Region.LONDON);
      if (problems.size() > before) {
        continue;
      }
      if (!codes.add(code)) {
        problems.add(row.problem("la_code", "the DfE code appears twice"));
      } else if (!onsCodes.add(ons)) {
        problems.add(row.problem("ons_code", "the ONS code appears twice"));
      } else if (code < 100 || code > 999) {
        problems.add(row.problem("la_code", "not a three-digit DfE LA code"));
      } else {
        try {
          authorities.add(LocalAuthority.of((int) code, ons, name, region));
        } catch (IllegalArgumentException e) {
          problems.add(row.problem("", e.getMessage()));
        }
      }
    }
    problems.throwIfAny();
    return new LocalAuthorities(authorities);
  }
}
