package org.sendfunding.funding.sufficiency;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sendfunding.funding.dataset.DatasetException;
import org.sendfunding.funding.dataset.Provenance;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.FinancialYear;

/**
 * Reads the sufficiency CSV files: service establishments, specialist places and capital projects.
 * Each loader reads the whole file and either returns every row or throws one {@link DatasetException}
 * listing every problem with its file, line and column.
 *
 * <pre>{@code
 * ImmutableList<ServiceCapacity> s = SufficiencyCsv.readServices(reader, "services.csv");
 * // la_code,la_name,service,fte,provenance
 * // 202,Camden,educational_psychology,21.4,illustrative
 * }</pre>
 *
 * <p>Columns: services {@value #SERVICES_HEADER}; places {@value #PLACES_HEADER}; capital
 * {@value #CAPITAL_HEADER}. This class is stateless and thread-safe.
 */
public final class SufficiencyCsv {

  /** The header of a services file. */
  public static final String SERVICES_HEADER = "la_code,la_name,service,fte,provenance";
  /** The header of a places file. */
  public static final String PLACES_HEADER = "la_code,la_name,setting_type,capacity,on_roll,provenance";
  /** The header of a capital file. */
  public static final String CAPITAL_HEADER = "la_code,la_name,setting_type,new_places,opens,programme,provenance";

  private SufficiencyCsv() {}

  /**
   * Reads service establishments.
   *
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<ServiceCapacity> readServices(Reader reader, String source) {
    Table t = Table.read(reader, source, SERVICES_HEADER);
    ImmutableList.Builder<ServiceCapacity> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Table.Row r : t.rows) {
      LocalAuthority la = r.localAuthority();
      SupportService svc = r.parse("service", "a service key (educational_psychology, speech_and_language_therapy, "
          + "occupational_therapy, camhs, advisory_teaching)", SupportService::parse);
      BigDecimal fte = r.parse("fte", "a decimal number", BigDecimal::new);
      Provenance p = r.parse("provenance", "one of real, illustrative", Provenance::parse);
      if (fte != null && fte.signum() < 0) {
        r.problem("fte", fte + " is negative");
      }
      if (la != null && svc != null && !seen.add(la.code() + "/" + svc)) {
        r.problem("service", svc.key() + " appears twice for " + la);
      }
      if (r.ok()) {
        out.add(ServiceCapacity.of(la, svc, fte, p));
      }
    }
    t.throwIfProblems();
    return out.build();
  }

  /**
   * Reads specialist places.
   *
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<PlaceSupply> readPlaces(Reader reader, String source) {
    Table t = Table.read(reader, source, PLACES_HEADER);
    ImmutableList.Builder<PlaceSupply> out = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    for (Table.Row r : t.rows) {
      LocalAuthority la = r.localAuthority();
      SettingType s = r.setting();
      Long capacity = r.count("capacity");
      Long onRoll = r.count("on_roll");
      Provenance p = r.parse("provenance", "one of real, illustrative", Provenance::parse);
      if (la != null && s != null && !seen.add(la.code() + "/" + s)) {
        r.problem("setting_type", s + " appears twice for " + la);
      }
      if (s != null && !PlacesModel.SUPPLY_SETTINGS.contains(s)) {
        r.problem("setting_type", s + " is not one of " + PlacesModel.SUPPLY_SETTINGS);
      }
      if (r.ok()) {
        out.add(PlaceSupply.of(la, s, capacity, onRoll, p));
      }
    }
    t.throwIfProblems();
    return out.build();
  }

  /**
   * Reads capital projects.
   *
   * @throws DatasetException listing every problem
   */
  public static ImmutableList<CapitalProject> readCapital(Reader reader, String source) {
    Table t = Table.read(reader, source, CAPITAL_HEADER);
    ImmutableList.Builder<CapitalProject> out = ImmutableList.builder();
    for (Table.Row r : t.rows) {
      LocalAuthority la = r.localAuthority();
      SettingType s = r.setting();
      Long places = r.count("new_places");
      FinancialYear opens = r.parse("opens", "a financial year (e.g. 2027-28)", FinancialYear::parse);
      String programme = r.text("programme");
      if (programme.isEmpty()) {
        r.problem("programme", "is empty");
      }
      Provenance p = r.parse("provenance", "one of real, illustrative", Provenance::parse);
      if (places != null && places == 0) {
        r.problem("new_places", "0 must be above zero");
      }
      if (s != null && !PlacesModel.STATE_SETTINGS.contains(s)) {
        r.problem("setting_type", s + " is not one of " + PlacesModel.STATE_SETTINGS);
      }
      if (r.ok()) {
        out.add(CapitalProject.of(la, s, places, opens, programme, p));
      }
    }
    t.throwIfProblems();
    return out.build();
  }

