package org.sendfunding.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import org.sendfunding.funding.parameter.ParameterOverlay;
import org.sendfunding.funding.parameter.ParameterOverride;
import org.sendfunding.funding.parameter.ParameterUnit;
import org.sendfunding.funding.parameter.ParameterValue;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;

/**
 * JSON for scenario overlays: a {@code ParameterValue} is {@code {"unit": "percent", "value": "7.5"}}
 * with the value in the unit's JSON form (pence for gbp, a decimal string for percent and rate, a
 * number for count, an ISO string for date, a string for rule, true or false for boolean).
 */
final class ParameterJson {

  private ParameterJson() {}

  static void register(SimpleModule m) {
    SendJson.record(m, ParameterValue.class, ImmutableSet.of("unit", "value"), (v, g) -> {
      g.writeStringField("unit", v.unit().fileName());
      switch (v.unit()) {
        case GBP: g.writeObjectField("value", v.asMoney()); break;
        case PERCENT: g.writeObjectField("value", v.asPercentage()); break;
        case RATE: g.writeObjectField("value", v.asRate()); break;
        case COUNT: g.writeNumberField("value", v.asCount()); break;
        case DATE: g.writeObjectField("value", v.asDate()); break;
        case RULE: g.writeStringField("value", v.asRule()); break;
        default: g.writeBooleanField("value", v.asBoolean());
      }
    }, ParameterJson::readValue);
    SendJson.record(m, ParameterOverride.class, ImmutableSet.of("path", "from", "value", "until"), (v, g) -> {
      g.writeStringField("path", v.path());
      g.writeObjectField("from", v.from());
      SendJson.optional(g, "value", v.value());
      SendJson.optional(g, "until", v.until());
    }, f -> ParameterOverride.of(f.required("path", String.class), f.required("from", LocalDate.class),
        f.optional("value", ParameterValue.class), f.optional("until", LocalDate.class)));
    SendJson.record(m, ParameterOverlay.class, ImmutableSet.of("name", "description", "overrides"), (v, g) -> {
      g.writeStringField("name", v.name());
      g.writeStringField("description", v.description());
      g.writeObjectField("overrides", v.overrides());
    }, f -> {
      ParameterOverlay.Builder b = ParameterOverlay.builder().name(f.required("name", String.class));
      f.optional("description", String.class).ifPresent(b::description);
      return b.addAllOverrides(f.list("overrides", ParameterOverride.class)).build();
    });
  }

  private static ParameterValue readValue(JsonFields f) throws IOException {
    String unitName = f.required("unit", String.class);
    ParameterUnit unit;
    try {
      unit = ParameterUnit.fromName(unitName);
    } catch (IllegalArgumentException e) {
      throw f.fail("field 'unit': " + e.getMessage());
    }
    switch (unit) {
      case GBP: return ParameterValue.of(f.required("value", Money.class));
      case PERCENT: return ParameterValue.of(f.required("value", Percentage.class));
      case RATE: return ParameterValue.of(f.required("value", Rate.class));
      case COUNT: return ParameterValue.of(f.required("value", Long.class).longValue());
      case DATE: return ParameterValue.of(f.required("value", LocalDate.class));
      case RULE: return ParameterValue.ofRule(f.required("value", String.class));
      default: return ParameterValue.of(f.required("value", Boolean.class).booleanValue());
    }
  }
}
