package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.FormGenerators;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.model.ValidityCode;
import io.github.regeneligibility.rules.EditionGenerators.EditionBreach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The enumeration and the generators produce what the laws need: every valid shape once with the
 * right neighbours, and examples of every tier, every stage and every broken rule, so that no law
 * holds only because its premise never occurs.
 */
@ExtendWith(EveryShape.class)
final class GeneratorsTest {

  private static final Laws DEFAULT_LAWS = new Laws(Eligibility.defaultEdition());

  @Test
  @DisplayName(
      "The enumeration holds every valid shape exactly once, and the neighbours it gives are the"
          + " next stage, one year fewer and one more sector.")
  void theEnumerationHoldsEveryValidShapeExactlyOnceWithItsNeighbours() {
    int sectors = Sector.values().length;
    int pairs = sectors << (sectors - 1); // each of n sectors is in 2^(n-1) sets, once primary
    int profiles = 0;
    for (Role role : Role.values()) {
      profiles +=
          role.isProductRole()
              ? Arrays.stream(Pathway.values()).mapToInt(p -> p.highestStage().ordinal() + 1).sum()
              : 1;
    }
    assertThat(Shapes.count()).isEqualTo(pairs * profiles * (Application.MAX_YEARS + 1));

    BitSet seen = new BitSet();
    List<String> problems = new ArrayList<>();
    for (int shape = 0; shape < Shapes.count() && problems.size() < 10; shape++) {
      Application application = Shapes.get(shape);
      int key = key(application);
      if (seen.get(key)) {
        problems.add("twice: " + application);
      }
      seen.set(key);
      checkNeighbours(shape, application, problems);
    }

    assertThat(problems).isEmpty();
  }

  private static void checkNeighbours(int shape, Application application, List<String> problems) {
    Optional<Stage> stage = application.getStage();
    boolean hasLater =
        stage.isPresent() && stage.get() != application.getPathway().orElseThrow().highestStage();
    int later = Shapes.laterStage(shape);
    if (hasLater != (later >= 0)
        || (later >= 0 && key(Shapes.get(later)) != key(application, next(stage.get()), 0, null))) {
      problems.add("later stage of " + application);
    }
    int fewer = Shapes.oneYearFewer(shape);
    int years = application.getYearsToIndustrialization();
    if ((years > 0) != (fewer >= 0)
        || (fewer >= 0
            && key(Shapes.get(fewer)) != key(application, stage.orElse(null), -1, null))) {
      problems.add("one year fewer than " + application);
    }
    int[] expected =
        Arrays.stream(Sector.values())
            .filter(sector -> !application.getSectors().contains(sector))
            .mapToInt(sector -> key(application, stage.orElse(null), 0, sector))
            .sorted()
            .toArray();
    int[] larger = Shapes.oneMoreSector(shape).map(s -> key(Shapes.get(s))).sorted().toArray();
    if (!Arrays.equals(larger, expected)) {
      problems.add("one more sector than " + application);
    }
  }

  @Test
  @DisplayName(
      "The enumeration reaches every tier and every stage, role, pathway, origin, sector set and"
          + " year.")
  void theEnumerationReachesEveryTierAndEveryStage() {
    List<Application> shapes = Shapes.all().mapToObj(Shapes::get).toList();

    assertThat(Shapes.all().mapToObj(DEFAULT_LAWS::assess))
        .extracting(Assessment::getTier)
        .containsAll(EnumSet.allOf(Tier.class));
    assertThat(shapes)
        .flatExtracting(application -> application.getStage().stream().toList())
        .containsAll(EnumSet.allOf(Stage.class));
    assertThat(shapes)
        .flatExtracting(application -> application.getPathway().stream().toList())
        .containsAll(EnumSet.allOf(Pathway.class));
    assertThat(shapes).extracting(Application::getRole).containsAll(EnumSet.allOf(Role.class));
    assertThat(shapes).extracting(Application::getOrigin).containsAll(EnumSet.allOf(Origin.class));
    assertThat(shapes.stream().map(Application::getSectors).distinct())
        .hasSize((1 << Sector.values().length) - 1);
    assertThat(shapes.stream().mapToInt(Application::getYearsToIndustrialization).distinct())
        .hasSize(Application.MAX_YEARS + 1);
  }

