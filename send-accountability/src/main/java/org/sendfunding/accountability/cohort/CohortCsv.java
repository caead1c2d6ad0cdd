package org.sendfunding.accountability.cohort;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.input.LimitedReader;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/**
 * Reads and writes a cohort as two CSV files, schools and pupils, collecting every problem.
 *
 * <p>Schools have the columns {@code urn,name,la_code,setting_type} (a DfE LA code such as 202, and a
 * {@link SettingType} name such as {@code MAINSTREAM_ACADEMY}). Pupils have the columns of
 * {@link #PUPIL_COLUMNS}; booleans are {@code Y} or {@code N}, optional numbers are left empty, and
 * terms on roll are written {@code 140001:4;140002:2} (URN:terms, separated by semicolons):
 *
 * <pre>
 * pupil_id,school_urn,ks2_reading,ks2_maths,prior_attainment_group,attainment8,sen_provision,primary_need,fsm,idaci,eal,looked_after,month_of_birth,terms_on_roll,left_without_known_destination
 * P00001,140001,104,100,,48.5,K,SPLD,Y,0.31,N,N,11,140002:2;140001:4,N
 * </pre>
 *
 * <p>Columns may come in any order; every column must be present and no other. Loading reads both
 * files completely and either returns the whole cohort or throws one {@link CsvLoadException} listing
 * every problem with file, line and column, including duplicate ids and URNs that are not in the
 * schools file. Limits guard against runaway input: by default 64 MiB a file, 1,000,000 rows and
 * 200 characters a field.
 *
 * <pre>{@code
 * Cohort cohort = CohortCsv.DEFAULT.read(Path.of("schools.csv"), Path.of("pupils.csv"));
 * CohortCsv.write(cohort, schoolsWriter, pupilsWriter);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CohortCsv {

  /** The schools file's columns. */
  public static final ImmutableList<String> SCHOOL_COLUMNS = ImmutableList.of("urn", "name", "la_code", "setting_type");
  /** The pupils file's columns. */
  public static final ImmutableList<String> PUPIL_COLUMNS = ImmutableList.of(
      "pupil_id", "school_urn", "ks2_reading", "ks2_maths", "prior_attainment_group", "attainment8",
      "sen_provision", "primary_need", "fsm", "idaci", "eal", "looked_after", "month_of_birth",
      "terms_on_roll", "left_without_known_destination");

  /** Default limits: 64 MiB a file, 1,000,000 rows, 200 characters a field. */
  public static final CohortCsv DEFAULT = withLimits(64L * 1024 * 1024, 1_000_000, 200);

  private static final Map<String, String> PUPIL_FIELD_COLUMNS = Map.ofEntries(
      Map.entry("id", "pupil_id"), Map.entry("schoolUrn", "school_urn"),
      Map.entry("ks2ReadingScore", "ks2_reading"), Map.entry("ks2MathsScore", "ks2_maths"),
      Map.entry("priorAttainmentGroup", "prior_attainment_group"), Map.entry("attainment8", "attainment8"),
      Map.entry("senProvision", "sen_provision"), Map.entry("primaryNeed", "primary_need"),
      Map.entry("idaci", "idaci"), Map.entry("monthOfBirth", "month_of_birth"),
      Map.entry("termsOnRoll", "terms_on_roll"));

  private final long maxCharacters;
  private final int maxRows;
  private final int maxFieldLength;

  private CohortCsv(long maxCharacters, int maxRows, int maxFieldLength) {
    this.maxCharacters = maxCharacters;
    this.maxRows = maxRows;
    this.maxFieldLength = maxFieldLength;
  }

  /**
   * A loader with chosen limits.
   *
   * @param maxCharacters the most characters (or bytes, for files) a file may have
   * @param maxRows the most data rows a file may have
   * @param maxFieldLength the most characters a field may have
   * @return the loader
   */
  public static CohortCsv withLimits(long maxCharacters, int maxRows, int maxFieldLength) {
    Preconditions.checkArgument(maxCharacters > 0 && maxRows > 0 && maxFieldLength > 0,
        "CohortCsv: limits must be positive, got %s characters, %s rows, %s field length",
        maxCharacters, maxRows, maxFieldLength);
    return new CohortCsv(maxCharacters, maxRows, maxFieldLength);
  }

  /**
   * Reads a cohort from two files (UTF-8).
   *
   * @param schoolsFile the schools CSV
   * @param pupilsFile the pupils CSV
   * @return the cohort
   * @throws CsvLoadException listing every problem in either file
   * @throws UncheckedIOException if a file cannot be read
   */
  public Cohort read(Path schoolsFile, Path pupilsFile) {
    List<CsvProblem> sizeProblems = new ArrayList<>();
    for (Path p : List.of(schoolsFile, pupilsFile)) {
      try {
        long size = Files.size(p);
        if (size > maxCharacters) {
          sizeProblems.add(CsvProblem.of(p.getFileName().toString(), 0, "",
              "file is " + size + " bytes, more than the limit of " + maxCharacters));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("CohortCsv: cannot read " + p, e);
      }
    }
    if (!sizeProblems.isEmpty()) {
      throw new CsvLoadException(sizeProblems);
    }
    try (Reader schools = Files.newBufferedReader(schoolsFile, StandardCharsets.UTF_8);
        Reader pupils = Files.newBufferedReader(pupilsFile, StandardCharsets.UTF_8)) {
      return read(schoolsFile.getFileName().toString(), schools, pupilsFile.getFileName().toString(), pupils);
    } catch (IOException e) {
      throw new UncheckedIOException("CohortCsv: cannot read " + schoolsFile + " or " + pupilsFile, e);
    }
  }

  /**
   * Reads a cohort from two readers.
   *
   * @param schoolsName the schools file's name, for messages
   * @param schools the schools CSV
   * @param pupilsName the pupils file's name, for messages
   * @param pupils the pupils CSV
   * @return the cohort
   * @throws CsvLoadException listing every problem in either file
   */
  public Cohort read(String schoolsName, Reader schools, String pupilsName, Reader pupils) {
    List<CsvProblem> problems = new ArrayList<>();
    List<Row> schoolRows = rows(schoolsName, schools, SCHOOL_COLUMNS, problems);
    List<Row> pupilRows = rows(pupilsName, pupils, PUPIL_COLUMNS, problems);
    Map<Integer, Integer> schoolLines = new HashMap<>();
    List<School> schoolList = new ArrayList<>();
    for (Row row : schoolRows) {
      School s = school(row, problems);
      if (s != null) {
        Integer first = schoolLines.putIfAbsent(s.urn(), row.line);
        if (first != null) {
          problems.add(row.problem("urn", "URN " + s.urn() + " already appears on line " + first));
        } else {
          schoolList.add(s);
        }
      }
    }
    Map<String, Integer> pupilLines = new HashMap<>();
    List<KeyStage4Pupil> pupilList = new ArrayList<>();
    for (Row row : pupilRows) {
      // Duplicates are found from the raw id, so a duplicate of a row that failed to parse is reported too.
      Optional<String> rawId = row.optional("pupil_id");
      if (rawId.isPresent()) {
        Integer first = pupilLines.putIfAbsent(rawId.get(), row.line);
        if (first != null) {
          problems.add(row.problem("pupil_id", "'" + rawId.get() + "' already appears on line " + first));
          continue;
        }
      }
      KeyStage4Pupil p = pupil(row, problems);
      if (p == null) {
        continue;
      }
      if (!schoolLines.containsKey(p.schoolUrn())) {
        problems.add(row.problem("school_urn", p.schoolUrn() + " is not in " + schoolsName));
      }
      for (int urn : p.termsOnRoll().keySet()) {
        if (urn != p.schoolUrn() && !schoolLines.containsKey(urn)) {
          problems.add(row.problem("terms_on_roll", "school " + urn + " is not in " + schoolsName));
        }
      }
      pupilList.add(p);
    }
    if (!problems.isEmpty()) {
      // Report in file order: schools then pupils, each by line (stable, so a row's problems keep
      // their column order).
      List<CsvProblem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing((CsvProblem p) -> !p.source().equals(schoolsName)).thenComparingInt(CsvProblem::line));
      throw new CsvLoadException(sorted);
    }
    return Cohort.of(schoolList, pupilList);
  }

  /**
   * Writes a cohort as the two CSV files {@link #read} accepts.
   *
   * @param cohort the cohort
   * @param schools where the schools CSV goes
   * @param pupils where the pupils CSV goes
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Cohort cohort, Writer schools, Writer pupils) {
    CsvMapper mapper = new CsvMapper();
    try (SequenceWriter out = mapper.writerFor(String[].class).writeValues(schools)) {
      out.write(SCHOOL_COLUMNS.toArray(new String[0]));
      for (School s : cohort.schools().values()) {
        out.write(new String[] {
            Integer.toString(s.urn()), s.name(), Integer.toString(s.localAuthority().code()), s.type().name()});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("CohortCsv: cannot write schools", e);
    }
    try (SequenceWriter out = mapper.writerFor(String[].class).writeValues(pupils)) {
      out.write(PUPIL_COLUMNS.toArray(new String[0]));
      for (KeyStage4Pupil p : cohort.pupils()) {
        out.write(new String[] {
            p.id(), Integer.toString(p.schoolUrn()), number(p.ks2ReadingScore()), number(p.ks2MathsScore()),
            p.priorAttainmentGroup().map(String::valueOf).orElse(""), number(p.attainment8()),
            p.senProvision().censusCode(), p.primaryNeed().map(NeedType::censusCode).orElse(""),
            yesNo(p.freeSchoolMeals()), number(Optional.of(p.idaci())), yesNo(p.englishAdditionalLanguage()),
            yesNo(p.lookedAfter()), Integer.toString(p.monthOfBirth()),
            p.termsOnRoll().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";")),
            yesNo(p.leftWithoutKnownDestination())});
      }
    } catch (IOException e) {
      throw new UncheckedIOException("CohortCsv: cannot write pupils", e);
    }
  }

  private static String number(Optional<Double> value) {
    return value.map(v -> v == Math.rint(v) ? Long.toString((long) (double) v) : Double.toString(v)).orElse("");
  }

  private static String yesNo(boolean b) {
    return b ? "Y" : "N";
  }

  private static School school(Row row, List<CsvProblem> problems) {
    int before = problems.size();
    Integer urn = row.integer("urn", problems);
    String name = row.required("name", problems);
    Integer la = row.integer("la_code", problems);
    String typeText = row.required("setting_type", problems);
    SettingType type = null;
    if (typeText != null) {
      try {
        type = SettingType.valueOf(typeText);
      } catch (IllegalArgumentException e) {
        problems.add(row.problem("setting_type",
            "'" + typeText + "' is not a setting type; expected one of " + Arrays.toString(SettingType.values())));
      }
    }
    if (la != null) {
      try {
        LocalAuthorities.england().byCode(la);
      } catch (NoSuchElementException e) {
        problems.add(row.problem("la_code", la + " is not an English LA code"));
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return School.builder().urn(urn).name(name).localAuthority(LocalAuthorities.england().byCode(la)).type(type).build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(fromCheck(row, e.getMessage(), "School.", Map.of("urn", "urn", "name", "name")));
      return null;
    }
  }

  private static KeyStage4Pupil pupil(Row row, List<CsvProblem> problems) {
    int before = problems.size();
    KeyStage4Pupil.Builder b = KeyStage4Pupil.builder();
    String id = row.required("pupil_id", problems);
    Integer urn = row.integer("school_urn", problems);
    Optional<Double> reading = row.optionalNumber("ks2_reading", problems);
    Optional<Double> maths = row.optionalNumber("ks2_maths", problems);
    Optional<Integer> group = row.optionalInteger("prior_attainment_group", problems);
    Optional<Double> a8 = row.optionalNumber("attainment8", problems);
    SenProvision provision = row.parsed("sen_provision", SenProvision::fromCensusCode, problems);
    Optional<String> needText = row.optional("primary_need");
    NeedType need = needText.isPresent() ? row.parsed("primary_need", NeedType::fromCensusCode, problems) : null;
    Boolean fsm = row.yesNo("fsm", problems);
    Double idaci = row.number("idaci", problems);
    Boolean eal = row.yesNo("eal", problems);
    Boolean lookedAfter = row.yesNo("looked_after", problems);
    Integer month = row.integer("month_of_birth", problems);
    Map<Integer, Integer> terms = row.terms("terms_on_roll", problems);
    Boolean left = row.yesNo("left_without_known_destination", problems);
    if (problems.size() > before) {
      return null;
    }
    b.id(id).schoolUrn(urn).ks2ReadingScore(reading).ks2MathsScore(maths).priorAttainmentGroup(group)
        .attainment8(a8).senProvision(provision).primaryNeed(Optional.ofNullable(need)).freeSchoolMeals(fsm)
        .idaci(idaci).englishAdditionalLanguage(eal).lookedAfter(lookedAfter).monthOfBirth(month)
        .termsOnRoll(terms).leftWithoutKnownDestination(left);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(fromCheck(row, e.getMessage(), "KeyStage4Pupil.", PUPIL_FIELD_COLUMNS));
      return null;
    }
  }

  /** Turns "Type.field: message" from a value check into a problem located at the field's column. */
  private static CsvProblem fromCheck(Row row, String message, String prefix, Map<String, String> columns) {
    if (message != null && message.startsWith(prefix)) {
      int colon = message.indexOf(": ");
      if (colon > 0) {
        String field = message.substring(prefix.length(), colon);
        String column = columns.get(field);
        if (column != null) {
          return row.problem(column, message.substring(colon + 2));
        }
      }
    }
    return row.problem("", String.valueOf(message));
  }

  private List<Row> rows(String source, Reader reader, List<String> columns, List<CsvProblem> problems) {
    List<Row> out = new ArrayList<>();
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    LimitedReader limited = LimitedReader.of(reader, maxCharacters);
    List<String> header = null;
    Map<String, Integer> index = new LinkedHashMap<>();
    int line = 0;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(limited)) {
      while (it.hasNextValue()) {
        String[] fields = it.nextValue();
        // After a row is read the token location is that of its first field: the line the row starts on.
        line = it.getParser().currentTokenLocation().getLineNr();
        if (header == null) {
          header = List.of(fields);
          if (!checkHeader(source, header, columns, problems)) {
            return List.of();
          }
          for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
          }
          continue;
        }
        if (out.size() >= maxRows) {
          problems.add(CsvProblem.of(source, line, "", "more than the limit of " + maxRows + " rows"));
          return List.of();
        }
        Row row = new Row(source, line, index, fields);
        if (fields.length != header.size()) {
          problems.add(row.problem("", fields.length + " fields, expected " + header.size()));
          continue;
        }
        boolean tooLong = false;
        for (int i = 0; i < fields.length; i++) {
          if (fields[i].length() > maxFieldLength) {
            problems.add(row.problem(header.get(i),
                fields[i].length() + " characters, more than the limit of " + maxFieldLength));
            tooLong = true;
          }
        }
        if (!tooLong) {
          out.add(row);
        }
      }
    } catch (LimitedReader.LimitExceeded e) {
      problems.add(CsvProblem.of(source, 0, "", "more than the limit of " + maxCharacters + " characters"));
      return List.of();
    } catch (JsonProcessingException e) {
      problems.add(CsvProblem.of(source, e.getLocation() == null ? line : e.getLocation().getLineNr(), "",
          "not valid CSV: " + e.getOriginalMessage()));
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("CohortCsv: cannot read " + source, e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof LimitedReader.LimitExceeded) {
        problems.add(CsvProblem.of(source, 0, "", "more than the limit of " + maxCharacters + " characters"));
        return List.of();
      }
      if (e.getCause() instanceof JsonProcessingException) {
        JsonProcessingException j = (JsonProcessingException) e.getCause();
        problems.add(CsvProblem.of(source, j.getLocation() == null ? line : j.getLocation().getLineNr(), "",
            "not valid CSV: " + j.getOriginalMessage()));
        return List.of();
      }
      throw e;
    }
    if (header == null) {
      problems.add(CsvProblem.of(source, 0, "", "empty file; expected the header " + String.join(",", columns)));
    }
    return out;
  }

  private static boolean checkHeader(String source, List<String> header, List<String> columns, List<CsvProblem> problems) {
    int before = problems.size();
    Set<String> seen = new TreeSet<>();
    for (String h : header) {
      if (!seen.add(h)) {
        problems.add(CsvProblem.of(source, 1, h, "column appears twice"));
      } else if (!columns.contains(h)) {
        problems.add(CsvProblem.of(source, 1, h, "unknown column; expected " + String.join(",", columns)));
      }
    }
    for (String c : columns) {
      if (!seen.contains(c)) {
        problems.add(CsvProblem.of(source, 1, c, "missing column"));
      }
    }
    return problems.size() == before;
  }

  /** One data row with its location. */
  private static final class Row {
    final String source;
    final int line;
    final Map<String, Integer> index;
    final String[] fields;

    Row(String source, int line, Map<String, Integer> index, String[] fields) {
      this.source = source;
      this.line = line;
      this.index = index;
      this.fields = fields;
    }

    CsvProblem problem(String column, String message) {
      return CsvProblem.of(source, line, column, message);
    }

    Optional<String> optional(String column) {
      String v = fields[index.get(column)].trim();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    String required(String column, List<CsvProblem> problems) {
      Optional<String> v = optional(column);
      if (v.isEmpty()) {
        problems.add(problem(column, "required but empty"));
        return null;
      }
      return v.get();
    }

    <T> T parsed(String column, Function<String, T> parser, List<CsvProblem> problems) {
      String v = required(column, problems);
      if (v == null) {
        return null;
      }
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException e) {
        String message = e.getMessage();
        int colon = message == null ? -1 : message.indexOf(": ");
        problems.add(problem(column, colon >= 0 ? message.substring(colon + 2) : "'" + v + "' is not valid"));
        return null;
      }
    }

    Integer integer(String column, List<CsvProblem> problems) {
      return parsed(column, v -> {
        try {
          return Integer.valueOf(v);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(": '" + v + "' is not a whole number", e);
        }
      }, problems);
    }

    Double number(String column, List<CsvProblem> problems) {
      return parsed(column, v -> {
        try {
          double d = Double.parseDouble(v);
          if (!Double.isFinite(d)) {
            throw new NumberFormatException();
          }
          return d;
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(": '" + v + "' is not a number", e);
        }
      }, problems);
    }

    Optional<Double> optionalNumber(String column, List<CsvProblem> problems) {
      return optional(column).isEmpty() ? Optional.empty() : Optional.ofNullable(number(column, problems));
    }

    Optional<Integer> optionalInteger(String column, List<CsvProblem> problems) {
      return optional(column).isEmpty() ? Optional.empty() : Optional.ofNullable(integer(column, problems));
    }

    Boolean yesNo(String column, List<CsvProblem> problems) {
      return parsed(column, v -> {
        if (v.equals("Y")) {
          return Boolean.TRUE;
        }
        if (v.equals("N")) {
          return Boolean.FALSE;
        }
        throw new IllegalArgumentException(": '" + v + "' is not Y or N");
      }, problems);
    }

    Map<Integer, Integer> terms(String column, List<CsvProblem> problems) {
      return parsed(column, v -> {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (String part : v.split(";", -1)) {
          String[] kv = part.split(":", -1);
          try {
            if (kv.length != 2) {
              throw new NumberFormatException();
            }
            int urn = Integer.parseInt(kv[0].trim());
            int terms = Integer.parseInt(kv[1].trim());
            if (out.put(urn, terms) != null) {
              throw new IllegalArgumentException(": school " + urn + " appears twice in '" + v + "'");
            }
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(": '" + part + "' in '" + v
                + "' is not URN:terms (e.g. 140001:4;140002:2)", e);
          }
        }
        return out;
      }, problems);
    }
  }
}
