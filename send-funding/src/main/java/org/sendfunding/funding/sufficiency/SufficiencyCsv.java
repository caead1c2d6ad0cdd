package org.sendfunding.funding.sufficiency;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.LimitedReader;
import org.sendfunding.model.input.PlausibilityLimits;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Reads the sufficiency CSV files: service establishments, specialist places and capital projects.
 * Each loader reads the whole file and either returns every row or throws one {@link InputException}
 * (for one more release the deprecated {@link DatasetException}) listing every problem with its file,
 * line, column and value.
 *
 * <pre>{@code
 * ImmutableList<ServiceCapacity> s = SufficiencyCsv.readServices(Path.of("services.csv"));
 * // la_code,la_name,service,fte,provenance
 * // 202,Camden,educational_psychology,21.4,illustrative
 * }</pre>
 *
 * <p>Columns, in any order, all required:
 * <ul>
 *   <li>services {@value #SERVICES_HEADER}: {@code service} a {@link SupportService} key, {@code fte} the
 *       establishment in full-time equivalents (a decimal, 0 to the {@code service_fte} plausibility limit);
 *   <li>places {@value #PLACES_HEADER}: {@code setting_type} one of {@link PlacesModel#SUPPLY_SETTINGS},
 *       {@code capacity} and {@code on_roll} whole numbers (0 to the {@code la_places} limit);
 *   <li>capital {@value #CAPITAL_HEADER}: {@code setting_type} one of {@link PlacesModel#STATE_SETTINGS},
 *       {@code new_places} above zero, {@code opens} a financial year ({@code 2027-28}), {@code programme}
 *       text.
 * </ul>
 * Every file has {@code la_code} (a DfE code in the register), {@code la_name} (blank, or the
 * register's name) and {@code provenance} ({@code real} or {@code illustrative}).
 *
 * <p>Files are read by {@link CsvFile}: a UTF-8 byte-order mark (as Excel's "CSV UTF-8" writes) is
 * dropped, quoted cells may hold commas, and numbers follow {@link
 * org.sendfunding.model.input.NumberSyntax} ({@code "1,200"} in quotes is accepted; {@code 1e3} is not).
 * Files are limited by {@link CsvLimits#DEFAULT} unless a limit is given; an empty file and a file with
 * only a header both give no rows. Implausible figures are refused by {@link
 * PlausibilityLimits#standard()}. This class is stateless and thread-safe.
 */
@SuppressWarnings("deprecation") // throws DatasetException, InputException's deprecated subclass, for one release
public final class SufficiencyCsv {

  /** The header of a services file. */
  public static final String SERVICES_HEADER = "la_code,la_name,service,fte,provenance";
  /** The header of a places file. */
  public static final String PLACES_HEADER = "la_code,la_name,setting_type,capacity,on_roll,provenance";
  /** The header of a capital file. */
  public static final String CAPITAL_HEADER = "la_code,la_name,setting_type,new_places,opens,programme,provenance";

  private static final String SERVICE_KEYS =
      "not a service key (educational_psychology, speech_and_language_therapy, occupational_therapy, camhs, advisory_teaching)";

  private SufficiencyCsv() {}

  /**
   * Reads service establishments within the default limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<ServiceCapacity> readServices(Reader reader, String source) {
    return readServices(reader, source, CsvLimits.DEFAULT);
  }

  /**
   * Reads service establishments within limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @param limits the limits (the byte limit counts characters)
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<ServiceCapacity> readServices(Reader reader, String source, CsvLimits limits) {
    Problems problems = Problems.in(source);
    return services(parse(reader, source, limits, problems), problems);
  }

  /**
   * Reads a services file.
   *
   * @param file the file
   * @return every row
   * @throws DatasetException listing every problem, including a missing or unreadable file
   */
  public static ImmutableList<ServiceCapacity> readServices(Path file) {
    Problems problems = Problems.in(file.toString());
    return services(read(file, problems), problems);
  }

  /**
   * Reads specialist places within the default limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<PlaceSupply> readPlaces(Reader reader, String source) {
    return readPlaces(reader, source, CsvLimits.DEFAULT);
  }

  /**
   * Reads specialist places within limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @param limits the limits (the byte limit counts characters)
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<PlaceSupply> readPlaces(Reader reader, String source, CsvLimits limits) {
    Problems problems = Problems.in(source);
    return places(parse(reader, source, limits, problems), problems);
  }

  /**
   * Reads a places file.
   *
   * @param file the file
   * @return every row
   * @throws DatasetException listing every problem, including a missing or unreadable file
   */
  public static ImmutableList<PlaceSupply> readPlaces(Path file) {
    Problems problems = Problems.in(file.toString());
    return places(read(file, problems), problems);
  }

  /**
   * Reads capital projects within the default limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<CapitalProject> readCapital(Reader reader, String source) {
    return readCapital(reader, source, CsvLimits.DEFAULT);
  }

  /**
   * Reads capital projects within limits.
   *
   * @param reader the CSV text; not closed
   * @param source the file name problems give
   * @param limits the limits (the byte limit counts characters)
   * @return every row
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<CapitalProject> readCapital(Reader reader, String source, CsvLimits limits) {
    Problems problems = Problems.in(source);
    return capital(parse(reader, source, limits, problems), problems);
  }

  /**
   * Reads a capital file.
   *
   * @param file the file
   * @return every row
   * @throws DatasetException listing every problem, including a missing or unreadable file
   */
  public static ImmutableList<CapitalProject> readCapital(Path file) {
    Problems problems = Problems.in(file.toString());
    return capital(read(file, problems), problems);
  }

  private static ImmutableList<ServiceCapacity> services(CsvFile file, Problems problems) {
    requireColumns(file, SERVICES_HEADER, problems);
    PlausibilityLimits limits = PlausibilityLimits.standard();
    ImmutableList.Builder<ServiceCapacity> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (CsvRow r : file.rows()) {
      int before = problems.size();
      Optional<LocalAuthority> la = localAuthority(r, problems);
      SupportService svc = r.parse("service", problems, t -> parse(t, SupportService::parse, SERVICE_KEYS), null);
      BigDecimal fte = r.decimal("fte", problems);
      Provenance p = provenance(r, problems);
      if (problems.size() == before) {
        limits.check(r, "fte", "service_fte", fte, problems);
      }
      if (la.isPresent() && svc != null && !seen.add(la.get().code() + "/" + svc)) {
        problems.add(r.problem("service", "appears twice for " + la.get()));
      }
      if (problems.size() == before) {
        out.add(ServiceCapacity.of(la.get(), svc, fte, p));
      }
    }
    throwIfAny(problems);
    return out.build();
  }

  private static ImmutableList<PlaceSupply> places(CsvFile file, Problems problems) {
    requireColumns(file, PLACES_HEADER, problems);
    ImmutableList.Builder<PlaceSupply> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (CsvRow r : file.rows()) {
      int before = problems.size();
      Optional<LocalAuthority> la = localAuthority(r, problems);
      SettingType s = setting(r, problems);
      long capacity = count(r, "capacity", problems);
      long onRoll = count(r, "on_roll", problems);
      Provenance p = provenance(r, problems);
      if (la.isPresent() && s != null && !seen.add(la.get().code() + "/" + s)) {
        problems.add(r.problem("setting_type", "appears twice for " + la.get()));
      }
      if (s != null && !PlacesModel.SUPPLY_SETTINGS.contains(s)) {
        problems.add(r.problem("setting_type", "not one of " + PlacesModel.SUPPLY_SETTINGS));
      }
      if (problems.size() == before) {
        out.add(PlaceSupply.of(la.get(), s, capacity, onRoll, p));
      }
    }
    throwIfAny(problems);
    return out.build();
  }

  private static ImmutableList<CapitalProject> capital(CsvFile file, Problems problems) {
    requireColumns(file, CAPITAL_HEADER, problems);
    PlausibilityLimits limits = PlausibilityLimits.standard();
    ImmutableList.Builder<CapitalProject> out = ImmutableList.builder();
    for (CsvRow r : file.rows()) {
      int before = problems.size();
      Optional<LocalAuthority> la = localAuthority(r, problems);
      SettingType s = setting(r, problems);
      long places = count(r, "new_places", problems);
      FinancialYear opens = r.financialYear("opens", problems);
      String programme = r.text("programme", problems);
      Provenance p = provenance(r, problems);
      if (!r.isBlank("opens") && problems.size() == before) {
        limits.check(r, "opens", "calendar_year", opens.startYear(), problems);
      }
      if (places == 0 && !r.isBlank("new_places") && problems.size() == before) {
        problems.add(r.problem("new_places", "must be above zero"));
      }
      if (s != null && !PlacesModel.STATE_SETTINGS.contains(s)) {
        problems.add(r.problem("setting_type", "not one of " + PlacesModel.STATE_SETTINGS));
      }
      if (problems.size() == before) {
        out.add(CapitalProject.of(la.get(), s, places, opens, programme, p));
      }
    }
    throwIfAny(problems);
    return out.build();
  }

  private static CsvFile parse(Reader reader, String source, CsvLimits limits, Problems problems) {
    StringBuilder text = new StringBuilder();
    try (Reader limited = LimitedReader.of(reader, limits.maxBytes())) {
      char[] buffer = new char[8192];
      for (int n; (n = limited.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (LimitedReader.LimitExceeded e) {
      problems.add(Problem.file(source, "larger than the limit of " + limits.maxBytes() + " characters"));
      throwIfAny(problems);
    } catch (IOException e) {
      problems.add(Problem.file(source, "cannot be read: " + e.getMessage()));
      throwIfAny(problems);
    }
    try {
      return CsvFile.parse(text.toString(), source, limits, problems);
    } catch (InputException e) {
      throw new DatasetException(e.problems());
    }
  }

  private static CsvFile read(Path file, Problems problems) {
    try {
      return CsvFile.read(file, CsvLimits.DEFAULT, problems);
    } catch (InputException e) {
      throw new DatasetException(e.problems());
    }
  }

  private static void throwIfAny(Problems problems) {
    problems.throwIfAny(DatasetException::new);
  }

  /** Header problems end the load, listed with any rows of the wrong length found before. */
  private static void requireColumns(CsvFile file, String header, Problems problems) {
    List<Problem> columns = file.columnProblems(List.of(header.split(",")), List.of());
    if (!columns.isEmpty()) {
      problems.addAll(columns);
      throwIfAny(problems);
    }
  }

  private static <T> T parse(String text, java.util.function.Function<String, T> parser, String what) {
    try {
      return parser.apply(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(what, e);
    }
  }

  private static Provenance provenance(CsvRow r, Problems problems) {
    return r.parse("provenance", problems, t -> parse(t, Provenance::parse, "not one of real, illustrative"), null);
  }

  private static SettingType setting(CsvRow r, Problems problems) {
    return r.parse("setting_type", problems,
        t -> parse(t, SettingType::valueOf, "not a setting type (e.g. MAINTAINED_SPECIAL)"), null);
  }

  /** A count of places or pupils: a whole number from 0 to the {@code la_places} plausibility limit. */
  private static long count(CsvRow r, String column, Problems problems) {
    int before = problems.size();
    long v = r.wholeNumber(column, problems);
    if (problems.size() == before) {
      PlausibilityLimits.standard().check(r, column, "la_places", v, problems);
    }
    return v;
  }

  private static Optional<LocalAuthority> localAuthority(CsvRow r, Problems problems) {
    int before = problems.size();
    long code = r.wholeNumber("la_code", problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    Optional<LocalAuthority> la = code < 100 || code > 999 ? Optional.empty()
        : LocalAuthorities.england().findByCode((int) code);
    if (la.isEmpty()) {
      problems.add(r.problem("la_code", "not an LA in the register"));
      return la;
    }
    String name = r.get("la_name");
    if (!name.isEmpty() && !name.equals(la.get().name())) {
      problems.add(r.problem("la_name", "not the register's name for " + code + " ('" + la.get().name() + "')"));
    }
    return la;
  }
}
