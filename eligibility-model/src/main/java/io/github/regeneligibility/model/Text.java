package io.github.regeneligibility.model;

import com.google.errorprone.annotations.Immutable;
import java.util.Arrays;
import java.util.function.Function;

/**
 * A text for people, rendered once in every {@link Language} and kept: a label, a message of a
 * {@link Reason} or a {@link Problem}, a title. Every text of the library and the service is one of
 * these, made from a {@link Template} and its facts, so choosing the language happens here and
 * nowhere else.
 */
@Immutable
public final class Text {

  @SuppressWarnings("Immutable") // written once in the constructor, never handed out
  private final String[] renderings;

  private Text(String[] renderings) {
    this.renderings = renderings;
  }

  /** Returns a text given in English and in Simplified Chinese, used as it is. */
  public static Text of(String english, String chinese) {
    String[] renderings = new String[Language.values().length];
    renderings[Language.ENGLISH.ordinal()] = english;
    renderings[Language.CHINESE.ordinal()] = chinese;
    return new Text(renderings);
  }

  /** Returns the text that {@code render} gives in each language, rendered now. */
  static Text render(Function<Language, String> render) {
    String[] renderings = new String[Language.values().length];
    for (Language language : Language.values()) {
      renderings[language.ordinal()] = render.apply(language);
    }
    return new Text(renderings);
  }

  /** Returns this text in {@code language}. */
  public String in(Language language) {
    return renderings[language.ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Text text && Arrays.equals(renderings, text.renderings);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(renderings);
  }

  /** Returns the English text. */
  @Override
  public String toString() {
    return in(Language.ENGLISH);
  }
}
