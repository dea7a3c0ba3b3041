package io.github.regeneligibility.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A language in which labels and messages are rendered: English or Simplified Chinese. Every {@link
 * Text} holds one rendering per constant here, so a further language is one more constant and its
 * translations.
 */
public enum Language {
  /** English. */
  ENGLISH(Locale.ENGLISH, ", ", "", ""),
  /** Simplified Chinese (zh-CN). */
  CHINESE(Locale.SIMPLIFIED_CHINESE, "、", "“", "”");

  private final Locale locale;
  private final String listSeparator;
  private final String openQuote;
  private final String closeQuote;

  Language(Locale locale, String listSeparator, String openQuote, String closeQuote) {
    this.locale = locale;
    this.listSeparator = listSeparator;
    this.openQuote = openQuote;
    this.closeQuote = closeQuote;
  }

  /** Returns {@code date} as a sentence of this language writes it: 2026-06-01, 2026年6月1日. */
  public String date(LocalDate date) {
    return this == CHINESE
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.toString();
  }

  /**
   * Returns {@code label} as it stands in a sentence of this language: in Chinese between “ and ”,
   * in English as it is.
   */
  String quote(String label) {
    return openQuote + label + closeQuote;
  }

  /** Returns the locale of this language, e.g. for the labels file it reads. */
  public Locale locale() {
    return locale;
  }

  /** Returns what separates the items of a list in a message, e.g. {@code ", "} or {@code "、"}. */
  String listSeparator() {
    return listSeparator;
  }

  /**
   * Returns the language of the most preferred range of {@code acceptLanguage}, an HTTP {@code
   * Accept-Language} value (RFC 4647 language ranges), that can be answered: Simplified Chinese for
   * {@code zh}, {@code zh-CN} and {@code zh-Hans} (with any further subtags), English for {@code
   * en}, {@code en-*} and {@code *}. Ranges of other languages are skipped, ranges with {@code q=0}
   * refused; a missing, malformed or unanswerable value gives English. The reference service and
   * the Spring Boot starter read the header this way.
   */
  public static Language ofAcceptLanguage(@Nullable String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return ENGLISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(acceptLanguage); // most preferred first
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      // Malformed; the JDK's parser also fails with an index out of bounds on "-,".
      return ENGLISH;
    }
    for (Locale.LanguageRange range : ranges) {
      if (range.getWeight() <= 0) {
        break;
      }
      String tag = range.getRange();
      if (tag.equals("zh") || isOrExtends(tag, "zh-cn") || isOrExtends(tag, "zh-hans")) {
        return CHINESE;
      }
      if (tag.equals("*") || isOrExtends(tag, "en")) {
        return ENGLISH;
      }
    }
    return ENGLISH;
  }

  private static boolean isOrExtends(String tag, String prefix) {
    return tag.equals(prefix) || tag.startsWith(prefix + "-");
  }
}
