package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/**
 * Reads a school's SEN pupils from CSV: one row per pupil with SEN whose additional support the
 * school has costed.
 *
 * <pre>
 * pupil_id,sen_provision,primary_need,provision_cost,top_up_basis,band,agreed_top_up
 * P01,E,ASD,14500,BAND,EHCP-3,
 * P02,K,SPLD,2400,NONE,,
 * </pre>
 *
 * <p>Columns may come in any order; all seven are required and no others are allowed.
 * {@code sen_provision} is the census code E (EHC plan) or K (SEN support); {@code primary_need} a
 * census need code (ASD, SEMH, SPLD, ...); {@code provision_cost} the annual cost of the pupil's
 * additional support in pounds; {@code top_up_basis} NONE, BAND, COST_ABOVE_BASE or AGREED_AMOUNT,
 * with {@code band} (a band of the LA's banding) only for BAND and {@code agreed_top_up} only for
 * AGREED_AMOUNT. Fields are plain text: quotes are not supported. The whole file is checked: either
 * every row is returned or one {@link SchoolCsvException} lists every problem with its line and column.
 */
public final class SchoolPupilsCsv {

  static final List<String> COLUMNS = List.of("pupil_id", "sen_provision", "primary_need", "provision_cost",
      "top_up_basis", "band", "agreed_top_up");

  private SchoolPupilsCsv() {}

