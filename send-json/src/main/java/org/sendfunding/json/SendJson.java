package org.sendfunding.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.deficit.DeficitLedger;
import org.sendfunding.model.deficit.InstalmentStatus;
import org.sendfunding.model.deficit.LedgerEntry;
import org.sendfunding.model.deficit.SafetyValveAgreement;
import org.sendfunding.model.deficit.SafetyValveInstalment;
import org.sendfunding.model.deficit.StatutoryOverridePeriod;
import org.sendfunding.model.dsg.BlockTransfer;
import org.sendfunding.model.dsg.DsgAllocation;
import org.sendfunding.model.dsg.HighNeedsBlock;
import org.sendfunding.model.explain.Explanation;
import org.sendfunding.model.explain.ParameterUse;
import org.sendfunding.model.explain.SourceReference;
import org.sendfunding.model.money.Money;
import org.sendfunding.model.money.Percentage;
import org.sendfunding.model.money.Rate;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.Phase;
import org.sendfunding.model.setting.Setting;
import org.sendfunding.model.setting.SettingType;
import org.sendfunding.model.time.AcademicYear;
import org.sendfunding.model.time.FinancialYear;

/**
 * A Jackson {@link ObjectMapper} that writes and reads every public value type of send-model,
 * send-ehcp, send-funding and send-accountability as JSON, so that any value survives a write then a
 * read unchanged ({@code equals}) and equal values write the same bytes.
 *
 * <p>The library's types carry no Jackson annotations; this module supplies explicit serializers and
 * deserializers instead, one declarative {@link RecordJson} description per record type (in
 * {@code EhcpJson}, {@code AccountabilityJson}, {@code FundingJson}; send-model's below). The forms
 * are chosen to be exact and readable by people and other languages:
 * <ul>
 *   <li>{@code Money}: a whole number of pence ({@code 1234567} is £12,345.67), never a float;
 *   <li>{@code Rate}, {@code Percentage}, {@code BigDecimal}: decimal strings, scale kept
 *       ({@code "0.075"}, {@code "7.5"});
 *   <li>{@code FinancialYear} {@code "2025-26"}, {@code AcademicYear} {@code "2024/25"}, dates ISO
 *       {@code "2025-04-01"};
 *   <li>{@code LocalAuthority}: its DfE code ({@code 202}), resolved through a register on reading;
 *   <li>{@code double}: a JSON number that reads back bit for bit, or {@code "NaN"},
 *       {@code "Infinity"}, {@code "-Infinity"};
 *   <li>records (a {@code Pupil}, an {@code Ehcp}, a {@code Timeline}, a {@code ComparisonResult}, a
 *       {@code Scenario}...): objects named by their accessors, explanation trees in full; absent
 *       optionals are omitted; enums by constant name; maps keyed by the key's text. Derived figures
 *       ({@code total}, {@code closingBalance}, ranks) are written for readers and checked on reading.
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper json = SendJson.mapper();
 * String text = json.writeValueAsString(Money.ofPounds("12345.67"));       // 1234567
 * FinancialYear y = json.readValue("\"2025-26\"", FinancialYear.class);
 * Timeline t = json.readValue(file, Timeline.class);                       // validated as by its builder
 * }</pre>
 *
 * <p>Bad JSON fails with a Jackson {@code JsonMappingException} naming the type, field and path, e.g.
 * {@code LedgerEntry: field 'financialYear' is missing} or
 * {@code Ehcp: field 'provision': [1]: ProvisionItem: field 'unit': expected a string but was NUMBER 7};
 * the value's own checks run as they do in its builder. Unknown fields are refused, not ignored.
 * {@code HighNeedsNffResult} and {@code HighNeedsAllocation} are written but not read back (they are
 * views over the engine's working figures: re-run the engine).
 *
 * <p>This class is immutable and thread-safe; the mappers it returns are thread-safe once built.
 */
public final class SendJson {

