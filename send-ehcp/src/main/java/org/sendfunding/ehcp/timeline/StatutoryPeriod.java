package org.sendfunding.ehcp.timeline;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.ehcp.calendar.BankHolidays;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;

/**
 * One statutory period, as data: its length, how it is counted, what must happen by its end, and the
 * provision that sets it.
 *
 * <p>For example the 20-week limit for a final EHC plan (SEND Regulations 2014 reg 13(2)) is
 * {@code amount 20, unit WEEKS}; from a request received on Monday 2 September 2024 it ends on
 * Monday 20 January 2025 (2 September + 140 days):
 *
 * <pre>{@code
 * StatutoryPeriod p = StatutoryPeriods.standard().get("final-plan");
 * p.endFrom(LocalDate.of(2024, 9, 2), BankHolidays.englandAndWales());   // 2025-01-20
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatutoryPeriod {

  StatutoryPeriod() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StatutoryPeriod}. */
  public static final class Builder extends ImmutableStatutoryPeriod.Builder {
    Builder() {}
  }

  /** The period's identifier, e.g. {@code final-plan}. */
  public abstract String id();

  /** The length in units; negative for a period that ends before its trigger (5 months before a transfer). */
  @Value.Default
  public int amount() {
    return 0;
  }

  /** How the period is counted. */
  public abstract PeriodUnit unit();

  /** For {@link PeriodUnit#FIXED_DAY}: the day of the year. */
  public abstract Optional<MonthDay> fixedDay();

  /** Whether the trigger day counts as day 1 (the 15-day comment period, reg 13(1)). */
  @Value.Default
  public boolean firstDayCounts() {
    return false;
  }

  /**
   * Whether the SEND Tribunal's holiday rule applies: an end falling 25 December to 1 January moves to
   * the next working day in January, one falling in August to the first working day of September.
   */
  @Value.Default
  public boolean tribunalHolidayShift() {
    return false;
  }

  /** Whether the exceptions of reg 10(4)(a)-(d) lift this limit when they apply to a case. */
  @Value.Default
  public boolean exceptionsApply() {
    return false;
  }

  /** Whether the period is guidance (Code of Practice) rather than law. */
  @Value.Default
  public boolean guidance() {
    return false;
  }

  /** What must happen by the end of the period. */
  public abstract String rule();

  /** The provision that sets the period. */
  public abstract SourceReference source();

  /** The date the period came into force. */
  public abstract LocalDate inForce();

  /** Whether the period was confirmed by reading the cited text. */
  public abstract boolean verified();

  /**
   * The period as a parameter use for explanations: path {@code ehcp.timeline.<id>}.
   *
   * @return the parameter use
   */
  public ParameterUse parameterUse() {
    return ParameterUse.builder()
        .path("ehcp.timeline." + id())
        .value(lengthText())
        .inForceFrom(inForce())
        .verified(verified())
        .addReferences(source())
        .build();
  }

  @Value.Check
  void check() {
    Preconditions.checkArgument(!id().isBlank(), "StatutoryPeriod.id: must not be blank");
    if (unit() == PeriodUnit.FIXED_DAY) {
      Preconditions.checkArgument(
          fixedDay().isPresent(), "StatutoryPeriod.fixedDay: missing for FIXED_DAY period %s", id());
    } else {
      Preconditions.checkArgument(
          fixedDay().isEmpty(), "StatutoryPeriod.fixedDay: %s given for %s period %s", fixedDay().orElse(null), unit(), id());
      Preconditions.checkArgument(amount() != 0, "StatutoryPeriod.amount: 0 is not a period (%s)", id());
    }
    Preconditions.checkArgument(
        !firstDayCounts() || unit() == PeriodUnit.DAYS,
        "StatutoryPeriod.firstDayCounts: only for periods in days, not %s (%s)",
        unit(),
        id());
  }

  /**
   * The last day of the period started by a trigger, after the tribunal holiday rule if it applies.
   *
   * @param trigger the day the period starts from (receipt of the request, service of the draft)
   * @param calendar the bank holidays, for working days and the holiday rule
   * @return the last day on which the act is in time
   */
  public LocalDate endFrom(LocalDate trigger, BankHolidays calendar) {
    LocalDate end;
    switch (unit()) {
      case DAYS:
        end = trigger.plusDays(firstDayCounts() ? amount() - 1L : amount());
        break;
      case WEEKS:
        end = trigger.plusWeeks(amount());
        break;
      case MONTHS:
        end = trigger.plusMonths(amount());
        break;
      case WORKING_DAYS:
        end = calendar.plusWorkingDays(trigger, amount());
        break;
      case FIXED_DAY:
        end = fixedDay().orElseThrow().atYear(trigger.getYear());
        break;
      default:
        throw new IllegalStateException("Unknown unit " + unit());
    }
    return tribunalHolidayShift() ? shiftForTribunalHolidays(end, calendar) : end;
  }

  /**
   * Applies the SEND Tribunal holiday rule to an appeal deadline: 25 December to 1 January moves to the
   * next working day in January; any day in August moves to the first working day of September.
   *
   * @param end the unadjusted last day
   * @param calendar the bank holidays
   * @return the adjusted last day, or {@code end} unchanged
   */
  public static LocalDate shiftForTribunalHolidays(LocalDate end, BankHolidays calendar) {
    if (end.getMonth() == Month.AUGUST) {
      return calendar.nextWorkingDayOnOrAfter(LocalDate.of(end.getYear(), Month.SEPTEMBER, 1));
    }
    if (end.getMonth() == Month.DECEMBER && end.getDayOfMonth() >= 25) {
      return calendar.nextWorkingDayOnOrAfter(LocalDate.of(end.getYear() + 1, Month.JANUARY, 2));
    }
    if (end.getMonth() == Month.JANUARY && end.getDayOfMonth() == 1) {
      return calendar.nextWorkingDayOnOrAfter(LocalDate.of(end.getYear(), Month.JANUARY, 2));
    }
    return end;
  }

  /** The length as printed, e.g. "20 weeks", "15 days (day of service is day 1)", "15 February". */
  public String lengthText() {
    String base;
    switch (unit()) {
      case FIXED_DAY:
        MonthDay md = fixedDay().orElseThrow();
        base = md.getDayOfMonth() + " " + md.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
        break;
      case WORKING_DAYS:
        base = Math.abs(amount()) + " working days";
        break;
      default:
        base = Math.abs(amount()) + " " + unit().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (amount() < 0) {
      base += " before";
    }
    if (firstDayCounts()) {
      base += " (trigger day is day 1)";
    }
    return base;
  }

  @Override
  public String toString() {
    return id() + ": " + lengthText() + " (" + source() + ")";
  }
}