  @Test
  @DisplayName(
      "The edition generator reaches every tier and every stage as the milestone, and the policy"
          + " check accepts most of its editions.")
  void theEditionGeneratorReachesEveryTierAndEveryStage() {
    int examples = 200;
    AtomicInteger accepted = new AtomicInteger();
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    Set<Stage> milestones = EnumSet.noneOf(Stage.class);
    EditionGenerators.forAcceptedCandidates(
        examples,
        (draft, edition, sample) -> {
          accepted.incrementAndGet();
          milestones.add(edition.getPriorityMilestone());
          Laws laws = new Laws(edition);
          sample.forEach(shape -> tiers.add(laws.assess(shape).getTier()));
        });

    assertThat(tiers).containsExactlyInAnyOrder(Tier.values());
    assertThat(milestones).containsExactlyInAnyOrder(Stage.values());
    assertThat(accepted.get()).isGreaterThan(examples / 2);
  }

  @Test
  @DisplayName("The broken-edition generator reaches every way of breaking a promise.")
  void theBrokenEditionGeneratorReachesEveryWayOfBreakingAPromise() {
    Set<EditionBreach> breaches = EnumSet.noneOf(EditionBreach.class);
    qt().withExamples(1_000)
        .forAll(EditionGenerators.brokenEditions())
        .checkAssert(broken -> breaches.add(broken.breach()));

    assertThat(breaches).containsExactlyInAnyOrder(EditionBreach.values());
  }

  private static final Set<ValidityCode> VALIDITY_RULES = EnumSet.allOf(ValidityCode.class);

  @Test
  @DisplayName(
      "The form generators reach every tier and every stage, and the table of breaches every"
          + " violation code.")
  void theFormGeneratorsReachEveryTierAndEveryStageAndEveryViolationCode() {
    Set<Tier> tiers = EnumSet.noneOf(Tier.class);
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    Set<ValidityCode> codes = EnumSet.noneOf(ValidityCode.class);
    qt().withExamples(3_000)
        .forAll(FormGenerators.brokenForms())
        .checkAssert(
            broken -> {
              Application application =
                  ApplicationValidator.shared().validate(broken.valid()).orElseThrow();
              tiers.add(DEFAULT_LAWS.assess(application).getTier());
              application.getStage().ifPresent(stages::add);
              codes.add(broken.code());
            });

    assertThat(tiers).containsExactlyInAnyOrder(Tier.values());
    assertThat(stages).containsExactlyInAnyOrder(Stage.values());
    assertThat(codes).containsExactlyInAnyOrderElementsOf(VALIDITY_RULES);
    assertThat(FormGenerators.BREACHES.stream().map(FormGenerators.FormBreach::code))
        .containsExactlyInAnyOrderElementsOf(VALIDITY_RULES);
  }

  /** A number that tells shapes apart: every attribute but the identity. */
  private static int key(Application application) {
    return key(application, application.getStage().orElse(null), 0, null);
  }

  /** The key of {@code application} with {@code stage}, {@code years} more and a sector more. */
  private static int key(
      Application application, @Nullable Stage stage, int years, @Nullable Sector addedSector) {
    int sectors = 0;
    for (Sector sector : application.getSectors()) {
      sectors |= 1 << sector.ordinal();
    }
    if (addedSector != null) {
      sectors |= 1 << addedSector.ordinal();
    }
    int key = sectors;
    key = key * Sector.values().length + application.getPrimarySector().ordinal();
    key = key * Role.values().length + application.getRole().ordinal();
    key =
        key * (Pathway.values().length + 1)
            + application.getPathway().map(p -> p.ordinal() + 1).orElse(0);
    key = key * (Stage.values().length + 1) + (stage == null ? 0 : stage.ordinal() + 1);
    return key * (Application.MAX_YEARS + 1) + application.getYearsToIndustrialization() + years;
  }

  private static Stage next(Stage stage) {
    return Stage.values()[stage.ordinal() + 1];
  }
}
