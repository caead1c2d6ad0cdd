package org.sendfunding.examples.cli;

import java.time.LocalDate;
import org.sendfunding.model.input.NumberSyntax;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.time.FinancialYear;
import picocli.CommandLine;

/**
 * The command-line forms of values, parsed by the same {@link NumberSyntax} every CSV loader uses,
 * so that {@code --notional-sen-budget "60,000"} and a CSV cell {@code "60,000"} mean the same.
 *
 * <pre>{@code
 * @Option(names = "--year", converter = Values.Year.class) FinancialYear year;
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Values {

  private Values() {}

  /** A financial year, strictly {@code 2025-26}. */
  public static final class Year implements CommandLine.ITypeConverter<FinancialYear> {
    @Override
    public FinancialYear convert(String value) {
      try {
        return NumberSyntax.financialYear(value.strip());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is " + NumberSyntax.FINANCIAL_YEAR);
      }
    }
  }

  /** A date, {@code 2025-06-30}. */
  public static final class Date implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return NumberSyntax.date(value.strip());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is " + NumberSyntax.DATE);
      }
    }
  }

  /** An amount of money in pounds, not negative: {@code 60000}, {@code 60,000}, {@code £60,000.00}. */
  public static final class Pounds implements CommandLine.ITypeConverter<Money> {
    @Override
    public Money convert(String value) {
      Money m;
      try {
        m = NumberSyntax.money(value.strip());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is " + NumberSyntax.MONEY);
      }
      if (m.isNegative()) {
        throw new CommandLine.TypeConversionException("'" + value + "' is negative; give an amount of 0 or more");
      }
      return m;
    }
  }
}
