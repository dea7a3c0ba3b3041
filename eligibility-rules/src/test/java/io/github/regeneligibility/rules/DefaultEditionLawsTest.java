package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Collections2;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.Sector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the policy under the default edition, each checked at every valid application shape
 * ({@link Shapes}): a proof over the whole finite domain, not a sample.
 */
// Each law sweeps the whole domain: seconds on a quiet machine, more on a loaded one.
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
@ExtendWith(EveryShape.class)
final class DefaultEditionLawsTest {

  private static final PolicyEdition EDITION = Eligibility.defaultEdition();
  private static final Laws LAWS = new Laws(EDITION);

  /** Law 7 compares every identity at every 31st shape: the stride is prime to every dimension. */
  private static final int IDENTITY_STRIDE = 31;

  /** The codes of the reasons of gates, criteria and tiers: each must be met at some shape. */
  private static final Set<ReasonCode> ASSESSMENT_CODES =
      EnumSet.of(
          ReasonCode.SCOPE_FOCUS_SECTOR,
          ReasonCode.SCOPE_OTHER_REGENERATIVE,
          ReasonCode.SCOPE_OUT_OF_FIELD,
          ReasonCode.HORIZON_WITHIN_LIMIT,
          ReasonCode.HORIZON_BEYOND_LIMIT,
          ReasonCode.SECTOR_FIT_PRIMARY_FOCUS,
          ReasonCode.SECTOR_FIT_SECONDARY_FOCUS,
          ReasonCode.SECTOR_FIT_OTHER_REGENERATIVE,
          ReasonCode.SECTOR_FIT_NONE,
          ReasonCode.MATURITY_STAGE,
          ReasonCode.MATURITY_OPERATING_SERVICE,
          ReasonCode.HORIZON_BAND,
          ReasonCode.HORIZON_BEYOND_BANDS,
          ReasonCode.ROLE_POINTS,
          ReasonCode.TIER_GATE_FAILED,
          ReasonCode.TIER_PRIORITY_MILESTONE,
          ReasonCode.TIER_SCORE_AT_THRESHOLD,
          ReasonCode.TIER_SCORE_BELOW_THRESHOLD);

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");

  /** The Roman numerals of the clinical trial phases (I 期, II–III 期), the only Latin in Chinese. */
  private static final Pattern TRIAL_PHASE = Pattern.compile("[IV]+(?:–[IV]+)? 期");

  /** The laws checked shape by shape: each is one sentence of the rulebook. */
  static Stream<Arguments> laws() {
    return Stream.of(
        law(
            "The score lies in 0–100 and equals the sum of the criteria's points; no criterion"
                + " exceeds its maximum; the maxima add up to 100.",
            LAWS::scoreIsTheBoundedSumOfTheCriteria),
        law("A later stage never lowers the score or the tier.", LAWS::laterStageNeverLowers),
        law(
            "Fewer years to industrialisation never lower the score or the tier.",
            LAWS::fewerYearsNeverLower),
        law(
            "Adding a sector (same primary) never lowers the score or the tier.",
            LAWS::addedSectorNeverLowers),
        law(
            "The tier is INELIGIBLE exactly when a gate fails.",
            LAWS::ineligibleExactlyWhenAGateFails),
        law(
            "The tier is PRIORITY exactly when the gates pass and a product role is at or past"
                + " the milestone stage.",
            LAWS::priorityExactlyAtTheMilestone));
  }

