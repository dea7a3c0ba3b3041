package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One meter per tier and edition, registered once and found again. */
final class AssessmentMetersTest {
  private static final Assessor DEFAULT = Eligibility.assessor(Eligibility.defaultEdition());

  /** A meter as the registrar was asked for it. */
  private record Meter(String name, String description, List<String> tags) {}

  private final List<Meter> registered = new ArrayList<>();
  private final AssessmentMeters<Meter> meters =
      new AssessmentMeters<>(
          (name, description, tags) -> {
            Meter meter = new Meter(name, description, List.of(tags));
            registered.add(meter);
            return meter;
          });

  private static Assessment assess(Role role, Sector sector, Stage stage, int years) {
    Application application =
        Applications.product(role, List.of(sector), Pathway.DRUG, stage, years);
    return DEFAULT.assess(application);
  }

  @Test
  void of_anAssessment_isItsTiersMeterOfItsEdition() {
    Assessment assessment = assess(Role.INNOVATOR, Sector.STEM_CELLS, Stage.PRECLINICAL, 3);

    Meter meter = meters.of(assessment);

    String edition = assessment.getPolicy().getId() + "@" + assessment.getPolicy().getVersion();
    assertThat(meter)
        .isEqualTo(
            new Meter(
                "eligibility.assessments",
                "Applications assessed, by tier and edition",
                List.of("tier", assessment.getTier().name(), "edition", edition)));
    assertThat(AssessmentMeters.edition(assessment.getPolicy())).isEqualTo(edition);
  }

  @Test
  void of_registersEachTierOnceAnEdition() {
    Assessment first = assess(Role.INNOVATOR, Sector.STEM_CELLS, Stage.PRECLINICAL, 3);
    Assessment ineligible = assess(Role.INNOVATOR, Sector.NON_REGENERATIVE, Stage.MARKETED, 0);

    Meter meter = meters.of(first);
    Meter again = meters.of(first);
    Meter other = meters.of(ineligible);

    assertThat(again).isSameAs(meter);
    assertThat(ineligible.getTier()).isEqualTo(Tier.INELIGIBLE).isNotEqualTo(first.getTier());
    assertThat(other).isNotEqualTo(meter);
    assertThat(other.tags()).containsSubsequence("tier", "INELIGIBLE");
    assertThat(registered)
        .hasSize(Tier.values().length)
        .extracting(m -> m.tags().get(1))
        .containsExactly(Arrays.stream(Tier.values()).map(Tier::name).toArray(String[]::new));
  }
}
