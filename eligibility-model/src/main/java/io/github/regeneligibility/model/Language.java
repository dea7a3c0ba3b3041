package io.github.regeneligibility.model;

import java.util.Locale;

/**
 * A language in which labels and messages are rendered: English or Simplified Chinese. Every {@link
 * Text} holds one rendering per constant here, so a further language is one more constant and its
 * translations.
 */
public enum Language {
  /** English. */
  ENGLISH(Locale.ENGLISH, ", "),
  /** Simplified Chinese (zh-CN). */
  CHINESE(Locale.SIMPLIFIED_CHINESE, "、");

  private final Locale locale;
  private final String listSeparator;

  Language(Locale locale, String listSeparator) {
    this.locale = locale;
    this.listSeparator = listSeparator;
  }

  /** Returns the locale of this language, e.g. for the labels file it reads. */
  public Locale locale() {
    return locale;
  }

  /** Returns what separates the items of a list in a message, e.g. {@code ", "} or {@code "、"}. */
  String listSeparator() {
    return listSeparator;
  }
}
