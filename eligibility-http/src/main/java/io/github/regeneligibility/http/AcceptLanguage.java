package io.github.regeneligibility.http;

import io.github.regeneligibility.model.Language;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Chooses the language of a response's messages from the request's {@code Accept-Language}. */
final class AcceptLanguage {
  private AcceptLanguage() {}

  /**
   * Returns the language of the most preferred range the service can answer: Simplified Chinese for
   * {@code zh}, {@code zh-CN} and {@code zh-Hans} (with any further subtags), English for {@code
   * en}, {@code en-*} and {@code *}. Ranges of other languages are skipped, ranges with {@code q=0}
   * refused; a missing, malformed or unanswerable header gives English.
   */
  static Language of(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Language.ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header); // most preferred first
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // Malformed; the JDK's parser also fails with an index out of bounds on "-,".
      return Language.ENGLISH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        break;
      }
      String tag = range.getRange();
      if (tag.equals("zh") || isOrExtends(tag, "zh-cn") || isOrExtends(tag, "zh-hans")) {
        return Language.CHINESE;
      }
      if (tag.equals("*") || isOrExtends(tag, "en")) {
        return Language.ENGLISH;
      }
    }
    return Language.ENGLISH;
  }

  private static boolean isOrExtends(String tag, String prefix) {
    return tag.equals(prefix) || tag.startsWith(prefix + "-");
  }
}
