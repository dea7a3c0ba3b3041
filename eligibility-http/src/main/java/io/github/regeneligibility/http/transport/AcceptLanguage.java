package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.model.Language;
import org.jspecify.annotations.Nullable;

/** Chooses the language of a response's messages from the request's {@code Accept-Language}. */
public final class AcceptLanguage {
  private AcceptLanguage() {}

  /**
   * Returns the language of the most preferred range the service can answer, as {@link
   * Language#ofAcceptLanguage} reads it (the Spring Boot starter reads the header the same way).
   */
  public static Language of(@Nullable String header) {
    return Language.ofAcceptLanguage(header);
  }
}
