package io.github.regeneligibility.json;

import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.util.Map;

/**
 * The phrases that the problems of the JSON and CSV readers are made of, in every language, read
 * from {@code phrases_<locale>.properties} beside this class.
 */
final class Phrase {
  private static final Texts PHRASES = Texts.read(Phrase.class, "phrases");

  private Phrase() {}

  /** Returns the phrase {@code key}. */
  static Text of(String key) {
    return PHRASES.get(key);
  }

  /** Returns the phrase {@code key}, a template, as a template. */
  static Template template(String key) {
    return Template.of(PHRASES.get(key));
  }

  /** Returns the phrase {@code key} with its one fact {@code max}. */
  static Text withMax(String key, int max) {
    return template(key).render(Map.of("max", max));
  }
}
