package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Why a gate, criterion or tier came out as it did: a stable {@link ReasonCode} and the facts the
 * evaluation read (e.g. the stage and its points). Messages are rendered from the code's template
 * and the facts only when asked for.
 *
 * <p>Fact values are {@link Integer}s, {@link Labelled} terms, or collections of those.
 */
@Value.Immutable
public interface Reason {

  /** The stable code of this reason. */
  @Value.Parameter
  ReasonCode getCode();

  /** The facts the evaluation read, by name, in the order the message template names them. */
  @Value.Parameter
  ImmutableMap<String, Object> getFacts();

  /**
   * Returns the message for people: the code's template filled with the facts, in every language.
   * Rendered on first use and kept, so a reason shared by many assessments (as the engine's are) is
   * rendered once.
   */
  @Value.Lazy
  default Text getText() {
    return getCode().template().render(getFacts());
  }

  /** Returns the message for people in {@code language}. */
  default String getMessage(Language language) {
    return getText().in(language);
  }

  /**
   * Creates a reason.
   *
   * @throws IllegalArgumentException if {@code facts} does not hold exactly the facts the code's
   *     templates name
   */
  static Reason of(ReasonCode code, Map<String, ?> facts) {
    if (!facts.keySet().equals(code.factNames())) {
      throw new IllegalArgumentException(
          "reason " + code + " takes the facts " + code.factNames() + ", not " + facts.keySet());
    }
    return ImmutableReason.of(code, ImmutableMap.copyOf(facts));
  }
}
