package org.sendfunding.funding.dataset;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.data.england.EnglandStatistics;
import org.sendfunding.funding.parameter.ParameterSet;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;

/**
 * The inputs of a scenario: national series, one {@link LocalAuthorityInputs} and one
 * {@link SettingCaseload} per LA, and safety-valve agreements.
 *
 * <p>{@link #england()} is the embedded dataset for all 153 LAs in England: its panel and caseloads are
 * built from DfE's published per-LA statistics by {@link EnglandPanel} (each field of each LA real,
 * derived or illustrative, {@link #provenance(int, String)}), its national series and safety-valve
 * agreements read from CSV resources through {@link DatasetCsv}:
 *
 * <pre>{@code
 * FundingDataset england = FundingDataset.england();
 * england.panel().size();                          // 153
 * england.provenance(876, "schools_block");        // real (DSG allocation tables, 2023-24)
 * england.illustrativeFields();                    // {free_school_meals=153, ...}: what reports must name
 * FundingDataset three = england.restrictedTo(List.of(876, 886, 936)); // Halton, Kent, Surrey
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundingDataset {

  /** Classpath folder of the embedded England dataset. */
  public static final String ENGLAND_RESOURCES = "/org/sendfunding/funding/dataset/england/";

  private static final class Holder {
    static final FundingDataset ENGLAND = loadEngland();
  }

  FundingDataset() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FundingDataset}. */
  public static final class Builder extends ImmutableFundingDataset.Builder {
    Builder() {}
  }

  /** The embedded England dataset (loaded once). */
  public static FundingDataset england() {
    return Holder.ENGLAND;
  }

  /**
   * Reads a dataset from four CSV files in the {@link DatasetCsv} shapes.
   *
   * @param name the dataset's name
   * @param nationalSeries national figures
   * @param panel LA inputs
   * @param caseloads caseloads
   * @param safetyValves safety-valve instalments
   * @param register the LAs codes must name
   * @return the dataset
   * @throws DatasetException listing every problem in every file
   */
  public static FundingDataset readCsv(
      String name, Reader nationalSeries, Reader panel, Reader caseloads, Reader safetyValves, LocalAuthorities register) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    NationalSeries series = null;
    ImmutableList<LocalAuthorityInputs> rows = null;
    ImmutableList<SettingCaseload> loads = null;
    ImmutableMap<Integer, SafetyValveAgreement> valves = null;
    try {
      series = DatasetCsv.readNationalSeries(nationalSeries, name + "/national-series.csv");
    } catch (DatasetException e) {
      problems.addAll(e.messages());
    }
    try {
      rows = DatasetCsv.readPanel(panel, name + "/panel.csv", register);
    } catch (DatasetException e) {
      problems.addAll(e.messages());
    }
    try {
      loads = DatasetCsv.readCaseloads(caseloads, name + "/caseload.csv", register);
    } catch (DatasetException e) {
      problems.addAll(e.messages());
    }
    try {
      valves = DatasetCsv.readSafetyValves(safetyValves, name + "/safety-valve.csv", register);
    } catch (DatasetException e) {
      problems.addAll(e.messages());
    }
    ImmutableList<String> all = problems.build();
    if (!all.isEmpty()) {
      throw new DatasetException(name, all);
    }
    try {
      return builder().name(name).nationalSeries(series).panel(rows)
          .caseloads(ImmutableMap.copyOf(loads.stream().collect(ImmutableMap.toImmutableMap(c -> c.localAuthority().code(), c -> c))))
          .safetyValves(valves).build();
    } catch (IllegalArgumentException e) {
      throw new DatasetException(name, ImmutableList.of(e.getMessage()));
    }
  }

  private static FundingDataset loadEngland() {
    try (Reader n = resource("national-series.csv");
        Reader s = resource("safety-valve.csv")) {
      NationalSeries series = DatasetCsv.readNationalSeries(n, "england/national-series.csv");
      ImmutableMap<Integer, SafetyValveAgreement> valves =
          DatasetCsv.readSafetyValves(s, "england/safety-valve.csv", LocalAuthorities.england());
      EnglandPanel built = EnglandPanel.build(EnglandStatistics.england(), ParameterSet.defaults(), series);
      return builder().name("england").nationalSeries(series).panel(built.rows())
          .caseloads(built.caseloads().stream().collect(ImmutableMap.toImmutableMap(c -> c.localAuthority().code(), c -> c)))
          .safetyValves(valves).build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader resource(String file) {
    InputStream in = FundingDataset.class.getResourceAsStream(ENGLAND_RESOURCES + file);
    if (in == null) {
      throw new IllegalStateException("FundingDataset: missing resource " + ENGLAND_RESOURCES + file);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  /** The dataset's name, e.g. {@code england}. */
  public abstract String name();

  /** Published national figures. */
  public abstract NationalSeries nationalSeries();

  /** One row per LA, in file order. */
  public abstract ImmutableList<LocalAuthorityInputs> panel();

  /** SettingCaseload by LA code: one for every LA in the panel. */
  public abstract ImmutableMap<Integer, SettingCaseload> caseloads();

  /** Safety-valve agreements by LA code. */
  public abstract ImmutableMap<Integer, SafetyValveAgreement> safetyValves();

  /**
   * Where one field of one LA comes from.
   *
   * @param laCode the LA
   * @param field a panel column ({@link DatasetCsv#PANEL_VALUE_COLUMNS})
   * @return its provenance
   */
  public FieldProvenance provenance(int laCode, String field) {
    return inputs(laCode).provenance(field);
  }

  /**
   * The panel columns that are illustrative for at least one LA, with how many LAs: what a report's
   * "ILLUSTRATIVE" banner must name.
   *
   * @return column to number of LAs, in column order; empty if none is illustrative
   */
  public ImmutableMap<String, Integer> illustrativeFields() {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (String f : DatasetCsv.PANEL_VALUE_COLUMNS) {
      int count = (int) panel().stream().filter(r -> r.provenance(f).provenance() == Provenance.ILLUSTRATIVE).count();
      if (count > 0) {
        b.put(f, count);
      }
    }
    return b.build();
  }

  /** Whether any panel row or caseload is illustrative: results then carry the illustrative flag. */
  @Value.Derived
  public boolean illustrative() {
    return panel().stream().anyMatch(r -> r.provenance() == Provenance.ILLUSTRATIVE)
        || caseloads().values().stream().anyMatch(c -> c.provenance() == Provenance.ILLUSTRATIVE);
  }

  /** The base year shared by every row. */
  public FinancialYear baseYear() {
    return panel().get(0).baseYear();
  }

  /** The row for an LA code. */
  public LocalAuthorityInputs inputs(int laCode) {
    return panel().stream().filter(r -> r.localAuthority().code() == laCode).findFirst()
        .orElseThrow(() -> new NoSuchElementException("FundingDataset: LA " + laCode + " is not in dataset " + name()));
  }

  /** The caseload for an LA code. */
  public SettingCaseload caseload(int laCode) {
    SettingCaseload c = caseloads().get(laCode);
    if (c == null) {
      throw new NoSuchElementException("FundingDataset: no caseload for LA " + laCode + " in dataset " + name());
    }
    return c;
  }

  /** The safety-valve agreement of an LA, if it has one. */
  public Optional<SafetyValveAgreement> safetyValve(int laCode) {
    return Optional.ofNullable(safetyValves().get(laCode));
  }

  /** Sum of base-year high-needs allocations. */
  public Money totalHighNeedsAllocation() {
    return Money.sum(panel().stream().map(LocalAuthorityInputs::highNeedsAllocation)::iterator);
  }

  /** Sum of pupils with EHC plans across every caseload. */
  public long totalEhcpPupils() {
    return caseloads().values().stream().mapToLong(SettingCaseload::totalPupils).sum();
  }

  /**
   * The same dataset holding only some LAs (for examples and tests).
   *
   * @param laCodes LA codes, each in the dataset
   * @return the smaller dataset
   */
  public FundingDataset restrictedTo(Collection<Integer> laCodes) {
    for (int code : laCodes) {
      inputs(code);
    }
    return builder().name(name() + " (" + laCodes.size() + " LAs)").nationalSeries(nationalSeries())
        .panel(panel().stream().filter(r -> laCodes.contains(r.localAuthority().code())).collect(ImmutableList.toImmutableList()))
        .caseloads(ImmutableMap.copyOf(caseloads().entrySet().stream().filter(e -> laCodes.contains(e.getKey())).collect(ImmutableMap.toImmutableMap(e -> e.getKey(), e -> e.getValue()))))
        .safetyValves(ImmutableMap.copyOf(safetyValves().entrySet().stream().filter(e -> laCodes.contains(e.getKey())).collect(ImmutableMap.toImmutableMap(e -> e.getKey(), e -> e.getValue()))))
        .build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!panel().isEmpty(), "FundingDataset.panel: at least one LA is required (%s)", name());
    FinancialYear base = panel().get(0).baseYear();
    java.util.Set<Integer> codes = new java.util.HashSet<>();
    for (LocalAuthorityInputs r : panel()) {
      int code = r.localAuthority().code();
      Preconditions.checkArgument(codes.add(code), "FundingDataset.panel: LA %s appears twice (%s)", code, name());
      Preconditions.checkArgument(r.baseYear().equals(base), "FundingDataset.panel: %s has base year %s, others %s (%s)", r.localAuthority(), r.baseYear(), base, name());
      SettingCaseload c = caseloads().get(code);
      Preconditions.checkArgument(c != null, "FundingDataset.caseloads: no caseload for %s (%s)", r.localAuthority(), name());
      Preconditions.checkArgument(c.baseYear().equals(base), "FundingDataset.caseloads: %s has base year %s, panel %s (%s)", r.localAuthority(), c.baseYear(), base, name());
    }
    for (int code : caseloads().keySet()) {
      Preconditions.checkArgument(codes.contains(code), "FundingDataset.caseloads: LA %s has a caseload but no panel row (%s)", code, name());
    }
    for (int code : safetyValves().keySet()) {
      Preconditions.checkArgument(codes.contains(code), "FundingDataset.safetyValves: LA %s has an agreement but no panel row (%s)", code, name());
    }
  }
}