  private static Arguments law(String sentence, IntPredicate law) {
    return Arguments.of(sentence, law);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("laws")
  void law_holdsForEveryShape(String sentence, IntPredicate law) {
    assertThat(LAWS.counterexamples(Shapes.all(), law)).as(sentence).isEmpty();
  }

  @Test
  @DisplayName("Origin, names and id never change the tier, score or reasons.")
  void originNamesAndIdNeverChangeTheTierScoreOrReasons() {
    List<String> counterexamples = new ArrayList<>();
    int compared = 0;
    for (int shape = 0; shape < Shapes.count(); shape += IDENTITY_STRIDE) {
      Application application = Shapes.get(shape);
      List<Object> outcome = outcome(LAWS.assess(shape));
      for (Shapes.Identity identity : Shapes.IDENTITIES) {
        if (identity.equals(Shapes.identity(shape))) {
          continue;
        }
        Application other = Shapes.validate(Shapes.form(shape, identity));
        compared++;
        if (!outcome(LAWS.assess(other)).equals(outcome)) {
          counterexamples.add(application + " and " + other);
        }
      }
    }

    assertThat(counterexamples).isEmpty();
    assertThat(compared)
        .isEqualTo(
            (Shapes.count() + IDENTITY_STRIDE - 1)
                / IDENTITY_STRIDE
                * (Shapes.IDENTITIES.size() - 1));
  }

  @Test
  @DisplayName(
      "The assessment is the same whatever the order of the sectors, and the same on every call.")
  void theAssessmentIsTheSameWhateverTheOrderOfTheSectorsAndTheSameOnEveryCall() {
    Assessor another = Eligibility.assessor(EDITION);
    List<String> counterexamples =
        new ArrayList<>(
            LAWS.counterexamples(
                Shapes.all(),
                shape -> {
                  Assessment first = LAWS.assess(shape);
                  return first.equals(LAWS.assess(shape))
                      && first.equals(another.assess(Shapes.get(shape)));
                }));

    // Every order of every set of sectors, each with another primary, profile and years in turn.
    int orders = 0;
    List<ImmutableSet<Sector>> sectorSets =
        ApplicationDomain.sectorChoices().stream()
            .map(ApplicationDomain.SectorChoice::sectors)
            .distinct()
            .toList();
    for (ImmutableSet<Sector> sectors : sectorSets) {
      for (List<Sector> order : Collections2.permutations(sectors)) {
        Sector primary = order.get(orders % order.size());
        int shape =
            ApplicationDomain.index(
                ApplicationDomain.sectorChoice(sectors, primary),
                orders % ApplicationDomain.profiles().size(),
                orders % ApplicationDomain.YEARS);
        Application reordered =
            Shapes.validate(
                new ApplicationForm.Builder()
                    .from(Shapes.form(shape, Shapes.identity(shape)))
                    .sectors(order)
                    .build());
        if (!LAWS.assess(reordered).equals(LAWS.assess(shape))) {
          counterexamples.add(order + " in " + reordered);
        }
        orders++;
      }
    }

    assertThat(counterexamples).isEmpty();
    assertThat(orders).isEqualTo(orderedSectorSets());
  }

  @Test
  @DisplayName(
      "Every reason in an assessment has a message in English and in Simplified Chinese, and the"
          + " Chinese one is written in Chinese.")
  void everyReasonHasAMessageInEnglishAndInSimplifiedChineseAndTheChineseOneIsWrittenInChinese() {
    Set<Reason> reasons = Collections.newSetFromMap(new IdentityHashMap<>());
    Shapes.all()
        .mapToObj(LAWS::assess)
        .forEach(
            assessment -> {
              reasons.add(assessment.getTierReason());
              assessment.getGates().stream().map(GateResult::getReason).forEach(reasons::add);
              assessment.getCriteria().stream()
                  .map(CriterionResult::getReason)
                  .forEach(reasons::add);
            });

    List<String> counterexamples = new ArrayList<>();
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    for (Reason reason : reasons) {
      codes.add(reason.getCode());
      String english = reason.getMessage(Language.ENGLISH);
      String chinese = reason.getMessage(Language.CHINESE);
      boolean englishWritten =
          !english.isBlank() && !HAN.matcher(english).find() && LATIN.matcher(english).find();
      boolean chineseWritten =
          !chinese.isBlank()
              && HAN.matcher(chinese).find()
              && !LATIN.matcher(TRIAL_PHASE.matcher(chinese).replaceAll("期")).find();
      if (!englishWritten || !chineseWritten || english.contains("{") || chinese.contains("{")) {
        counterexamples.add(reason + ": \"" + english + "\" / \"" + chinese + "\"");
      }
    }

    assertThat(counterexamples).isEmpty();
    assertThat(codes).as("reason codes met").containsAll(ASSESSMENT_CODES);
  }

  /** What an assessment says about the application, without the application itself. */
  private static List<Object> outcome(Assessment assessment) {
    return ImmutableList.of(
        assessment.getTier(),
        assessment.getScore(),
        assessment.getTierReason(),
        assessment.getGates(),
        assessment.getCriteria());
  }

  /** Returns how many orders the non-empty sets of sectors have: the sum over k of n!/(n-k)!. */
  private static int orderedSectorSets() {
    int n = Sector.values().length;
    return IntStream.rangeClosed(1, n)
        .map(k -> IntStream.rangeClosed(n - k + 1, n).reduce(1, (a, b) -> a * b))
        .sum();
  }
}
