// Startup script for bin/send-jshell: the library's imports and a few helpers.
// Every type is built with factories and builders, so no annotation processing is needed here.
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import com.google.common.collect.*;
import org.sendfunding.model.money.*;
import org.sendfunding.model.time.*;
import org.sendfunding.model.authority.*;
import org.sendfunding.model.setting.*;
import org.sendfunding.model.pupil.*;
import org.sendfunding.model.dsg.*;
import org.sendfunding.model.deficit.*;
import org.sendfunding.model.explain.*;
import org.sendfunding.funding.parameter.*;
import org.sendfunding.funding.highneeds.*;
import org.sendfunding.funding.placeplus.*;
import org.sendfunding.funding.dsg.*;
import org.sendfunding.funding.dataset.FundingDataset;
import org.sendfunding.funding.dataset.NffInputs;
import org.sendfunding.funding.deficit.*;
import org.sendfunding.funding.certainty.*;
import org.sendfunding.funding.consistency.*;
import org.sendfunding.funding.scenario.*;
import org.sendfunding.ehcp.plan.*;
import org.sendfunding.ehcp.timeline.*;
import org.sendfunding.ehcp.caseload.CaseloadMeasures;
import org.sendfunding.ehcp.caseload.CaseloadReport;
import org.sendfunding.accountability.cohort.*;
import org.sendfunding.accountability.comparison.*;
import org.sendfunding.accountability.progress8.*;
import org.sendfunding.accountability.cva.*;
import org.sendfunding.accountability.senprogress.*;
import org.sendfunding.json.SendJson;

/** £ amount from text: pounds("10,000") */
Money pounds(String text) { return Money.ofPounds(text); }

/** A financial year from text: fy("2025-26") */
FinancialYear fy(String text) { return FinancialYear.parse(text); }

/** A local authority by DfE code or name: la(202), la("Camden") */
LocalAuthority la(int code) { return LocalAuthorities.england().byCode(code); }
LocalAuthority la(String name) {
  return LocalAuthorities.england().all().stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst()
      .orElseThrow(() -> new NoSuchElementException("no local authority named " + name));
}

/** A date from text: date("2025-01-20") */
LocalDate date(String text) { return LocalDate.parse(text); }

/** The embedded England dataset (153 LAs; DfE's per-LA figures where published, each field's provenance in england().provenance(la, field)), loaded once. */
FundingDataset england;
FundingDataset england() { if (england == null) england = FundingDataset.england(); return england; }

/** A built-in policy projected on the England dataset with default assumptions: run(BuiltInPolicy.DEFICIT_CANCELLATION) */
ScenarioResult run(BuiltInPolicy policy) { return policy.scenario(england()).run(); }

/** £ millions to one decimal place, for reading (display only; the Money stays exact): millions(pounds("12,345,678")) is £12.3m */
String millions(Money m) {
  BigDecimal v = BigDecimal.valueOf(m.pence()).movePointLeft(8).setScale(1, java.math.RoundingMode.HALF_UP);
  return (v.signum() < 0 ? "-£" : "£") + String.format("%,.1f", v.abs()) + "m";
}

/** Prints rows as an aligned table: table(List.of("LA","£"), List.of(List.of("Camden","£1.00"))) */
void table(List<String> header, List<List<?>> rows) {
  int[] w = new int[header.size()];
  for (int c = 0; c < w.length; c++) {
    w[c] = header.get(c).length();
    for (List<?> r : rows) w[c] = Math.max(w[c], String.valueOf(r.get(c)).length());
  }
  StringBuilder sb = new StringBuilder();
  for (int c = 0; c < w.length; c++) sb.append(c == 0 ? "" : "  ").append(String.format((c == 0 ? "%-" : "%") + w[c] + "s", header.get(c)));
  System.out.println(sb.toString().stripTrailing());
  for (List<?> r : rows) {
    sb.setLength(0);
    for (int c = 0; c < w.length; c++) {
      String v = String.valueOf(r.get(c));
      sb.append(c == 0 ? "" : "  ").append(c == 0 ? String.format("%-" + w[c] + "s", v) : String.format("%" + w[c] + "s", v));
    }
    System.out.println(sb.toString().stripTrailing());
  }
}
