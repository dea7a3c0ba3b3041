package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A set of policy editions, each in force from its effective date until the next one's. Answers
 * which edition is in force on a date and hands out a shared {@link Assessor} for it. Thread-safe.
 */
public final class PolicyEditions {

  private final NavigableMap<LocalDate, Assessor> assessors = new TreeMap<>();
  private final ImmutableList<PolicyEdition> editions;
  private final Clock clock;

  PolicyEditions(List<PolicyEdition> editions, Clock clock) {
    if (editions.isEmpty()) {
      throw new IllegalArgumentException("a set of policy editions needs at least one edition");
    }
    for (PolicyEdition edition : editions) {
      Assessor previous = assessors.put(edition.getEffectiveFrom(), Eligibility.assessor(edition));
      if (previous != null) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "editions %s %s and %s %s both take effect on %s: give each its own date",
                previous.getEdition().getId(),
                previous.getEdition().getVersion(),
                edition.getId(),
                edition.getVersion(),
                edition.getEffectiveFrom()));
      }
    }
    this.editions =
        editions.stream()
            .sorted(Comparator.comparing(PolicyEdition::getEffectiveFrom))
            .collect(ImmutableList.toImmutableList());
    this.clock = clock;
  }

  /** Returns every edition, earliest first. */
  public ImmutableList<PolicyEdition> getEditions() {
    return editions;
  }

  /** Returns today's date by the injected clock, in its zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * Returns the edition in force on {@code date}: the latest one effective on or before it.
   *
   * @throws NoEditionInForceException if {@code date} is before the earliest edition
   */
  public PolicyEdition inForceOn(LocalDate date) {
    return assessorOn(date).getEdition();
  }

  /** Returns the edition in force today. */
  public PolicyEdition inForceToday() {
    return inForceOn(today());
  }

  /**
   * Returns the shared assessor of the edition in force on {@code date}.
   *
   * @throws NoEditionInForceException if {@code date} is before the earliest edition
   */
  public Assessor assessorOn(LocalDate date) {
    Map.Entry<LocalDate, Assessor> entry = assessors.floorEntry(date);
    if (entry == null) {
      throw new NoEditionInForceException(date, assessors.firstKey());
    }
    return entry.getValue();
  }

  /**
   * Returns where {@code edition}, one of this set, stands on {@code date}.
   *
   * @throws IllegalArgumentException if {@code edition} is not one of this set
   */
  public EditionStatus statusOn(PolicyEdition edition, LocalDate date) {
    if (!editions.contains(edition)) {
      throw new IllegalArgumentException(
          "edition " + edition.getReference() + " is not one of this set");
    }
    if (edition.getEffectiveFrom().isAfter(date)) {
      return EditionStatus.SCHEDULED;
    }
    return assessorOn(date).getEdition().equals(edition)
        ? EditionStatus.IN_FORCE
        : EditionStatus.SUPERSEDED;
  }

  /** Returns the shared assessor of the edition in force today. */
  public Assessor assessorToday() {
    return assessorOn(today());
  }
}
