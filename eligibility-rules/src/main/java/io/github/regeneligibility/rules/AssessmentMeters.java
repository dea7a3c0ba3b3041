package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Tier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The meters that count assessments by tier and edition, as the reference service and the Spring
 * Boot starter both name them ({@value #NAME}, tagged {@value #TIER} and {@value #EDITION}), so
 * that one dashboard reads either. The meters are of the caller's metrics library: {@code register}
 * makes one from its name, description and tags.
 *
 * <p>Each edition's meters are registered at its first assessment and kept, so finding the meter of
 * an assessment is one look-up and an index.
 *
 * @param <M> the type of a meter
 */
public final class AssessmentMeters<M> {

  /** The name of the meters. */
  public static final String NAME = "eligibility.assessments";

  /** The tag of an assessment's tier: {@code PRIORITY}, {@code ELIGIBLE}, and so on. */
  public static final String TIER = "tier";

  /** The tag of the edition an assessment was made under: {@code id@version}. */
  public static final String EDITION = "edition";

  /**
   * Makes and registers one meter.
   *
   * @param <M> the type of a meter
   */
  @FunctionalInterface
  public interface Registrar<M> {
    /**
     * Returns the meter {@code name}, described by {@code description}, with {@code tags} (names
     * and values in turn), registered.
     */
    M register(String name, String description, String... tags);
  }

  private final Registrar<M> registrar;
  private final Map<PolicyReference, ImmutableList<M>> byEdition = new ConcurrentHashMap<>();

  /** Meters made by {@code registrar}, each at the first assessment of its edition. */
  public AssessmentMeters(Registrar<M> registrar) {
    this.registrar = registrar;
  }

  /**
   * Returns the {@value #EDITION} tag of {@code policy}: its id and version, as {@code id@version}.
   */
  public static String edition(PolicyReference policy) {
    return policy.getId() + "@" + policy.getVersion();
  }

  /** Returns the meter that counts {@code assessment}: its edition's, for its tier. */
  public M of(Assessment assessment) {
    return byEdition
        .computeIfAbsent(assessment.getPolicy(), this::register)
        .get(assessment.getTier().ordinal());
  }

  private ImmutableList<M> register(PolicyReference policy) {
    ImmutableList.Builder<M> meters = ImmutableList.builder();
    for (Tier tier : Tier.values()) {
      meters.add(
          registrar.register(
              NAME,
              "Applications assessed, by tier and edition",
              TIER,
              tier.name(),
              EDITION,
              edition(policy)));
    }
    return meters.build();
  }
}
