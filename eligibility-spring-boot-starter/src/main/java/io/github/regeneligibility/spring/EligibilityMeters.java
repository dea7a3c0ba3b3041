package io.github.regeneligibility.spring;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.LiveEditions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The starter's meters, under the reference service's names, so that one dashboard reads both:
 * assessments by tier and edition ({@value #ASSESSMENTS}, in Prometheus {@code
 * eligibility_assessments_total}), and changes to the editions served, applied or refused ({@value
 * #RELOADS}, {@code eligibility_edition_reloads_total}). Every name and tag is one of the constants
 * here, and nowhere else.
 *
 * <p>Meters are looked up once per edition and kept, so counting an assessment is one increment.
 */
public final class EligibilityMeters {

  /** Applications assessed, tagged {@value #TIER} and {@value #EDITION}. */
  public static final String ASSESSMENTS = "eligibility.assessments";

  /** Changes to the editions served, tagged {@value #RESULT}. */
  public static final String RELOADS = "eligibility.edition.reloads";

  /** The tag of an assessment's tier: {@code PRIORITY}, {@code ELIGIBLE}, and so on. */
  public static final String TIER = "tier";

  /** The tag of the edition an assessment was made under: {@code id@version}. */
  public static final String EDITION = "edition";

  /** The tag of a change's outcome: {@value #APPLIED} or {@value #REFUSED}. */
  public static final String RESULT = "result";

  /** The {@value #RESULT} of a change that was applied. */
  public static final String APPLIED = "applied";

  /** The {@value #RESULT} of a change that was refused. */
  public static final String REFUSED = "refused";

  private final MeterRegistry registry;
  private final Map<PolicyReference, Counter[]> assessments = new ConcurrentHashMap<>();

  /**
   * Meters registered in {@code registry}, counting each change to {@code editions} from now on.
   * Assessments are counted by the starter's own {@link io.github.regeneligibility.rules.Assessor}
   * bean.
   */
  public EligibilityMeters(MeterRegistry registry, LiveEditions editions) {
    this.registry = registry;
    Counter applied = reloads(APPLIED);
    Counter refused = reloads(REFUSED);
    editions.addListener(
        LiveEditions.Listener.of(served -> applied.increment(), problems -> refused.increment()));
  }

  /**
   * Returns the {@value #EDITION} tag of {@code policy}: its id and version, as {@code id@version}.
   */
  public static String edition(PolicyReference policy) {
    return policy.getId() + "@" + policy.getVersion();
  }

  private Counter reloads(String result) {
    return Counter.builder(RELOADS)
        .description("Changes to the served set of editions, applied or refused")
        .tag(RESULT, result)
        .register(registry);
  }

  /** Counts one assessment. */
  void assessed(Assessment assessment) {
    assessments
        .computeIfAbsent(assessment.getPolicy(), this::tierCounters)[assessment.getTier().ordinal()]
        .increment();
  }

  private Counter[] tierCounters(PolicyReference policy) {
    Tier[] tiers = Tier.values();
    Counter[] counters = new Counter[tiers.length];
    for (Tier tier : tiers) {
      counters[tier.ordinal()] =
          Counter.builder(ASSESSMENTS)
              .description("Applications assessed, by tier and edition")
              .tags(TIER, tier.name(), EDITION, edition(policy))
              .register(registry);
    }
    return counters;
  }
}
