package io.github.regeneligibility.rules;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How many applications of the whole domain change tier when one numeric parameter of an edition
 * moves one point down or up, the rest unchanged. A move that would break a promise of the policy
 * (the edition check refuses it) is not made, and its count is empty.
 */
@Value.Immutable
public interface ParameterSensitivity {

  /** The parameter's path, as in a policy file (e.g. {@code horizon.bands[1].points}). */
  String getParameter();

  /** The parameter's value in the edition. */
  int getValue();

  /** How many applications change tier at value - 1; empty when the promises forbid it. */
  OptionalInt getChangedWhenLowered();

  /** How many applications change tier at value + 1; empty when the promises forbid it. */
  OptionalInt getChangedWhenRaised();

  /** Returns whether neither allowed move changes any application's tier (or none is allowed). */
  default boolean movesNothing() {
    return getChangedWhenLowered().orElse(0) == 0 && getChangedWhenRaised().orElse(0) == 0;
  }

  /** Builds sensitivities. */
  class Builder extends ImmutableParameterSensitivity.Builder {}
}
