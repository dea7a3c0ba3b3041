package io.github.regeneligibility.model;

import java.util.Locale;

/** A language in which labels and messages are rendered: English or Simplified Chinese. */
public enum Language {
  /** English. */
  ENGLISH(Locale.ENGLISH),
  /** Simplified Chinese (zh-CN). */
  CHINESE(Locale.SIMPLIFIED_CHINESE);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** Returns the locale whose resource bundles hold this language's texts. */
  public Locale locale() {
    return locale;
  }
}
