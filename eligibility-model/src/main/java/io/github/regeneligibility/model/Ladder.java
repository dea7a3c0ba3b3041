package io.github.regeneligibility.model;

/**
 * An ordered vocabulary whose constants are declared lowest first, like the stages of development
 * and the tiers of an assessment.
 *
 * @param <E> the enum itself
 */
public interface Ladder<E extends Enum<E> & Ladder<E>> {

  /** Returns whether this rung is {@code other} or higher on the ladder. */
  @SuppressWarnings("unchecked") // only E implements Ladder<E>
  default boolean isAtLeast(E other) {
    return ((E) this).compareTo(other) >= 0;
  }
}
