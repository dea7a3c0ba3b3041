package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ApplicationValidatorTest {

  private static final ApplicationValidator VALIDATOR = ApplicationValidator.shared();

  /** A valid product-role form every single-rule mutation starts from. */
  static ApplicationForm.Builder innovator() {
    ApplicationForm.Builder builder = new ApplicationForm.Builder();
    builder
        .id("APP-2026.0001_x")
        .projectName("Allogeneic MSC therapy")
        .applicantName("Example Regenerative Co.")
        .origin(Origin.DOMESTIC)
        .role(Role.INNOVATOR)
        .addSectors(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING)
        .primarySector(Sector.STEM_CELLS)
        .pathway(Pathway.DRUG)
        .stage(Stage.CLINICAL_APPROVED)
        .yearsToIndustrialization(4);
    return builder;
  }

  /**
   * A valid service-role form: the innovator's, as a foreign service provider in one sector, with
   * neither pathway nor stage.
   */
  static ApplicationForm.Builder serviceProvider() {
    return fresh()
        .from(without(innovator().build(), "sectors", "primarySector", "pathway", "stage"))
        .origin(Origin.FOREIGN)
        .role(Role.SERVICE_PROVIDER)
        .addSectors(Sector.IMMUNE_CELLS)
        .primarySector(Sector.IMMUNE_CELLS);
  }

  /** Values that break one rule of a name, by the rule's code without the name's prefix. */
  private static final ImmutableMap<String, List<String>> BROKEN_NAMES =
      ImmutableMap.of(
          "BLANK", List.of("   ", ""),
          "LENGTH", List.of("x".repeat(201), "名".repeat(201)),
          "CONTROL_CHARACTER", List.of("tab\there", "bell\u0007"),
          "UNPAIRED_SURROGATE", List.of("half \uD800 alone", "\uDE00\uD83D", "ends \uDBFF"));

  static Stream<Arguments> singleRuleMutations() {
    Stream<Arguments> id =
        Stream.of(
            missing(ValidityCode.ID_REQUIRED, "id"),
            rule(ValidityCode.ID_FORMAT, b -> b.id("PUB 15")),
            rule(ValidityCode.ID_FORMAT, b -> b.id("")),
            rule(ValidityCode.ID_FORMAT, b -> b.id("a".repeat(65))));
    Stream<Arguments> rest =
        Stream.of(
            missing(ValidityCode.ORIGIN_REQUIRED, "origin"),
            missing(ValidityCode.ROLE_REQUIRED, "role"),
            missing(ValidityCode.SECTORS_COUNT, "sectors"),
            rule(
                ValidityCode.SECTORS_DUPLICATE,
                b ->
                    fresh()
                        .from(without(b.build(), "sectors"))
                        .addSectors(Sector.STEM_CELLS, Sector.STEM_CELLS)),
            missing(ValidityCode.PRIMARY_SECTOR_REQUIRED, "primarySector"),
            rule(
                ValidityCode.PRIMARY_SECTOR_NOT_IN_SECTORS,
                b -> b.primarySector(Sector.BIOMATERIALS)),
            missing(ValidityCode.PATHWAY_REQUIRED, "pathway"),
            missing(ValidityCode.STAGE_REQUIRED, "stage"),
            rule(
                ValidityCode.STAGE_BEYOND_RESEARCH_TRACK,
                b -> b.pathway(Pathway.CLINICAL_RESEARCH).stage(Stage.CLINICAL_TRIAL_PIVOTAL)),
            missing(ValidityCode.YEARS_REQUIRED, "years"),
            rule(ValidityCode.YEARS_RANGE, b -> b.yearsToIndustrialization(51)),
            rule(ValidityCode.YEARS_RANGE, b -> b.yearsToIndustrialization(-1)));
    return Stream.of(
            id,
            nameRules("PROJECT_NAME", "projectName", ApplicationForm.Builder::projectName),
            nameRules("APPLICANT_NAME", "applicantName", ApplicationForm.Builder::applicantName),
            rest)
        .flatMap(rules -> rules);
  }

  /**
   * The rules of a name, the same for both names: missing, then each value of {@link #BROKEN_NAMES}
   * given to it by {@code name}.
   */
  private static Stream<Arguments> nameRules(
      String prefix,
      String attribute,
      BiFunction<ApplicationForm.Builder, String, ApplicationForm.Builder> name) {
    return Stream.concat(
        Stream.of(missing(ValidityCode.valueOf(prefix + "_REQUIRED"), attribute)),
        BROKEN_NAMES.entrySet().stream()
            .flatMap(
                broken ->
                    broken.getValue().stream()
                        .map(
                            value ->
                                rule(
                                    ValidityCode.valueOf(prefix + "_" + broken.getKey()),
                                    b -> name.apply(b, value)))));
  }

  private static Arguments rule(
      ValidityCode code, UnaryOperator<ApplicationForm.Builder> mutation) {
    return Arguments.of(code, mutation.apply(innovator()).build());
  }

  /** A form without the named attribute, which breaks the rule {@code code}. */
  private static Arguments missing(ValidityCode code, String attribute) {
    return rule(code, b -> fresh().from(without(b.build(), attribute)));
  }

  private static ApplicationForm.Builder fresh() {
    return new ApplicationForm.Builder();
  }

  /** Returns {@code form} without the named attributes. */
  private static ApplicationForm without(ApplicationForm form, String... attributes) {
    Set<String> gone = Set.of(attributes);
    ApplicationForm.Builder copy = new ApplicationForm.Builder();
    form.getId().filter(x -> !gone.contains("id")).ifPresent(copy::id);
    form.getProjectName().filter(x -> !gone.contains("projectName")).ifPresent(copy::projectName);
    form.getApplicantName()
        .filter(x -> !gone.contains("applicantName"))
        .ifPresent(copy::applicantName);
    form.getOrigin().filter(x -> !gone.contains("origin")).ifPresent(copy::origin);
    form.getRole().filter(x -> !gone.contains("role")).ifPresent(copy::role);
    if (!gone.contains("sectors")) {
      copy.addAllSectors(form.getSectors());
    }
    form.getPrimarySector()
        .filter(x -> !gone.contains("primarySector"))
        .ifPresent(copy::primarySector);
    form.getPathway().filter(x -> !gone.contains("pathway")).ifPresent(copy::pathway);
    form.getStage().filter(x -> !gone.contains("stage")).ifPresent(copy::stage);
    form.getYearsToIndustrialization()
        .filter(x -> !gone.contains("years"))
        .ifPresent(copy::yearsToIndustrialization);
    return copy.build();
  }

  @Test
  void validate_validForms_yieldApplicationsCarryingEveryAttribute() {
    ValidationResult product = VALIDATOR.validate(innovator().build());
    ValidationResult service = VALIDATOR.validate(serviceProvider().build());

    assertThat(product.getViolations()).isEmpty();
    Application application = product.orElseThrow();
    assertThat(application.getId()).isEqualTo("APP-2026.0001_x");
    assertThat(application.getProjectName()).isEqualTo("Allogeneic MSC therapy");
    assertThat(application.getApplicantName()).isEqualTo("Example Regenerative Co.");
    assertThat(application.getOrigin()).isEqualTo(Origin.DOMESTIC);
    assertThat(application.getRole()).isEqualTo(Role.INNOVATOR);
    assertThat(application.getSectors())
        .containsExactly(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING);
    assertThat(application.getPrimarySector()).isEqualTo(Sector.STEM_CELLS);
    assertThat(application.getPathway()).contains(Pathway.DRUG);
    assertThat(application.getStage()).contains(Stage.CLINICAL_APPROVED);
    assertThat(application.getYearsToIndustrialization()).isEqualTo(4);
    assertThat(service.orElseThrow().getPathway()).isEmpty();
    assertThat(service.orElseThrow().getStage()).isEmpty();
    assertThat(service.orElseThrow().getRole()).isEqualTo(Role.SERVICE_PROVIDER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleRuleMutations")
  void validate_oneRuleBroken_yieldsExactlyThatViolation(ValidityCode code, ApplicationForm form) {
    ValidationResult result = VALIDATOR.validate(form);

    assertThat(result.isValid()).isFalse();
    assertThat(result.getApplication()).isEmpty();
    assertThat(result.getViolations())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(code.field(), code));
  }

  @Test
  void validate_everyProblemCode_isProducedBySomeMutationOrServiceCase() {
    Stream<ValidityCode> fromMutations =
        singleRuleMutations().map(arguments -> (ValidityCode) arguments.get()[0]);
    List<ValidityCode> fromServices =
        List.of(ValidityCode.PATHWAY_NOT_ALLOWED, ValidityCode.STAGE_NOT_ALLOWED);

    assertThat(Stream.concat(fromMutations, fromServices.stream()).distinct())
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(ValidityCode.class));
  }

  @Test
  void validate_serviceGivingPathwayAndStage_reportsBothFields() {
    ValidationResult result =
        VALIDATOR.validate(
            serviceProvider().pathway(Pathway.DRUG).stage(Stage.PRECLINICAL).build());

    assertThat(result.getViolations())
        .extracting(Problem::getCode)
        .containsExactly(ValidityCode.PATHWAY_NOT_ALLOWED, ValidityCode.STAGE_NOT_ALLOWED);
  }

  @Test
  void validate_researchTrackAtCeiling_isValid() {
    ApplicationForm form =
        innovator().pathway(Pathway.CLINICAL_RESEARCH).stage(Stage.CLINICAL_TRIAL_EARLY).build();

    assertThat(VALIDATOR.validate(form).isValid()).isTrue();
  }

  @Test
  void validate_emptyForm_reportsEveryRequiredFieldInFieldOrder() {
    ValidationResult result = VALIDATOR.validate(new ApplicationForm.Builder().build());

    assertThat(result.getViolations())
        .extracting(Problem::getCode)
        .containsExactly(
            ValidityCode.ID_REQUIRED,
            ValidityCode.PROJECT_NAME_REQUIRED,
            ValidityCode.APPLICANT_NAME_REQUIRED,
            ValidityCode.ORIGIN_REQUIRED,
            ValidityCode.ROLE_REQUIRED,
            ValidityCode.SECTORS_COUNT,
            ValidityCode.PRIMARY_SECTOR_REQUIRED,
            ValidityCode.YEARS_REQUIRED);
  }

  @Test
  void validate_violation_hasPinnedMessagesInBothLanguages() {
    Problem violation =
        VALIDATOR
            .validate(innovator().primarySector(Sector.BIOMATERIALS).build())
            .getViolations()
            .get(0);

    assertThat(violation.getMessage(Language.ENGLISH))
        .isEqualTo("primarySector must be one of sectors: add it to sectors or choose another.");
    assertThat(violation.getMessage(Language.CHINESE))
        .isEqualTo("“主要领域”须为“所属领域”之一：请将其加入“所属领域”，或另选主要领域。");
  }

  @Test
  void validate_lengthMessage_namesTheLimitFromTheConstraint() {
    Problem violation =
        VALIDATOR.validate(innovator().projectName("x".repeat(201)).build()).getViolations().get(0);

    assertThat(violation.getMessage(Language.ENGLISH))
        .isEqualTo("projectName must be at most 200 characters.");
    assertThat(violation.getMessage(Language.CHINESE)).isEqualTo("“项目名称”最多 200 个字符。");
  }

  @Test
  void orElseThrow_invalidForm_throwsWithEveryViolation() {
    ApplicationForm form = innovator().id("bad id").yearsToIndustrialization(99).build();

    assertThatThrownBy(() -> VALIDATOR.validate(form).orElseThrow())
        .isInstanceOf(InvalidApplicationException.class)
        .hasMessage(
            "Invalid application: id: id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_'"
                + " and '-'.; yearsToIndustrialization: yearsToIndustrialization must be a whole"
                + " number from 0 to 50.")
        .satisfies(
            e ->
                assertThat(((InvalidApplicationException) e).getViolations())
                    .extracting(Problem::getPath)
                    .containsExactly("id", "yearsToIndustrialization"));
  }

  @Test
  void validate_sameSectorsInAnotherOrder_yieldEqualApplications() {
    Application one = VALIDATOR.validate(innovator().build()).orElseThrow();
    Application other =
        VALIDATOR
            .validate(
                fresh()
                    .from(without(innovator().build(), "sectors"))
                    .addSectors(Sector.TISSUE_ENGINEERING, Sector.STEM_CELLS)
                    .build())
            .orElseThrow();

    assertThat(other).isEqualTo(one);
    assertThat(other.getSectors()).containsExactly(Sector.STEM_CELLS, Sector.TISSUE_ENGINEERING);
  }

  @Test
  void application_equalsAndHashCode_followEveryAttribute() {
    Application base = VALIDATOR.validate(innovator().build()).orElseThrow();

    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(base, VALIDATOR.validate(innovator().build()).orElseThrow())
        .addEqualityGroup(VALIDATOR.validate(innovator().id("OTHER").build()).orElseThrow())
        .addEqualityGroup(
            VALIDATOR.validate(innovator().projectName("Other").build()).orElseThrow())
        .addEqualityGroup(
            VALIDATOR.validate(innovator().applicantName("Other").build()).orElseThrow())
        .addEqualityGroup(
            VALIDATOR.validate(innovator().origin(Origin.FOREIGN).build()).orElseThrow())
        .addEqualityGroup(
            VALIDATOR.validate(innovator().role(Role.MANUFACTURER).build()).orElseThrow())
        .addEqualityGroup(
            base.withSectorsIfValid(java.util.List.of(Sector.STEM_CELLS)).orElseThrow())
        .addEqualityGroup(base.withPrimarySectorIfValid(Sector.TISSUE_ENGINEERING).orElseThrow())
        .addEqualityGroup(
            VALIDATOR.validate(innovator().pathway(Pathway.DEVICE).build()).orElseThrow())
        .addEqualityGroup(base.withStageIfValid(Stage.MARKETED).orElseThrow())
        .addEqualityGroup(base.withYearsToIndustrializationIfValid(5).orElseThrow())
        .testEquals();
    assertThat(base.toString())
        .isEqualTo(
            "Application{id=APP-2026.0001_x, projectName=Allogeneic MSC therapy,"
                + " applicantName=Example Regenerative Co., origin=DOMESTIC, role=INNOVATOR,"
                + " sectors=[STEM_CELLS, TISSUE_ENGINEERING], primarySector=STEM_CELLS, pathway=DRUG,"
                + " stage=CLINICAL_APPROVED, yearsToIndustrialization=4}");
  }

  @Test
  void toForm_validatesBackToAnEqualApplication() {
    Application application = VALIDATOR.validate(innovator().build()).orElseThrow();

    assertThat(VALIDATOR.validate(application.toForm()).orElseThrow()).isEqualTo(application);
  }
}