  private SendJson() {}

  /**
   * A mapper resolving LA codes through {@link LocalAuthorities#england()}.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    return mapper(LocalAuthorities.england());
  }

  /**
   * A mapper resolving LA codes through a register.
   *
   * @param register the LAs that codes name
   * @return a new mapper
   */
  public static ObjectMapper mapper(LocalAuthorities register) {
    return JsonMapper.builder()
        .addModule(module(register))
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .build();
  }

  /**
   * The module alone, to add to a mapper of your own.
   *
   * @param register the LAs that codes name
   * @return the module
   */
  public static Module module(LocalAuthorities register) {
    SimpleModule m = new SimpleModule("SendJson");
    scalar(m, Money.class, (v, g) -> g.writeNumber(v.pence()), SendJson::readMoney);
    scalar(m, Rate.class, (v, g) -> g.writeString(v.value().toPlainString()), (p, c) -> Rate.of(text(p, c, Rate.class)));
    scalar(m, Percentage.class, (v, g) -> g.writeString(v.percent().toPlainString()),
        (p, c) -> Percentage.of(text(p, c, Percentage.class)));
    scalar(m, FinancialYear.class, (v, g) -> g.writeString(v.toString()),
        (p, c) -> FinancialYear.parse(text(p, c, FinancialYear.class)));
    scalar(m, AcademicYear.class, (v, g) -> g.writeString(v.toString()),
        (p, c) -> AcademicYear.parse(text(p, c, AcademicYear.class)));
    scalar(m, LocalDate.class, (v, g) -> g.writeString(v.toString()), (p, c) -> readDate(p, c));
    scalar(m, LocalAuthority.class, (v, g) -> g.writeNumber(v.code()), (p, c) -> readAuthority(p, c, register));
    record(m, SourceReference.class, ImmutableSet.of("title", "paragraph", "href"), (v, g) -> {
      g.writeStringField("title", v.title());
      optional(g, "paragraph", v.paragraph());
      optional(g, "href", v.href());
    }, f -> {
      SourceReference.Builder b = SourceReference.builder().title(f.required("title", String.class));
      f.optional("paragraph", String.class).ifPresent(b::paragraph);
      f.optional("href", String.class).ifPresent(b::href);
      return b.build();
    });
    record(m, ParameterUse.class, ImmutableSet.of("path", "value", "inForceFrom", "verified", "references"), (v, g) -> {
      g.writeStringField("path", v.path());
      g.writeStringField("value", v.value());
      g.writeObjectField("inForceFrom", v.inForceFrom());
      g.writeBooleanField("verified", v.verified());
      g.writeObjectField("references", v.references());
    }, f -> ParameterUse.builder().path(f.required("path", String.class)).value(f.required("value", String.class))
        .inForceFrom(f.required("inForceFrom", LocalDate.class)).verified(f.required("verified", Boolean.class))
        .addAllReferences(f.list("references", SourceReference.class)).build());
    record(m, Explanation.class,
        ImmutableSet.of("rule", "source", "amount", "result", "inputs", "parameters", "children"), (v, g) -> {
          g.writeStringField("rule", v.rule());
          optional(g, "source", v.source());
          optional(g, "amount", v.amount());
          g.writeStringField("result", v.result());
          g.writeObjectField("inputs", v.inputs());
          g.writeObjectField("parameters", v.parameters());
          g.writeObjectField("children", v.children());
        }, f -> {
          Explanation.Builder b = Explanation.builder().rule(f.required("rule", String.class));
          f.optional("source", SourceReference.class).ifPresent(b::source);
          f.optional("amount", Money.class).ifPresent(b::amount);
          f.optional("result", String.class).ifPresent(b::result);
          return b.putAllInputs(f.map("inputs", String.class))
              .addAllParameters(f.list("parameters", ParameterUse.class))
              .addAllChildren(f.list("children", Explanation.class)).build();
        });
    record(m, Setting.class, ImmutableSet.of("urn", "name", "localAuthority", "type", "phase", "places"), (v, g) -> {
      g.writeNumberField("urn", v.urn());
      g.writeStringField("name", v.name());
      g.writeObjectField("localAuthority", v.localAuthority());
      g.writeObjectField("type", v.type());
      g.writeObjectField("phase", v.phase());
      g.writeNumberField("places", v.places());
    }, f -> Setting.builder().urn(f.required("urn", Integer.class)).name(f.required("name", String.class))
        .localAuthority(f.required("localAuthority", LocalAuthority.class)).type(f.required("type", SettingType.class))
        .phase(f.required("phase", Phase.class)).places(f.required("places", Integer.class)).build());
    record(m, Pupil.class, ImmutableSet.of("id", "dateOfBirth", "nationalCurriculumYear", "senProvision",
        "primaryNeed", "secondaryNeed", "freeSchoolMeals", "homeLocalAuthority", "setting"), (v, g) -> {
          g.writeStringField("id", v.id());
          g.writeObjectField("dateOfBirth", v.dateOfBirth());
          g.writeNumberField("nationalCurriculumYear", v.nationalCurriculumYear());
          g.writeObjectField("senProvision", v.senProvision());
          optional(g, "primaryNeed", v.primaryNeed());
          optional(g, "secondaryNeed", v.secondaryNeed());
          g.writeBooleanField("freeSchoolMeals", v.freeSchoolMeals());
          g.writeObjectField("homeLocalAuthority", v.homeLocalAuthority());
          optional(g, "setting", v.setting());
        }, f -> {
          Pupil.Builder b = Pupil.builder().id(f.required("id", String.class))
              .dateOfBirth(f.required("dateOfBirth", LocalDate.class))
              .nationalCurriculumYear(f.required("nationalCurriculumYear", Integer.class))
              .senProvision(f.required("senProvision", SenProvision.class))
              .freeSchoolMeals(f.required("freeSchoolMeals", Boolean.class))
              .homeLocalAuthority(f.required("homeLocalAuthority", LocalAuthority.class));
          f.optional("primaryNeed", NeedType.class).ifPresent(b::primaryNeed);
          f.optional("secondaryNeed", NeedType.class).ifPresent(b::secondaryNeed);
          f.optional("setting", Setting.class).ifPresent(b::setting);
          return b.build();
        });
    record(m, HighNeedsBlock.class, ImmutableSet.of("localAuthority", "financialYear", "components", "total"),
        (v, g) -> {
          g.writeObjectField("localAuthority", v.localAuthority());
          g.writeObjectField("financialYear", v.financialYear());
          g.writeObjectField("components", v.components());
          g.writeObjectField("total", v.total());
        }, f -> {
          HighNeedsBlock b = HighNeedsBlock.builder().localAuthority(f.required("localAuthority", LocalAuthority.class))
              .financialYear(f.required("financialYear", FinancialYear.class))
              .putAllComponents(f.map("components", Money.class)).build();
          f.checkDerived("total", Money.class, b.total());
          return b;
        });
    record(m, DsgAllocation.class, ImmutableSet.of("localAuthority", "financialYear", "schoolsBlock",
        "centralSchoolServicesBlock", "highNeedsBlock", "earlyYearsBlock", "total"), (v, g) -> {
          g.writeObjectField("localAuthority", v.localAuthority());
          g.writeObjectField("financialYear", v.financialYear());
          g.writeObjectField("schoolsBlock", v.schoolsBlock());
          g.writeObjectField("centralSchoolServicesBlock", v.centralSchoolServicesBlock());
          g.writeObjectField("highNeedsBlock", v.highNeedsBlock());
          g.writeObjectField("earlyYearsBlock", v.earlyYearsBlock());
          g.writeObjectField("total", v.total());
        }, f -> {
          DsgAllocation a = DsgAllocation.builder().localAuthority(f.required("localAuthority", LocalAuthority.class))
              .financialYear(f.required("financialYear", FinancialYear.class))
              .schoolsBlock(f.required("schoolsBlock", Money.class))
              .centralSchoolServicesBlock(f.required("centralSchoolServicesBlock", Money.class))
              .highNeedsBlock(f.required("highNeedsBlock", HighNeedsBlock.class))
              .earlyYearsBlock(f.required("earlyYearsBlock", Money.class)).build();
          f.checkDerived("total", Money.class, a.total());
          return a;
        });
    record(m, BlockTransfer.class, ImmutableSet.of("localAuthority", "financialYear", "amount", "schoolsBlock",
        "schoolsForumApproved"), (v, g) -> {
          g.writeObjectField("localAuthority", v.localAuthority());
          g.writeObjectField("financialYear", v.financialYear());
          g.writeObjectField("amount", v.amount());
          g.writeObjectField("schoolsBlock", v.schoolsBlock());
          g.writeBooleanField("schoolsForumApproved", v.schoolsForumApproved());
        }, f -> BlockTransfer.builder().localAuthority(f.required("localAuthority", LocalAuthority.class))
            .financialYear(f.required("financialYear", FinancialYear.class)).amount(f.required("amount", Money.class))
            .schoolsBlock(f.required("schoolsBlock", Money.class))
            .schoolsForumApproved(f.required("schoolsForumApproved", Boolean.class)).build());
    record(m, LedgerEntry.class, ImmutableSet.of("financialYear", "openingBalance", "income", "spend",
        "closingBalance"), (v, g) -> {
          g.writeObjectField("financialYear", v.financialYear());
          g.writeObjectField("openingBalance", v.openingBalance());
          g.writeObjectField("income", v.income());
          g.writeObjectField("spend", v.spend());
          g.writeObjectField("closingBalance", v.closingBalance());
        }, f -> {
          LedgerEntry e = LedgerEntry.builder().financialYear(f.required("financialYear", FinancialYear.class))
              .openingBalance(f.required("openingBalance", Money.class))
              .putAllIncome(f.map("income", Money.class)).putAllSpend(f.map("spend", Money.class)).build();
          f.checkDerived("closingBalance", Money.class, e.closingBalance());
          return e;
        });
    record(m, StatutoryOverridePeriod.class, ImmutableSet.of("from", "until", "instrument"), (v, g) -> {
      g.writeObjectField("from", v.from());
      g.writeObjectField("until", v.until());
      g.writeStringField("instrument", v.instrument());
    }, f -> StatutoryOverridePeriod.of(f.required("from", LocalDate.class), f.required("until", LocalDate.class),
        f.required("instrument", String.class)));
    record(m, DeficitLedger.class, ImmutableSet.of("localAuthority", "entries", "statutoryOverride"), (v, g) -> {
      g.writeObjectField("localAuthority", v.localAuthority());
      g.writeObjectField("entries", v.entries());
      optional(g, "statutoryOverride", v.statutoryOverride());
    }, f -> {
      DeficitLedger.Builder b = DeficitLedger.builder().localAuthority(f.required("localAuthority", LocalAuthority.class))
          .addAllEntries(f.list("entries", LedgerEntry.class));
      f.optional("statutoryOverride", StatutoryOverridePeriod.class).ifPresent(b::statutoryOverride);
      return b.build();
    });
    record(m, SafetyValveInstalment.class, ImmutableSet.of("dueYear", "amount", "conditions", "status"), (v, g) -> {
      g.writeObjectField("dueYear", v.dueYear());
      g.writeObjectField("amount", v.amount());
      g.writeObjectField("conditions", v.conditions());
      g.writeObjectField("status", v.status());
    }, f -> SafetyValveInstalment.builder().dueYear(f.required("dueYear", FinancialYear.class))
        .amount(f.required("amount", Money.class)).addAllConditions(f.list("conditions", String.class))
        .status(f.required("status", InstalmentStatus.class)).build());
    record(m, SafetyValveAgreement.class, ImmutableSet.of("localAuthority", "agreedOn", "total", "instalments"),
        (v, g) -> {
          g.writeObjectField("localAuthority", v.localAuthority());
          g.writeObjectField("agreedOn", v.agreedOn());
          g.writeObjectField("total", v.total());
          g.writeObjectField("instalments", v.instalments());
        }, f -> SafetyValveAgreement.builder().localAuthority(f.required("localAuthority", LocalAuthority.class))
            .agreedOn(f.required("agreedOn", LocalDate.class)).total(f.required("total", Money.class))
            .addAllInstalments(f.list("instalments", SafetyValveInstalment.class)).build());
    InputJson.register(m);
    ParameterJson.register(m);
    EhcpJson.register(m);
    AccountabilityJson.register(m);
    FundingJson.register(m);
    return m;
  }

