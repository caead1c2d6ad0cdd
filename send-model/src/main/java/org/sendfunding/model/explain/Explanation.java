package org.sendfunding.model.explain;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.money.Money;

/**
 * How one figure was computed: the rule applied, its result, the inputs and parameter values it used,
 * and the explanations of the figures it was built from.
 *
 * <p>For example the explanation of an LA's floored high-needs allocation has the rule "funding floor",
 * the result "£52,430,000.00", inputs such as the 2–18 population and last year's allocation, the floor
 * parameter (7% from 2025-04-01, HCWS264), and a child for each factor it summed:
 *
 * <pre>{@code
 * Explanation e = Explanation.builder()
 *     .rule("Funding floor: at least +7% per head of 2-18 population")
 *     .amount(Money.ofPounds("52430000"))
 *     .putInputs("population aged 2-18", "61,200")
 *     .addParameters(floorUse)
 *     .addChildren(basicEntitlement, historicSpend)
 *     .build();
 * System.out.println(e.toText());
 * }</pre>
 *
 * <p>{@link #result()} is the printed figure: it defaults to the formatted {@link #amount()} when one is
 * given. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Explanation {

  Explanation() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }

  /** The rule applied, in the domain's words. */
  public abstract String rule();

  /** The legal or guidance text the rule implements, if any. */
  public abstract Optional<SourceReference> source();

  /** The money figure explained, when the figure is money. */
  public abstract Optional<Money> amount();

  /** The figure as printed; defaults to the formatted amount. */
  @Value.Default
  public String result() {
    return amount().map(Money::toString).orElse("");
  }

  /** Named inputs, as printed, in the order given. */
  public abstract ImmutableMap<String, String> inputs();

  /** Parameter values used. */
  public abstract ImmutableList<ParameterUse> parameters();

  /** Explanations of the figures this one was built from. */
  public abstract ImmutableList<Explanation> children();

  @Value.Check
  void check() {
    Preconditions.checkArgument(!rule().isBlank(), "Explanation.rule: must not be blank");
  }

  /** Every money amount of the direct children that carry one, summed. */
  public Money childrenTotal() {
    return Money.sum(
        children().stream().map(Explanation::amount).flatMap(Optional::stream)::iterator);
  }

  /** The explanation as indented text, two spaces a level. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    appendText(out, 0);
    return out.toString();
  }

  private void appendText(StringBuilder out, int depth) {
    String pad = "  ".repeat(depth);
    out.append(pad).append(rule());
    if (!result().isEmpty()) {
      out.append(" = ").append(result());
    }
    out.append('\n');
    source().ifPresent(s -> out.append(pad).append("  source: ").append(s).append('\n'));
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      out.append(pad).append("  input ").append(input.getKey()).append(": ").append(input.getValue()).append('\n');
    }
    for (ParameterUse p : parameters()) {
      out.append(pad).append("  parameter ").append(p).append('\n');
      for (SourceReference r : p.references()) {
        out.append(pad).append("    source: ").append(r).append('\n');
      }
    }
    for (Explanation child : children()) {
      child.appendText(out, depth + 1);
    }
  }

  /** The explanation as a JSON object, with money amounts in pence. */
  public String toJson() {
    StringBuilder out = new StringBuilder();
    appendJson(out);
    return out.toString();
  }

  private void appendJson(StringBuilder out) {
    out.append("{\"rule\":").append(quote(rule()));
    source().ifPresent(s -> out.append(",\"source\":").append(referenceJson(s)));
    amount().ifPresent(a -> out.append(",\"amountPence\":").append(a.pence()));
    out.append(",\"result\":").append(quote(result()));
    out.append(",\"inputs\":{");
    boolean first = true;
    for (Map.Entry<String, String> input : inputs().entrySet()) {
      out.append(first ? "" : ",").append(quote(input.getKey())).append(':').append(quote(input.getValue()));
      first = false;
    }
    out.append("},\"parameters\":[");
    first = true;
    for (ParameterUse p : parameters()) {
      out.append(first ? "" : ",")
          .append("{\"path\":").append(quote(p.path()))
          .append(",\"value\":").append(quote(p.value()))
          .append(",\"inForceFrom\":").append(quote(p.inForceFrom().toString()))
          .append(",\"verified\":").append(p.verified())
          .append(",\"references\":[");
      boolean firstRef = true;
      for (SourceReference r : p.references()) {
        out.append(firstRef ? "" : ",").append(referenceJson(r));
        firstRef = false;
      }
      out.append("]}");
      first = false;
    }
    out.append("],\"children\":[");
    first = true;
    for (Explanation child : children()) {
      out.append(first ? "" : ",");
      child.appendJson(out);
      first = false;
    }
    out.append("]}");
  }

  private static String referenceJson(SourceReference r) {
    StringBuilder out = new StringBuilder("{\"title\":").append(quote(r.title()));
    r.paragraph().ifPresent(p -> out.append(",\"paragraph\":").append(quote(p)));
    r.href().ifPresent(h -> out.append(",\"href\":").append(quote(h)));
    return out.append('}').toString();
  }

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
