package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.model.Language;
import java.util.List;
import java.util.Locale;
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

  /**
   * Returns the language of the page for people: Simplified Chinese for any Chinese range ({@code
   * zh-TW} and {@code zh-HK} too: the page has no Traditional Chinese, and Simplified is closer to
   * its reader than English), for {@code *}, and when the header is missing, blank or malformed;
   * English when the most preferred range the page can answer is English, or when every range names
   * another language. Ranges with {@code q=0} are refused. The API's messages keep {@link #of}.
   */
  public static Language ofPage(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Language.CHINESE;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header); // most preferred first
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Language.CHINESE;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        break;
      }
      String tag = range.getRange();
      if (tag.equals("*") || tag.equals("zh") || tag.startsWith("zh-")) {
        return Language.CHINESE;
      }
      if (tag.equals("en") || tag.startsWith("en-")) {
        return Language.ENGLISH;
      }
    }
    return Language.ENGLISH;
  }
}
