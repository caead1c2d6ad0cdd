package org.sendfunding.examples.ehcp;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.ehcp.timeline.CaseEvent;
import org.sendfunding.ehcp.timeline.EhcpCase;
import org.sendfunding.ehcp.timeline.EventType;
import org.sendfunding.ehcp.timeline.TimescaleException;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.input.CsvFile;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.CsvRow;
import org.sendfunding.model.input.Problems;

/**
 * Reads a caseload of EHC needs assessment requests from CSV, one row per case, through the common
 * input layer (UTF-8 with or without a byte-order mark, RFC 4180 quotes, ISO dates):
 *
 * <pre>
 * case_id,la_code,request_received,decision_to_assess,decision_not_to_assess,draft_served,final_issued,review_meeting,exception
 * C-001,202,2024-09-02,2024-10-11,,2024-12-20,2025-01-24,,
 * C-002,202,2024-10-07,,2024-11-29,,,,
 * </pre>
 *
 * <p>{@code case_id}, {@code la_code} (a DfE code in the register) and {@code request_received} are
 * required; the event dates are blank until the event has happened. {@code exception} is blank or the
 * letter of the reg 10(4) exception that applies (a school closure, b institution closure, c
 * exceptional personal circumstances, d absent from the area). Columns may come in any order. The
 * whole file is checked: either every case is returned or one
 * {@link org.sendfunding.model.input.InputException} lists every problem with its line, column and
 * value (a bad date, an unknown LA, a repeated id, events out of order, a file with no cases).
 *
 * <pre>{@code
 * ImmutableList<EhcpCase> cases = CasesCsv.read(Path.of("cases.csv"), LocalAuthorities.england());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CasesCsv {

  /** The columns, in the order written. */
  public static final List<String> COLUMNS = List.of("case_id", "la_code", "request_received", "decision_to_assess",
      "decision_not_to_assess", "draft_served", "final_issued", "review_meeting", "exception");

  private static final Map<String, EventType> EVENTS = Map.of(
      "decision_to_assess", EventType.DECISION_TO_ASSESS,
      "decision_not_to_assess", EventType.DECISION_NOT_TO_ASSESS,
      "draft_served", EventType.DRAFT_SERVED,
      "final_issued", EventType.FINAL_ISSUED,
      "review_meeting", EventType.REVIEW_MEETING);

  private CasesCsv() {}

  /**
   * Reads a file.
   *
   * @param file the CSV file
   * @param register the LAs codes must name
   * @return the cases, in file order
   * @throws org.sendfunding.model.input.InputException listing every problem
   */
  public static ImmutableList<EhcpCase> read(Path file, LocalAuthorities register) {
    return parse(CsvFile.read(file, CsvLimits.DEFAULT), register);
  }

  /**
   * Reads CSV text.
   *
   * @param text the CSV
   * @param source the name problems give
   * @param register the LAs codes must name
   * @return the cases
   */
  public static ImmutableList<EhcpCase> parse(String text, String source, LocalAuthorities register) {
    return parse(CsvFile.parse(text, source), register);
  }

  private static ImmutableList<EhcpCase> parse(CsvFile csv, LocalAuthorities register) {
    Problems problems = Problems.in(csv.source());
    csv.requireColumns(COLUMNS.subList(0, 3), COLUMNS.subList(3, COLUMNS.size()), problems);
    problems.throwIfAny();
    if (csv.isEmpty()) {
      problems.addFile("no cases after the header; add one row per request for an EHC needs assessment");
      problems.throwIfAny();
    }
    ImmutableList.Builder<EhcpCase> cases = ImmutableList.builder();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvRow row : csv.rows()) {
      int before = problems.size();
      String id = row.text("case_id", problems);
      Integer first = seen.putIfAbsent(id, row.line());
      if (first != null && !id.isEmpty()) {
        problems.add(row.line(), "case_id", id, "repeats the case on line " + first);
      }
      int beforeCode = problems.size();
      long code = row.wholeNumber("la_code", problems);
      Optional<LocalAuthority> la = Optional.empty();
      if (problems.size() == beforeCode) {
        la = code > 0 && code < 1000 ? register.findByCode((int) code) : Optional.empty();
        if (la.isEmpty()) {
          problems.add(row.line(), "la_code", row.get("la_code"), "not the DfE code of a local authority in England (e.g. 202 for Camden)");
        }
      }
      LocalDate request = row.date("request_received", problems);
      EhcpCase.Builder b = EhcpCase.builder().id(id).requestReceived(request);
      la.ifPresent(b::localAuthority);
      for (String column : COLUMNS.subList(3, 8)) {
        if (csv.header().contains(column)) {
          Optional<LocalDate> d = row.optionalDate(column, problems);
          if (d.isPresent() && request != null && d.get().isBefore(request)) {
            problems.add(row.line(), column, row.get(column), "is before request_received " + request);
          }
          d.ifPresent(date -> b.addEvents(CaseEvent.of(EVENTS.get(column), date)));
        }
      }
      if (csv.header().contains("exception") && !row.isBlank("exception")) {
        String letter = row.get("exception").toLowerCase(java.util.Locale.ROOT);
        TimescaleException e = switch (letter) {
          case "a" -> TimescaleException.SCHOOL_CLOSURE;
          case "b" -> TimescaleException.INSTITUTION_CLOSURE;
          case "c" -> TimescaleException.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;
          case "d" -> TimescaleException.ABSENT_FROM_AREA;
          default -> null;
        };
        if (e == null) {
          problems.add(row.line(), "exception", row.get("exception"), "not a reg 10(4) exception: give a, b, c or d, or leave it blank");
        } else {
          b.addExceptions(e);
        }
      }
      if (problems.size() == before) {
        try {
          cases.add(b.build());
        } catch (IllegalArgumentException | IllegalStateException e) {
          problems.add(row.line(), "", "", org.sendfunding.examples.cli.UserError.oneLine(e.getMessage()));
        }
      }
    }
    problems.throwIfAny();
    return cases.build();
  }
}