  /**
   * Reads the file.
   *
   * @param file the CSV file
   * @param setting the school's setting type (mainstream maintained or academy)
   * @param basicPerPupil element 1, the school's basic per-pupil funding
   * @param banding the LA's banding, which every BAND row's band must be in
   * @return the pupils, in file order
   * @throws SchoolCsvException listing every problem
   * @throws IOException if the file cannot be read
   */
  public static ImmutableList<SchoolPupil> read(Path file, SettingType setting, Money basicPerPupil, LocalBanding banding)
      throws IOException {
    return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8), setting, basicPerPupil, banding);
  }

  static ImmutableList<SchoolPupil> parse(String name, String text, SettingType setting, Money basicPerPupil, LocalBanding banding) {
    List<String> problems = new ArrayList<>();
    List<String> lines = text.lines().collect(java.util.stream.Collectors.toList());
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new SchoolCsvException(name, ImmutableList.of(name + " line 1: no header; expected " + String.join(",", COLUMNS)));
    }
    List<String> header = List.of(lines.get(0).split(",", -1));
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim();
      if (!COLUMNS.contains(h)) {
        problems.add(name + " line 1: unknown column '" + h + "'; expected " + String.join(",", COLUMNS));
      } else if (index.put(h, i) != null) {
        problems.add(name + " line 1: column '" + h + "' appears twice");
      }
    }
    for (String c : COLUMNS) {
      if (!index.containsKey(c)) {
        problems.add(name + " line 1: missing column '" + c + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new SchoolCsvException(name, ImmutableList.copyOf(problems));
    }
    ImmutableList.Builder<SchoolPupil> pupils = ImmutableList.builder();
    Map<String, Integer> seen = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      int line = n + 1;
      String raw = lines.get(n);
      if (raw.isBlank()) {
        continue;
      }
      String where = name + " line " + line;
      if (raw.contains("\"")) {
        problems.add(where + ": quoted fields are not supported");
        continue;
      }
      String[] f = raw.split(",", -1);
      if (f.length != header.size()) {
        problems.add(where + ": " + f.length + " fields, expected " + header.size());
        continue;
      }
      Row row = new Row(where, f, index, problems);
      String id = row.text("pupil_id");
      if (id.isEmpty()) {
        problems.add(where + " column pupil_id: must not be empty");
      } else if (seen.containsKey(id)) {
        problems.add(where + " column pupil_id: '" + id + "' already appears on line " + seen.get(id));
      } else {
        seen.put(id, line);
      }
      SenProvision provision = row.parse("sen_provision", v -> {
        SenProvision p = SenProvision.fromCensusCode(v);
        if (!p.hasSen()) {
          throw new IllegalArgumentException("'" + v + "' is no SEN: list only pupils with an EHC plan (E) or on SEN support (K)");
        }
        return p;
      });
      NeedType need = row.parse("primary_need", NeedType::fromCensusCode);
      Money cost = row.parse("provision_cost", v -> {
        Money m = Money.ofPounds(v);
        if (m.isNegative()) {
          throw new IllegalArgumentException(m + " must not be negative");
        }
        return m;
      });
      TopUpBasis basis = row.parse("top_up_basis", v -> {
        try {
          return TopUpBasis.valueOf(v);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("'" + v + "' is not one of NONE, BAND, COST_ABOVE_BASE, AGREED_AMOUNT");
        }
      });
      String band = row.text("band");
      String agreed = row.text("agreed_top_up");
      Money agreedAmount = null;
      if (basis == TopUpBasis.BAND) {
        if (band.isEmpty()) {
          problems.add(where + " column band: required when top_up_basis is BAND");
        } else if (banding.bands().stream().noneMatch(b -> b.id().equals(band))) {
          problems.add(where + " column band: '" + band + "' is not a band of " + banding.authority() + "'s banding ("
              + banding.bands().stream().map(b -> b.id()).collect(java.util.stream.Collectors.joining(", ")) + ")");
        }
      } else if (!band.isEmpty() && basis != null) {
        problems.add(where + " column band: '" + band + "' given but top_up_basis is " + basis);
      }
      if (basis == TopUpBasis.AGREED_AMOUNT) {
        agreedAmount = agreed.isEmpty() ? null : row.parse("agreed_top_up", Money::ofPounds);
        if (agreed.isEmpty()) {
          problems.add(where + " column agreed_top_up: required when top_up_basis is AGREED_AMOUNT");
        }
      } else if (!agreed.isEmpty() && basis != null) {
        problems.add(where + " column agreed_top_up: '" + agreed + "' given but top_up_basis is " + basis);
      }
      if (row.problemsHere == 0 && problems.stream().noneMatch(p -> p.startsWith(where + " "))) {
        PupilPlacement.Builder p = PupilPlacement.builder().pupilId(id).settingType(setting)
            .basicPerPupilFunding(basicPerPupil).provisionCost(cost).topUpBasis(basis);
        if (basis == TopUpBasis.BAND) {
          p.band(band);
        }
        if (agreedAmount != null) {
          p.agreedTopUp(agreedAmount);
        }
        try {
          pupils.add(new SchoolPupil(line, provision, need, p.build()));
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new SchoolCsvException(name, ImmutableList.copyOf(problems));
    }
    ImmutableList<SchoolPupil> result = pupils.build();
    if (result.isEmpty()) {
      throw new SchoolCsvException(name, ImmutableList.of(name + ": no pupils after the header"));
    }
    return result;
  }

  /** One row's fields, with parsing that records problems rather than stopping at the first. */
  private static final class Row {
    final String where;
    final String[] fields;
    final Map<String, Integer> index;
    final List<String> problems;
    int problemsHere;

    Row(String where, String[] fields, Map<String, Integer> index, List<String> problems) {
      this.where = where;
      this.fields = fields;
      this.index = index;
      this.problems = problems;
    }

    String text(String column) {
      return fields[index.get(column)].trim();
    }

    <T> T parse(String column, java.util.function.Function<String, T> parser) {
      String v = text(column);
      if (v.isEmpty()) {
        problems.add(where + " column " + column + ": must not be empty");
        problemsHere++;
        return null;
      }
      try {
        return parser.apply(v);
      } catch (RuntimeException e) {
        problems.add(where + " column " + column + ": " + e.getMessage());
        problemsHere++;
        return null;
      }
    }
  }
}
