package org.sendfunding.funding.dataset;

import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.explain.SourceReference;

/**
 * Where one field of one LA's figures comes from: real (the publication and period), derived (the
 * named rule and the real figures it uses) or illustrative (the rule that generated it).
 *
 * <pre>{@code
 * FieldProvenance p = FundingDataset.england().provenance(876, "net_imported_pupils");
 * p.provenance();  // DERIVED
 * p.label();       // "derived: DSG high-needs block 2023-24 import/export adjustment (D) ÷ £6,000 ..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldProvenance {

  FieldProvenance() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FieldProvenance}. */
  public static final class Builder extends ImmutableFieldProvenance.Builder {
    Builder() {}
  }

  /** A real figure: the publication and the period it describes. */
  public static FieldProvenance real(SourceReference source, String period) {
    return builder().provenance(Provenance.REAL).source(source).period(period).rule("as published").build();
  }

  /** A derived figure: the rule, the publication of its inputs and their period. */
  public static FieldProvenance derived(String rule, SourceReference source, String period) {
    return builder().provenance(Provenance.DERIVED).source(source).period(period).rule(rule).build();
  }

  /** An illustrative figure: the rule that generated it. */
  public static FieldProvenance illustrative(String rule) {
    return builder().provenance(Provenance.ILLUSTRATIVE).rule(rule).build();
  }

  /** Real, derived or illustrative. */
  public abstract Provenance provenance();

  /** The publication of the figure or its inputs (absent for an illustrative figure with no published input). */
  public abstract Optional<SourceReference> source();

  /** The period the published figure or its inputs describe, e.g. {@code 2023-24} or {@code January 2025}. */
  public abstract Optional<String> period();

  /** The rule: "as published", the derivation, or how the illustrative figure was generated. */
  public abstract String rule();

  /** One line for explanations, tables and CSV columns. */
  public String label() {
    StringBuilder b = new StringBuilder(provenance().code());
    if (provenance() == Provenance.REAL) {
      b.append(" (").append(source().map(SourceReference::title).orElse("")).append(period().map(p -> ", " + p).orElse("")).append(')');
    } else {
      b.append(": ").append(rule());
      source().ifPresent(s -> b.append(" (").append(s.title()).append(period().map(p -> ", " + p).orElse("")).append(')'));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return label();
  }
}
