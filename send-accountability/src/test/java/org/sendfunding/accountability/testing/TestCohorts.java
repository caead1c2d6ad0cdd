package org.sendfunding.accountability.testing;

import java.util.List;
import org.sendfunding.accountability.cohort.KeyStage4Pupil;
import org.sendfunding.accountability.cohort.School;
import org.sendfunding.model.authority.LocalAuthorities;
import org.sendfunding.model.pupil.NeedType;
import org.sendfunding.model.pupil.SenProvision;
import org.sendfunding.model.setting.SettingType;

/** Small hand-made schools and pupils for tests. */
public final class TestCohorts {

  public static final int SCHOOL_A = 100001;
  public static final int SCHOOL_B = 100002;
  public static final int SPECIAL = 100003;

  private TestCohorts() {}

  public static List<School> schools() {
    return List.of(
        school(SCHOOL_A, "School A", 202, SettingType.MAINSTREAM_ACADEMY),
        school(SCHOOL_B, "School B", 202, SettingType.MAINSTREAM_MAINTAINED),
        school(SPECIAL, "Special C", 202, SettingType.MAINTAINED_SPECIAL));
  }

  public static School school(int urn, String name, int la, SettingType type) {
    return School.builder().urn(urn).name(name).localAuthority(LocalAuthorities.england().byCode(la)).type(type).build();
  }

  /** A pupil with no SEN, a supplied prior-attainment group, six terms at their school. */
  public static KeyStage4Pupil.Builder pupil(String id, int urn, int group, double a8) {
    return base(id, urn).priorAttainmentGroup(group).attainment8(a8).putTermsOnRoll(urn, 6);
  }

  public static KeyStage4Pupil.Builder base(String id, int urn) {
    return KeyStage4Pupil.builder().id(id).schoolUrn(urn).senProvision(SenProvision.NO_SEN)
        .freeSchoolMeals(false).idaci(0.2).englishAdditionalLanguage(false).lookedAfter(false)
        .monthOfBirth(9).leftWithoutKnownDestination(false);
  }

  public static KeyStage4Pupil.Builder withEhcp(KeyStage4Pupil.Builder b, NeedType need) {
    return b.senProvision(SenProvision.EHC_PLAN).primaryNeed(need);
  }
}
