package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The changes of a valid application ({@code with…IfValid}) accept exactly what the validator
 * accepts: each change is compared with validating the changed form.
 */
final class ApplicationChangesTest {
  private static final ApplicationValidator VALIDATOR = ApplicationValidator.shared();

  static Stream<Application> applications() {
    return Stream.of(
            ApplicationValidatorTest.innovator().build(),
            ApplicationValidatorTest.innovator()
                .pathway(Pathway.CLINICAL_RESEARCH)
                .stage(Stage.PRECLINICAL)
                .build(),
            ApplicationValidatorTest.serviceProvider().build())
        .map(form -> VALIDATOR.validate(form).orElseThrow());
  }

  private static void assertSameAsValidator(
      Optional<Application> changed,
      Function<ApplicationForm.Builder, ApplicationForm.Builder> edit,
      Application application) {
    ApplicationForm.Builder form = new ApplicationForm.Builder().from(application.toForm());
    ValidationResult validated = VALIDATOR.validate(edit.apply(form).build());

    assertThat(changed).isEqualTo(validated.getApplication());
  }

  @ParameterizedTest
  @MethodSource("applications")
  void withStageIfValid_acceptsExactlyWhatTheValidatorAccepts(Application application) {
    for (Stage stage : Stage.values()) {
      assertSameAsValidator(application.withStageIfValid(stage), f -> f.stage(stage), application);
    }
  }

  @ParameterizedTest
  @MethodSource("applications")
  void withYearsIfValid_acceptsExactlyWhatTheValidatorAccepts(Application application) {
    for (int years = -2; years <= 52; years++) {
      int value = years;
      assertSameAsValidator(
          application.withYearsToIndustrializationIfValid(value),
          f -> f.yearsToIndustrialization(value),
          application);
    }
  }

  @ParameterizedTest
  @MethodSource("applications")
  void withSectorsIfValid_acceptsExactlyWhatTheValidatorAccepts(Application application) {
    List<List<Sector>> candidates = new ArrayList<>();
    candidates.add(List.of());
    candidates.add(List.of(Sector.STEM_CELLS, Sector.STEM_CELLS));
    for (int mask = 1; mask < 1 << Sector.values().length; mask++) {
      List<Sector> sectors = new ArrayList<>();
      for (Sector sector : Sector.values()) {
        if ((mask & (1 << sector.ordinal())) != 0) {
          sectors.add(sector);
        }
      }
      candidates.add(sectors);
    }
    for (List<Sector> sectors : candidates) {
      assertSameAsValidator(
          application.withSectorsIfValid(sectors),
          f -> new ApplicationForm.Builder().from(f.build()).sectors(sectors),
          application);
    }
  }

  @ParameterizedTest
  @MethodSource("applications")
  void withPrimarySectorIfValid_acceptsExactlyWhatTheValidatorAccepts(Application application) {
    for (Sector primary : Sector.values()) {
      assertSameAsValidator(
          application.withPrimarySectorIfValid(primary),
          f -> f.primarySector(primary),
          application);
    }
  }
}
