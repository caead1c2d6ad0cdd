package org.sendfunding.accountability.inclusion;

import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.explain.Explanation;

/**
 * Inclusion indicators for one school over one key stage 4 cohort, after nasen's "access, presence"
 * (belonging needs survey data this library does not hold) and the Education Committee's call for
 * exclusion and off-rolling metrics (2025).
 *
 * <p>Definitions (the "end roll" is the pupils on the school's roll at the end of the key stage; the
 * "ever roll" every pupil with at least one term on it):
 * <ul>
 *   <li><b>EHC plan share</b>: pupils with an EHC plan on the end roll / end roll.
 *   <li><b>SEN support share</b>: pupils on SEN support on the end roll / end roll.
 *   <li><b>LA shares</b>: the same shares over the end rolls of all mainstream schools in the school's
 *       LA (special schools and AP excluded, so a mainstream school is compared with mainstream).
 *   <li><b>Representation</b>: school share / LA share; 1.0 is the LA's rate, 0.5 half of it. Absent
 *       when the LA share is zero.
 *   <li><b>Left without a known destination</b>: pupils who left the roll during the key stage and are
 *       not known to be on any school's roll (potential off-rolling); the <b>rate</b> divides by the
 *       ever roll.
 *   <li><b>Leaving rates</b>: of the pupils with (and without) SEN on the ever roll, the share who were
 *       not on it at the end (moved school or left without a known destination). The <b>SEN leaving
 *       gap</b> is the SEN rate minus the non-SEN rate: positive means pupils with SEN are less likely
 *       to stay ("presence").
 * </ul>
 * For example a school with 200 pupils at the end, 4 with EHC plans (2.0%), in an LA whose mainstream
 * schools have 2.5%, has EHC plan representation 0.8.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolInclusion {

  SchoolInclusion() {}

  /**
   * A builder, for the engine that computes this result and for reading it back from JSON
   * (send-json); figures built by hand are not checked against the rules that made them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@code SchoolInclusion}. */
  public static final class Builder extends ImmutableSchoolInclusion.Builder {
    Builder() {}
  }

  /** The school's URN. */
  public abstract int urn();

  /** Pupils on the roll at the end of the key stage. */
  public abstract int pupilsAtEnd();

  /** Pupils with at least one term on the roll. */
  public abstract int pupilsEverOnRoll();

  /** Share of the end roll with an EHC plan, 0 to 1. */
  public abstract double ehcPlanShare();

  /** Share of the end roll on SEN support, 0 to 1. */
  public abstract double senSupportShare();

  /** The LA's mainstream EHC plan share. */
  public abstract double laEhcPlanShare();

  /** The LA's mainstream SEN support share. */
  public abstract double laSenSupportShare();

  /** EHC plan share / LA share, absent when the LA share is zero. */
  public abstract Optional<Double> ehcPlanRepresentation();

  /** SEN support share / LA share, absent when the LA share is zero. */
  public abstract Optional<Double> senSupportRepresentation();

  /** Pupils who left the roll without a known destination. */
  public abstract int leftWithoutKnownDestination();

  /** Those pupils / the ever roll. */
  public abstract double unknownDestinationRate();

  /** Share of pupils with SEN on the ever roll who were not on the end roll. */
  public abstract double senLeavingRate();

  /** Share of pupils without SEN on the ever roll who were not on the end roll. */
  public abstract double nonSenLeavingRate();

  /** {@link #senLeavingRate()} minus {@link #nonSenLeavingRate()}. */
  @Value.Derived
  public double senLeavingGap() {
    return senLeavingRate() - nonSenLeavingRate();
  }

  /** Share of the end roll with SEN (E or K). */
  public double senShare() {
    return ehcPlanShare() + senSupportShare();
  }

  /** How the indicators were computed. */
  public abstract Explanation explanation();

  @Override
  public String toString() {
    return String.format("%d: EHCP %.1f%% (LA %.1f%%), SEN support %.1f%% (LA %.1f%%), %d left without known destination (%.1f%%), SEN leaving gap %+.1f pts",
        urn(), 100 * ehcPlanShare(), 100 * laEhcPlanShare(), 100 * senSupportShare(), 100 * laSenSupportShare(),
        leftWithoutKnownDestination(), 100 * unknownDestinationRate(), 100 * senLeavingGap());
  }
}
