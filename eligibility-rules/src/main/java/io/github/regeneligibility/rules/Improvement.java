package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.Tier;
import org.immutables.value.Value;

/**
 * A single-field change that would lift an application's tier, with the outcome the engine gives
 * the changed application. Computed by re-running the engine, never by a second set of rules.
 */
@Value.Immutable
public interface Improvement {

  /** The one field the change touches. */
  ChangedField getField();

  /**
   * The field's new value: a {@link io.github.regeneligibility.model.Stage}, an {@link Integer}
   * (years), the whole new {@link ImmutableList} of sectors, or the new primary {@link
   * io.github.regeneligibility.model.Sector}.
   */
  Object getValue();

  /** The changed application, valid. */
  Application getChangedApplication();

  /** The engine's assessment of the changed application. */
  Assessment getOutcome();

  /** The gates that fail today and would pass after the change. */
  ImmutableList<Gate> getPassedGates();

  /** Why: the change and its outcome, as a reason with a message in every language. */
  Reason getReason();

  /** The tier the change would reach. */
  default Tier getTier() {
    return getOutcome().getTier();
  }

  /** The score the change would reach. */
  default int getScore() {
    return getOutcome().getScore();
  }

  /** Builds improvements. */
  class Builder extends ImmutableImprovement.Builder {}
}
