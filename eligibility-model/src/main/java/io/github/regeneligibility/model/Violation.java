package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import org.immutables.value.Value;

/**
 * One broken validity rule of an application: the field, the stable code and the message in every
 * {@link Language}.
 */
@Value.Immutable
public interface Violation {

  /** The name of the offending field, as on the wire (e.g. {@code primarySector}). */
  @Value.Parameter
  String getField();

  /** The stable code of the broken rule. */
  @Value.Parameter
  ViolationCode getCode();

  /** The message in each language; every {@link Language} has one. */
  @Value.Parameter
  ImmutableMap<Language, String> getMessages();

  /** Returns the message for people in {@code language}. */
  default String getMessage(Language language) {
    String message = getMessages().get(language);
    if (message == null) {
      throw new IllegalStateException("no message in " + language + " for " + getCode());
    }
    return message;
  }

  /** Creates a violation; {@code messages} must hold every language. */
  static Violation of(String field, ViolationCode code, ImmutableMap<Language, String> messages) {
    return ImmutableViolation.of(field, code, messages);
  }
}
