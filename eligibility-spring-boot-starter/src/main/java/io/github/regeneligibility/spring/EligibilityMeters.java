package io.github.regeneligibility.spring;

import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.rules.AssessmentMeters;
import io.github.regeneligibility.rules.LiveEditions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

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
  public static final String ASSESSMENTS = AssessmentMeters.NAME;

  /** Changes to the editions served, tagged {@value #RESULT}. */
  public static final String RELOADS = "eligibility.edition.reloads";

  /** The tag of an assessment's tier: {@code PRIORITY}, {@code ELIGIBLE}, and so on. */
  public static final String TIER = AssessmentMeters.TIER;

  /** The tag of the edition an assessment was made under: {@code id@version}. */
  public static final String EDITION = AssessmentMeters.EDITION;

  /** The tag of a change's outcome: {@value #APPLIED} or {@value #REFUSED}. */
  public static final String RESULT = "result";

  /** The {@value #RESULT} of a change that was applied. */
  public static final String APPLIED = "applied";

  /** The {@value #RESULT} of a change that was refused. */
  public static final String REFUSED = "refused";

  private final MeterRegistry registry;
  private final AssessmentMeters<Counter> assessments;

  /**
   * Meters registered in {@code registry}, counting each change to {@code editions} from now on.
   * Assessments are counted by the starter's own {@link io.github.regeneligibility.rules.Assessor}
   * bean.
   */
  public EligibilityMeters(MeterRegistry registry, LiveEditions editions) {
    this.registry = registry;
    this.assessments =
        new AssessmentMeters<>(
            (name, description, tags) ->
                Counter.builder(name).description(description).tags(tags).register(registry));
    Counter applied = reloads(APPLIED);
    Counter refused = reloads(REFUSED);
    editions.addListener(
        LiveEditions.Listener.of(served -> applied.increment(), problems -> refused.increment()));
  }

  /**
   * Returns the {@value #EDITION} tag of {@code policy}: its id and version, as {@code id@version}.
   */
  public static String edition(PolicyReference policy) {
    return AssessmentMeters.edition(policy);
  }

  private Counter reloads(String result) {
    return Counter.builder(RELOADS)
        .description("Changes to the served set of editions, applied or refused")
        .tag(RESULT, result)
        .register(registry);
  }

  /** Counts one assessment. */
  void assessed(Assessment assessment) {
    assessments.of(assessment).increment();
  }
}
