package org.sendfunding.data.england;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The local-government reorganisations that DfE's per-LA series since 2010 cross, each with the
 * authorities it abolished (their DfE codes appear in the years before) and the ones it created.
 *
 * <pre>{@code
 * Reorganisation.CUMBRIA_2023.predecessors();  // {909=Cumbria}
 * Reorganisation.CUMBRIA_2023.successors();    // [942, 943]
 * Reorganisation.creating(940);                // Optional[NORTHAMPTONSHIRE_2021]
 * }</pre>
 *
 * <p>Sources: the Bournemouth, Dorset and Poole (Structural Changes) Order 2018 (SI 2018/648), the
 * Northamptonshire (Structural Changes) Order 2020 (SI 2020/156), the Cumbria (Structural Changes)
 * Order 2022 (SI 2022/331), legislation.gov.uk; DfE codes from DfE's LA code lookup. North Yorkshire
 * (815) and Somerset (933) became unitary in 2023 and Buckinghamshire (825) in 2020 keeping their DfE
 * codes (only their ONS codes changed), so their series need no carrying. This type is immutable and
 * thread-safe.
 */
public enum Reorganisation {
  /**
   * 1 April 2019: Dorset county (835), Poole (836) and Bournemouth (837) replaced by Dorset (838) and
   * Bournemouth, Christchurch and Poole (839); Christchurch moved from Dorset county to BCP, so no
   * successor is a sum of predecessors.
   */
  DORSET_2019(LocalDate.of(2019, 4, 1), ImmutableMap.of(835, "Dorset", 836, "Poole", 837, "Bournemouth"),
      ImmutableList.of(838, 839), ImmutableMap.of(838, "Dorset", 839, "Bournemouth, Christchurch and Poole")),
  /** 1 April 2021: Northamptonshire (928) replaced by North Northamptonshire (940) and West Northamptonshire (941). */
  NORTHAMPTONSHIRE_2021(LocalDate.of(2021, 4, 1), ImmutableMap.of(928, "Northamptonshire"),
      ImmutableList.of(940, 941), ImmutableMap.of(940, "North Northamptonshire", 941, "West Northamptonshire")),
  /** 1 April 2023: Cumbria (909) replaced by Cumberland (942) and Westmorland and Furness (943). */
  CUMBRIA_2023(LocalDate.of(2023, 4, 1), ImmutableMap.of(909, "Cumbria"),
      ImmutableList.of(942, 943), ImmutableMap.of(942, "Cumberland", 943, "Westmorland and Furness"));

  private final LocalDate effective;
  private final ImmutableMap<Integer, String> predecessors;
  private final ImmutableList<Integer> successors;
  private final ImmutableMap<Integer, String> successorNames;

  Reorganisation(LocalDate effective, ImmutableMap<Integer, String> predecessors, ImmutableList<Integer> successors,
      ImmutableMap<Integer, String> successorNames) {
    this.effective = effective;
    this.predecessors = predecessors;
    this.successors = successors;
    this.successorNames = successorNames;
  }

  /** The day the new authorities took over. */
  public LocalDate effective() {
    return effective;
  }

  /** The abolished authorities: DfE code to name. */
  public ImmutableMap<Integer, String> predecessors() {
    return predecessors;
  }

  /** The authorities created, by DfE code. */
  public ImmutableList<Integer> successors() {
    return successors;
  }

  /** A successor's name. */
  String successorName(int code) {
    return successorNames.get(code);
  }

  /** The reorganisation that created an LA, if one did. */
  public static Optional<Reorganisation> creating(int laCode) {
    return Arrays.stream(values()).filter(r -> r.successors.contains(laCode)).findFirst();
  }

  /** The reorganisation that abolished an LA code, if one did. */
  public static Optional<Reorganisation> abolishing(int laCode) {
    return Arrays.stream(values()).filter(r -> r.predecessors.containsKey(laCode)).findFirst();
  }

  /** The name of an abolished authority, if the code is one. */
  public static Optional<String> formerName(int laCode) {
    return abolishing(laCode).map(r -> r.predecessors.get(laCode));
  }

  /** How the reorganisation is described in a derivation. */
  String describePredecessors() {
    StringBuilder b = new StringBuilder();
    predecessors.forEach((code, name) -> b.append(b.length() == 0 ? "" : " + ").append(name).append(" (").append(code).append(')'));
    return b.toString();
  }
}
