package io.github.regeneligibility.spring;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.LiveEditions;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The assessor of the edition in force at each call: of the set {@link LiveEditions} serves at that
 * moment, on the day its clock tells. Each assessment is handed to a listener (the meters) before
 * it is returned.
 *
 * <p>A caller that needs one edition for a whole unit of work (a batch that must not straddle a
 * reload or midnight) takes {@code live.current()} once and asks it for an assessor instead.
 */
final class LiveAssessor implements Assessor {
  private final LiveEditions live;
  private final Consumer<Assessment> assessed;

  LiveAssessor(LiveEditions live, Consumer<Assessment> assessed) {
    this.live = live;
    this.assessed = assessed;
  }

  /**
   * Returns the edition in force now.
   *
   * @throws io.github.regeneligibility.rules.NoEditionInForceException if none is in force today
   */
  @Override
  public PolicyEdition getEdition() {
    return live.current().inForceToday();
  }

  /**
   * Assesses {@code application} under the edition in force now.
   *
   * @throws io.github.regeneligibility.rules.NoEditionInForceException if none is in force today
   */
  @Override
  public Assessment assess(Application application) {
    Assessment assessment = live.current().assessorToday().assess(application);
    assessed.accept(assessment);
    return assessment;
  }

  /**
   * Returns the improvements of {@code assessment} under the edition it was made under, which may
   * no longer be the one in force.
   *
   * @throws IllegalArgumentException if that edition is no longer served
   */
  @Override
  public ImmutableList<Improvement> improvements(Assessment assessment) {
    PolicyEditions editions = live.current();
    PolicyReference made = assessment.getPolicy();
    for (PolicyEdition edition : editions.getEditions()) {
      if (edition.getReference().equals(made)) {
        return editions.assessorOn(edition.getEffectiveFrom()).improvements(assessment);
      }
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "assessment of %s was made under edition %s %s, which is no longer served",
            assessment.getApplication().getId(),
            made.getId(),
            made.getVersion()));
  }
}