  /** A whole CSV file with named columns; rows record their problems instead of throwing. */
  private static final class Table {
    final String source;
    final List<String> columns;
    final Map<String, Integer> index = new HashMap<>();
    final List<Row> rows = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    private Table(String source, String header) {
      this.source = source;
      this.columns = List.of(header.split(","));
    }

    static Table read(Reader reader, String source, String header) {
      Table t = new Table(source, header);
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
        if (!it.hasNextValue()) {
          t.problems.add(source + ": the file is empty (expected header " + header + ")");
          return t;
        }
        String[] head = it.nextValue();
        for (int i = 0; i < head.length; i++) {
          String name = head[i].trim();
          if (!t.columns.contains(name)) {
            t.problems.add(source + " line 1: unknown column '" + name + "' (expected " + header + ")");
          } else if (t.index.put(name, i) != null) {
            t.problems.add(source + " line 1: column '" + name + "' appears twice");
          }
        }
        for (String c : t.columns) {
          if (!t.index.containsKey(c)) {
            t.problems.add(source + " line 1: missing column '" + c + "'");
          }
        }
        if (!t.problems.isEmpty()) {
          return t;
        }
        while (it.hasNextValue()) {
          int line = it.getCurrentLocation().getLineNr();
          String[] cells = it.nextValue();
          if (cells.length > head.length) {
            t.problems.add(source + " line " + line + ": " + cells.length + " cells but the header has " + head.length);
            continue;
          }
          t.rows.add(t.new Row(line, cells));
        }
      } catch (IOException | RuntimeException e) {
        t.problems.add(source + ": unreadable CSV (" + e.getMessage() + ")");
      }
      return t;
    }

    void throwIfProblems() {
      if (!problems.isEmpty()) {
        throw new DatasetException(source, problems);
      }
    }

    final class Row {
      final int line;
      final String[] cells;
      int problemCount;

      Row(int line, String[] cells) {
        this.line = line;
        this.cells = cells;
      }

      String text(String column) {
        int i = index.get(column);
        return i < cells.length ? cells[i].trim() : "";
      }

      void problem(String column, String what) {
        problems.add(source + " line " + line + " column " + column + ": " + what);
        problemCount++;
      }

      boolean ok() {
        return problemCount == 0;
      }

      <T> T parse(String column, String what, Function<String, T> parser) {
        String v = text(column);
        if (v.isEmpty()) {
          problem(column, "is empty");
          return null;
        }
        try {
          return parser.apply(v);
        } catch (RuntimeException e) {
          problem(column, "'" + v + "' is not " + what);
          return null;
        }
      }

      Long count(String column) {
        Long v = parse(column, "a whole number", Long::parseLong);
        if (v != null && v < 0) {
          problem(column, v + " is negative");
          return null;
        }
        return v;
      }

      SettingType setting() {
        return parse("setting_type", "a setting type (e.g. MAINTAINED_SPECIAL)", SettingType::valueOf);
      }

      LocalAuthority localAuthority() {
        Integer code = parse("la_code", "a whole number", Integer::parseInt);
        if (code == null) {
          return null;
        }
        Optional<LocalAuthority> la = LocalAuthorities.england().findByCode(code);
        if (la.isEmpty()) {
          problem("la_code", code + " is not an LA in the register");
          return null;
        }
        String name = text("la_name");
        if (!name.isEmpty() && !name.equals(la.get().name())) {
          problem("la_name", "'" + name + "' is not the register's name for " + code + " ('" + la.get().name() + "')");
        }
        return la.get();
      }
    }
  }
}
