package io.github.regeneligibility.spring;

import static io.github.regeneligibility.json.PolicyFiles.edition;
import static io.github.regeneligibility.spring.Fixtures.JUNE_2026;
import static io.github.regeneligibility.spring.Fixtures.VALID;
import static io.github.regeneligibility.spring.Fixtures.clockOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessor of the edition in force at each call. */
final class LiveAssessorTest {
  private static final PolicyEdition E2026 = Eligibility.defaultEdition();

  private static final PolicyEdition E2026_9 = edition("2026.9", LocalDate.of(2026, 1, 1));
  private static final PolicyEdition MARCH = edition("2026.3", LocalDate.of(2026, 3, 1));

  /** An application that is {@code ELIGIBLE}, so that it has improvements. */
  private static final Application APPLICATION =
      EligibilityJson.create()
          .readApplication(
              VALID
                  .replace("MANUFACTURER", "INNOVATOR")
                  .replace("MARKETED", "PRECLINICAL")
                  .replace("\"yearsToIndustrialization\": 0", "\"yearsToIndustrialization\": 4"))
          .application()
          .orElseThrow();

  private static PolicyEditions served(PolicyEdition... editions) {
    return Eligibility.editions(List.of(editions), clockOn(JUNE_2026).clock());
  }

  @Test
  void assess_followsTheEditionsServedAndHandsOverEachAssessment() {
    LiveEditions live = LiveEditions.of(served(E2026));
    List<Assessment> handed = new ArrayList<>();
    LiveAssessor assessor = new LiveAssessor(live, handed::add);

    Assessment before = assessor.assess(APPLICATION);
    live.apply(served(E2026_9));
    Assessment after = assessor.assess(APPLICATION);

    assertThat(before.getPolicy()).isEqualTo(E2026.getReference());
    assertThat(after.getPolicy()).isEqualTo(E2026_9.getReference());
    assertThat(assessor.getEdition()).isEqualTo(E2026_9);
    assertThat(handed).containsExactly(before, after);
  }

  @Test
  void improvements_areThoseOfTheEditionTheAssessmentWasMadeUnder() {
    LiveEditions live = LiveEditions.of(served(E2026));
    LiveAssessor assessor = new LiveAssessor(live, assessment -> {});
    Assessment eligible = assessor.assess(APPLICATION);
    live.apply(served(E2026, MARCH));

    assertThat(assessor.getEdition()).isEqualTo(MARCH);
    assertThat(eligible.getTier()).isEqualTo(Tier.ELIGIBLE);
    assertThat(assessor.improvements(eligible))
        .isNotEmpty()
        .isEqualTo(Eligibility.assessor(E2026).improvements(eligible));
  }

  @Test
  void improvements_ofAnEditionNoLongerServed_areRefusedNamingIt() {
    LiveEditions live = LiveEditions.of(served(E2026));
    LiveAssessor assessor = new LiveAssessor(live, assessment -> {});
    Assessment eligible = assessor.assess(APPLICATION);
    live.apply(served(E2026_9));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> assessor.improvements(eligible))
        .withMessage(
            "assessment of T-1 was made under edition park-intake 2026.1, which is no longer"
                + " served");
  }
}
