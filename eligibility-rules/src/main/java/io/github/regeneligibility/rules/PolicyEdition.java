package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import org.immutables.value.Value;

/**
 * A dated, versioned edition of the park's intake policy: every parameter the rules read, and
 * nothing else. Rule code never holds a number of the policy.
 *
 * <p>An edition is checked when it is built: one whose parameters would break a promise of the
 * policy (stage points going down the ladder, horizon points rising with more years, maxima not
 * adding up to 100, a threshold outside 0–100, ...) is refused with an {@link
 * InvalidPolicyException} that names every offending parameter.
 *
 * <p>Each parameter is declared once, as a {@link PolicyParameter} constant beside its accessor:
 * the edition's own here, the points of each criterion in its points type; {@link #PARAMETERS}
 * joins them in the order of a policy file.
 */
@Value.Immutable
public interface PolicyEdition {

  /** The edition's id, e.g. {@code park-intake}. */
  String getId();

  /** The edition's version, e.g. {@code 2026.1}. */
  String getVersion();

  /** The first day the edition is in force. */
  LocalDate getEffectiveFrom();

  /** The focus sectors; some of the five named focus sectors of the policy. */
  ImmutableSet<Sector> getFocusSectors();

  /** The {@code HORIZON} gate's limit: the most years to industrialisation that pass, 0–50. */
  int getHorizonLimit();

  /** The points of the {@code SECTOR_FIT} criterion. */
  SectorFitPoints getSectorFit();

  /** The points of the {@code MATURITY} criterion. */
  MaturityPoints getMaturity();

  /** The points of the {@code HORIZON} criterion. */
  HorizonPoints getHorizon();

  /** The points of the {@code ROLE} criterion. */
  RolePoints getRole();

  /** The stage at or past which a product role in good standing is {@code PRIORITY}. */
  Stage getPriorityMilestone();

  /** The score from which an application is {@code ELIGIBLE}, 0–100. */
  int getEligibilityThreshold();

  /** {@code id}: a name of at most 64 characters. */
  PolicyParameter<String> ID =
      PolicyParameter.name("id", 64, PolicyEdition::getId, set(Builder::id));

  /** {@code version}: a name of at most 32 characters. */
  PolicyParameter<String> VERSION =
      PolicyParameter.name("version", 32, PolicyEdition::getVersion, set(Builder::version));

  /** {@code effectiveFrom}: the first day in force. */
  PolicyParameter<LocalDate> EFFECTIVE_FROM =
      PolicyParameter.date(
          "effectiveFrom", PolicyEdition::getEffectiveFrom, set(Builder::effectiveFrom));

  /** {@code focusSectors}: some of the five named focus sectors, at least one. */
  PolicyParameter<ImmutableSet<Sector>> FOCUS_SECTORS =
      PolicyParameter.sectors(
          "focusSectors", PolicyEdition::getFocusSectors, set(Builder::focusSectors));

  /** {@code horizonLimit}: 0–50 years. */
  PolicyParameter<Integer> HORIZON_LIMIT =
      PolicyParameter.number(
          "horizonLimit",
          PolicyParameter.MAX_YEARS,
          PolicyEdition::getHorizonLimit,
          set(Builder::horizonLimit));

  /** {@code priorityMilestone}: a stage. */
  PolicyParameter<Stage> PRIORITY_MILESTONE =
      PolicyParameter.stage(
          "priorityMilestone",
          PolicyEdition::getPriorityMilestone,
          set(Builder::priorityMilestone));

  /** {@code eligibilityThreshold}: a score, 0–100. */
  PolicyParameter<Integer> ELIGIBILITY_THRESHOLD =
      PolicyParameter.score(
          "eligibilityThreshold",
          PolicyEdition::getEligibilityThreshold,
          set(Builder::eligibilityThreshold));

  /**
   * Every parameter of an edition, in the order of a policy file: the edition's own, with the
   * points of each criterion as its type lists them; {@link PolicyParameter#all()} returns it.
   */
  ImmutableList<PolicyParameter<?>> PARAMETERS =
      ImmutableList.<PolicyParameter<?>>builder()
          .add(ID, VERSION, EFFECTIVE_FROM, FOCUS_SECTORS, HORIZON_LIMIT)
          .addAll(SectorFitPoints.PARAMETERS)
          .addAll(MaturityPoints.PARAMETERS)
          .addAll(HorizonPoints.PARAMETERS)
          .addAll(RolePoints.PARAMETERS)
          .add(PRIORITY_MILESTONE, ELIGIBILITY_THRESHOLD)
          .build();

  /** Returns the reference that assessments under this edition carry. */
  @Value.Lazy
  default PolicyReference getReference() {
    return PolicyReference.of(getId(), getVersion(), getEffectiveFrom());
  }

  /**
   * Refuses an edition that would break a promise of the policy.
   *
   * @throws InvalidPolicyException naming every offending parameter
   */
  @Value.Check
  default void check() {
    PolicyCheck.check(this);
  }

  /** Sets a parameter of the edition's own on the edition's builder in a draft. */
  private static <T> BiConsumer<PolicyDraft, T> set(BiConsumer<Builder, T> setter) {
    return (draft, value) -> setter.accept(draft.edition, value);
  }

  /** Builds editions; {@code build()} throws {@link InvalidPolicyException} for a broken one. */
  class Builder extends ImmutablePolicyEdition.Builder {}
}