  // ---- plumbing ----

  /** Writes one value's fields inside an object the caller opened. */
  @FunctionalInterface
  interface FieldWriter<T> {
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Builds one value from the fields of its object. */
  @FunctionalInterface
  interface FieldReader<T> {
    T read(JsonFields fields) throws IOException;
  }

  /** Reads one scalar value. */
  @FunctionalInterface
  interface ScalarReader<T> {
    T read(JsonParser p, DeserializationContext c) throws IOException;
  }

  static <T> void scalar(SimpleModule m, Class<T> type, FieldWriter<T> writer, ScalarReader<T> reader) {
    m.addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        writer.write(value, g);
      }
    });
    m.addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        try {
          return reader.read(p, c);
        } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
          return c.reportInputMismatch(type, "%s: %s", type.getSimpleName(), e.getMessage());
        }
      }
    });
  }

  static <T> void record(SimpleModule m, Class<T> type, ImmutableSet<String> fields, FieldWriter<T> writer,
      FieldReader<T> reader) {
    m.addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        g.writeStartObject();
        writer.write(value, g);
        g.writeEndObject();
      }
    });
    m.addDeserializer(type, new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
        JsonNode node = c.readTree(p);
        JsonFields f = JsonFields.of(node, c, type, fields);
        try {
          return reader.read(f);
        } catch (IllegalArgumentException | IllegalStateException e) {
          // the value's own checks (Immutables @Value.Check and required attributes)
          throw f.fail(e.getMessage());
        }
      }
    });
  }

  static void optional(JsonGenerator g, String name, Optional<?> value) throws IOException {
    if (value.isPresent()) {
      g.writeObjectField(name, value.get());
    }
  }

  static String text(JsonParser p, DeserializationContext c, Class<?> type) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return c.reportInputMismatch(type, "%s: expected a string but was %s", type.getSimpleName(), p.currentToken());
    }
    return p.getText();
  }

  private static Money readMoney(JsonParser p, DeserializationContext c) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return c.reportInputMismatch(Money.class, "Money: expected a whole number of pence but was %s '%s'",
          p.currentToken(), p.getText());
    }
    if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
      return c.reportInputMismatch(Money.class, "Money: %s pence is out of range", p.getText());
    }
    return Money.ofPence(p.getLongValue());
  }

  private static LocalDate readDate(JsonParser p, DeserializationContext c) throws IOException {
    return LocalDate.parse(text(p, c, LocalDate.class));
  }

  private static LocalAuthority readAuthority(JsonParser p, DeserializationContext c, LocalAuthorities register)
      throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      return c.reportInputMismatch(LocalAuthority.class,
          "LocalAuthority: expected a DfE LA code (a number) but was %s", p.currentToken());
    }
    int code = p.getIntValue();
    return register.findByCode(code).orElseThrow(() ->
        new IllegalArgumentException("no LA with DfE code " + code + " in the register"));
  }
}
