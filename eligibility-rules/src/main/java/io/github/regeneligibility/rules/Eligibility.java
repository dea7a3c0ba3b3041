package io.github.regeneligibility.rules;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The entry point of the rules: the default policy edition, assessors for an edition, and sets of
 * dated editions.
 *
 * <pre>{@code
 * Assessor assessor = Eligibility.assessor(Eligibility.defaultEdition());
 * Assessment assessment = assessor.assess(application);
 * }</pre>
 */
public final class Eligibility {

  /** The zone in which "today" is taken by default: the park's, Asia/Shanghai. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  private Eligibility() {}

  /** Returns the default edition, {@code park-intake} 2026.1, in force from 2026-01-01. */
  public static PolicyEdition defaultEdition() {
    return DefaultEdition.PARK_INTAKE_2026_1;
  }

  /**
   * Returns an assessor for {@code edition}. Building one evaluates every rule over its whole
   * domain once (well under a millisecond); keep and share it, it is thread-safe.
   */
  public static Assessor assessor(PolicyEdition edition) {
    return new CompiledAssessor(edition);
  }

  /** Returns the set holding only the default edition, with today taken in Asia/Shanghai. */
  public static PolicyEditions defaultEditions() {
    return editions(List.of(defaultEdition()), Clock.system(DEFAULT_ZONE));
  }

  /**
   * Returns a set of editions that answers which one is in force on a date; {@code clock} (with its
   * zone) tells what "today" is.
   *
   * @throws IllegalArgumentException if {@code editions} is empty or two take effect on one day
   */
  public static PolicyEditions editions(List<PolicyEdition> editions, Clock clock) {
    return new PolicyEditions(editions, clock);
  }
}
