package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The public enumeration of the valid domain: its size, its arithmetic and its refusals. */
final class ApplicationDomainTest {

  @Test
  void size_isChoicesTimesProfilesTimesYears() {
    assertThat(ApplicationDomain.sectorChoices()).hasSize(448);
    assertThat(ApplicationDomain.profiles()).hasSize(48);
    assertThat(ApplicationDomain.size())
        .isEqualTo(ApplicationDomain.SIZE)
        .isEqualTo(448 * 48 * 51)
        .isEqualTo((int) ApplicationDomain.indices().count());
  }

  @Test
  void indexOf_everySeventeenthShapesApplication_isThatShape() {
    assertThat(
            IntStream.iterate(0, i -> i < ApplicationDomain.SIZE, i -> i + 17)
                .filter(i -> ApplicationDomain.indexOf(ApplicationDomain.application(i)) != i))
        .isEmpty();
  }

  @Test
  void application_lastShape_hasEverySectorTheLastProfileAnd50Years() {
    Application last = ApplicationDomain.application(ApplicationDomain.SIZE - 1);

    assertThat(last.getSectors()).containsExactly(Sector.values());
    assertThat(last.getPrimarySector()).isEqualTo(Sector.NON_REGENERATIVE);
    assertThat(last.getRole()).isEqualTo(Role.SUPPLY_CHAIN);
    assertThat(last.getYearsToIndustrialization()).isEqualTo(50);
    assertThat(last.getId()).isEqualTo("DOMAIN-" + (ApplicationDomain.SIZE - 1));
  }

  @Test
  void decomposition_index_givesItsParts() {
    int index = ApplicationDomain.index(100, 7, 33);

    assertThat(ApplicationDomain.sectorChoiceOf(index)).isEqualTo(100);
    assertThat(ApplicationDomain.profileOf(index)).isEqualTo(7);
    assertThat(ApplicationDomain.yearsOf(index)).isEqualTo(33);
    assertThat(
            ApplicationDomain.applications().limit(3).map(Application::getYearsToIndustrialization))
        .containsExactly(0, 1, 2);
  }

  @Test
  void index_outOfRange_namesTheArgument() {
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> ApplicationDomain.index(0, 48, 0))
        .withMessage("profile must be from 0 to 47, not 48");
    assertThatExceptionOfType(IndexOutOfBoundsException.class)
        .isThrownBy(() -> ApplicationDomain.form(ApplicationDomain.SIZE))
        .withMessage("index must be from 0 to 1096703, not 1096704");
  }

  @Test
  void sectorChoiceAndProfile_invalidCombinations_areRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ApplicationDomain.sectorChoice(EnumSet.of(Sector.STEM_CELLS), Sector.BIOMATERIALS))
        .withMessage("primary BIOMATERIALS is not among the sectors [STEM_CELLS]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ApplicationDomain.sectorChoice(Set.of(), Sector.BIOMATERIALS));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ApplicationDomain.profile(
                    Role.INNOVATOR,
                    Optional.of(Pathway.CLINICAL_RESEARCH),
                    Optional.of(Stage.MARKETED)))
        .withMessageContaining("no valid profile");
  }
}
