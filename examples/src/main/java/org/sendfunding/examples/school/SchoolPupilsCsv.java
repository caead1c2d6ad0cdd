package org.sendfunding.examples.school;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendfunding.funding.placeplus.LocalBanding;
import org.sendfunding.funding.placeplus.PupilPlacement;
import org.sendfunding.funding.placeplus.TopUpBasis;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.InputException;
import org.sendfunding.model.input.PlausibilityLimits;
import org.sendfunding.model.input.Problem;
import org.sendfunding.model.input.Problems;
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
 * P01,E,ASD,"14,500",BAND,EHCP-3,
 * P02,K,SPLD,2400,NONE,,
 * </pre>
 *
 * <p>Columns may come in any order; all seven are required and no others are allowed.
 * {@code pupil_id} is the school's own identifier, once a file; {@code sen_provision} is the census
 * code E (EHC plan) or K (SEN support); {@code primary_need} a census need code (ASD, SEMH, SPLD, ...);
 * {@code provision_cost} the annual cost of the pupil's additional support in pounds; {@code
 * top_up_basis} NONE, BAND, COST_ABOVE_BASE or AGREED_AMOUNT, with {@code band} (a band of the LA's
 * banding) only for BAND and {@code agreed_top_up} (pounds) only for AGREED_AMOUNT.
 *
 * <p>The file is read by {@link CsvFile}: a UTF-8 byte-order mark (as Excel's "CSV UTF-8" writes) is
 * dropped, a quoted cell may hold commas, and amounts follow {@link
 * org.sendfunding.model.input.NumberSyntax}: {@code 18500}, {@code "18,500"} (what Excel writes for a
 * formatted number) and {@code "£18,500.00"} all read as £18,500. An amount above the {@code
 * pupil_annual_cost} plausibility limit ({@link PlausibilityLimits}) is refused. The whole file is
 * checked: either every row is returned or one {@link SchoolCsvException} (an {@link InputException})
 * lists every problem with its line, column and value. A file with no pupils (empty, or a header
 * alone) is refused.
 */
@SuppressWarnings("deprecation") // throws SchoolCsvException, InputException's deprecated subclass, for one release
public final class SchoolPupilsCsv {

  static final List<String> COLUMNS = List.of("pupil_id", "sen_provision", "primary_need", "provision_cost",
      "top_up_basis", "band", "agreed_top_up");

  private SchoolPupilsCsv() {}

  /**
   * Reads the file.
   *
   * @param file the CSV file; its path as given names it in problems
   * @param setting the school's setting type (mainstream maintained or academy)
   * @param basicPerPupil element 1, the school's basic per-pupil funding
   * @param banding the LA's banding, which every BAND row's band must be in
   * @return the pupils, in file order
   * @throws SchoolCsvException listing every problem, including a missing, unreadable or non-UTF-8 file
   * @throws IOException never now (reading problems are {@link SchoolCsvException}s); kept for callers
   */
  public static ImmutableList<SchoolPupil> read(Path file, SettingType setting, Money basicPerPupil, LocalBanding banding)
      throws IOException {
    Problems problems = Problems.in(file.toString());
    CsvFile csv;
    try {
      csv = CsvFile.read(file, CsvLimits.DEFAULT, problems);
    } catch (InputException e) {
      throw new SchoolCsvException(e.problems());
    }
    return parse(csv, problems, setting, basicPerPupil, banding);
  }

  static ImmutableList<SchoolPupil> parse(String name, String text, SettingType setting, Money basicPerPupil, LocalBanding banding) {
    Problems problems = Problems.in(name);
    CsvFile csv;
    try {
      csv = CsvFile.parse(text, name, CsvLimits.DEFAULT, problems);
    } catch (InputException e) {
      throw new SchoolCsvException(e.problems());
    }
    return parse(csv, problems, setting, basicPerPupil, banding);
  }

  private static ImmutableList<SchoolPupil> parse(CsvFile csv, Problems problems, SettingType setting,
      Money basicPerPupil, LocalBanding banding) {
    List<Problem> header = csv.columnProblems(COLUMNS, List.of());
    if (!header.isEmpty()) {
      problems.addAll(header);
      throw new SchoolCsvException(problems.list());
    }
    PlausibilityLimits limits = PlausibilityLimits.standard();
    ImmutableList.Builder<SchoolPupil> pupils = ImmutableList.builder();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRow row : csv.rows()) {
      int before = problems.size();
      String id = row.text("pupil_id", problems);
      if (!id.isEmpty() && seen.containsKey(id)) {
        problems.add(row.problem("pupil_id", "already appears on line " + seen.get(id)));
      } else if (!id.isEmpty()) {
        seen.put(id, row.line());
      }
      SenProvision provision = row.parse("sen_provision", problems, v -> {
        SenProvision p = SenProvision.fromCensusCode(v);
        if (!p.hasSen()) {
          throw new IllegalArgumentException("no SEN: list only pupils with an EHC plan (E) or on SEN support (K)");
        }
        return p;
      }, null);
      NeedType need = row.parse("primary_need", problems, NeedType::fromCensusCode, null);
      Money cost = amount(row, "provision_cost", limits, problems);
      TopUpBasis basis = row.parse("top_up_basis", problems, v -> {
        try {
          return TopUpBasis.valueOf(v);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("not one of NONE, BAND, COST_ABOVE_BASE, AGREED_AMOUNT");
        }
      }, null);
      String band = row.get("band");
      Money agreedAmount = null;
      if (basis == TopUpBasis.BAND) {
        if (band.isEmpty()) {
          problems.add(row.problem("band", "required when top_up_basis is BAND"));
        } else if (banding.bands().stream().noneMatch(b -> b.id().equals(band))) {
          problems.add(row.problem("band", "not a band of " + banding.authority() + "'s banding ("
              + banding.bands().stream().map(b -> b.id()).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        }
      } else if (!band.isEmpty() && basis != null) {
        problems.add(row.problem("band", "given but top_up_basis is " + basis));
      }
      if (basis == TopUpBasis.AGREED_AMOUNT) {
        if (row.isBlank("agreed_top_up")) {
          problems.add(row.problem("agreed_top_up", "required when top_up_basis is AGREED_AMOUNT"));
        } else {
          agreedAmount = amount(row, "agreed_top_up", limits, problems);
        }
      } else if (!row.isBlank("agreed_top_up") && basis != null) {
        problems.add(row.problem("agreed_top_up", "given but top_up_basis is " + basis));
      }
      if (problems.size() == before) {
        PupilPlacement.Builder p = PupilPlacement.builder().pupilId(id).settingType(setting)
            .basicPerPupilFunding(basicPerPupil).provisionCost(cost).topUpBasis(basis);
        if (basis == TopUpBasis.BAND) {
          p.band(band);
        }
        if (agreedAmount != null) {
          p.agreedTopUp(agreedAmount);
        }
        try {
          pupils.add(new SchoolPupil(row.line(), provision, need, p.build()));
        } catch (IllegalArgumentException e) {
          problems.add(row.problem("", e.getMessage()));
        }
      }
    }
    if (csv.isEmpty() && problems.isEmpty()) {
      problems.addFile("no pupils after the header (expected " + String.join(",", COLUMNS) + ")");
    }
    problems.throwIfAny(SchoolCsvException::new);
    return pupils.build();
  }

  /** An amount of pounds: not negative, and within the {@code pupil_annual_cost} plausibility limit. */
  private static Money amount(CsvRow row, String column, PlausibilityLimits limits, Problems problems) {
    int before = problems.size();
    Money m = row.money(column, problems);
    if (problems.size() == before) {
      limits.check(row, column, "pupil_annual_cost", m, problems);
    }
    return m;
  }
}
