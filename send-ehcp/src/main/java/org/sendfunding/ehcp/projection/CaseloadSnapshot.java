package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.sendfunding.model.authority.LocalAuthority;
import org.sendfunding.model.pupil.Pupil;
import org.sendfunding.model.pupil.SenProvision;

/**
 * The pupils with an EHC plan in one year (for example the January census), each with their state.
 *
 * <pre>{@code
 * CaseloadSnapshot jan2024 = CaseloadSnapshot.builder()
 *     .year(2024)
 *     .putPupils("P1", CaseloadState.of(3, NeedType.ASD, SettingType.MAINSTREAM_MAINTAINED))
 *     .putPupils("P2", CaseloadState.of(9, NeedType.SEMH, SettingType.INDEPENDENT_SPECIAL))
 *     .build();
 * }</pre>
 *
 * <p>Pupil identifiers link snapshots, so that the model can tell joiners, movers and leavers apart.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseloadSnapshot {

  CaseloadSnapshot() {}

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CaseloadSnapshot}. */
  public static final class Builder extends ImmutableCaseloadSnapshot.Builder {
    Builder() {}
  }

  /**
   * The snapshot of the pupils with an EHC plan (provision E) among census pupils.
   *
   * @param year the census year
   * @param pupils census pupils; those without a plan are ignored
   * @return the snapshot
   * @throws IllegalArgumentException listing pupils with a plan but no primary need or no setting
   */
  public static CaseloadSnapshot fromPupils(int year, Iterable<Pupil> pupils) {
    Builder b = builder().year(year);
    List<String> errors = new ArrayList<>();
    for (Pupil p : pupils) {
      if (p.senProvision() != SenProvision.EHC_PLAN) {
        continue;
      }
      if (p.primaryNeed().isEmpty() || p.setting().isEmpty()) {
        errors.add(p.id() + " has a plan but no " + (p.primaryNeed().isEmpty() ? "primary need" : "setting"));
        continue;
      }
      b.putPupils(p.id(), CaseloadState.of(p.nationalCurriculumYear(), p.primaryNeed().get(), p.setting().get().type()));
    }
    Preconditions.checkArgument(errors.isEmpty(), "CaseloadSnapshot %s: %s", year, String.join("; ", errors));
    return b.build();
  }

  /** The calendar year of the snapshot (the January census year). */
  public abstract int year();

  /** The LA, if the snapshot is for one. */
  public abstract Optional<LocalAuthority> localAuthority();

  /** Each pupil's state, by pupil id. */
  public abstract ImmutableMap<String, CaseloadState> pupils();

  /** The number of pupils. */
  public int total() {
    return pupils().size();
  }

  /** Counts by state index. */
  @Value.Lazy
  int[] counts() {
    int[] c = new int[CaseloadState.STATES];
    for (Map.Entry<String, CaseloadState> e : pupils().entrySet()) {
      c[e.getValue().index()]++;
    }
    return c;
  }

  @Override
  public String toString() {
    return "CaseloadSnapshot[" + year() + localAuthority().map(la -> ", " + la.name()).orElse("") + ", "
        + total() + " pupils]";
  }
}
