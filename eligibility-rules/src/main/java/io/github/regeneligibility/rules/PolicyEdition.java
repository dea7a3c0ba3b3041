package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A dated, versioned edition of the park's intake policy: every parameter the rules read, and
 * nothing else. Rule code never holds a number of the policy.
 *
 * <p>An edition is checked when it is built: one whose parameters would break a promise of the
 * policy (stage points going down the ladder, horizon points rising with more years, maxima not
 * adding up to 100, a threshold outside 0–100, ...) is refused with an {@link
 * InvalidPolicyException} that names every offending parameter.
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

  /** Builds editions; {@code build()} throws {@link InvalidPolicyException} for a broken one. */
  class Builder extends ImmutablePolicyEdition.Builder {}
}
