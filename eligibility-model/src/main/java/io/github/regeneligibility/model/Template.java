package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A message in English and in Simplified Chinese whose {@code {placeholders}} name facts, e.g.
 * {@code "Stage {stage}: {points} of {maxPoints} points."}. Both languages must name the same
 * facts; this is checked when the template is made, so a code whose templates disagree fails when
 * its class loads.
 *
 * <p>A fact's value is rendered in the language of the text: a {@link Labelled} term by its label,
 * a {@link Text} in that language, a collection as its elements separated as the language separates
 * a list (a term in a list in quotation marks where the language's sentences set labels so, as
 * Chinese does: “干细胞”、“组织工程”), a date as the language writes one in a sentence (2026-06-01,
 * 2026年6月1日), anything else by {@link String#valueOf(Object)}.
 */
@Immutable
public final class Template {
  /** The most characters of the input that a message echoes. */
  public static final int ECHO_LIMIT = 40;

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private final Text template;
  private final ImmutableSet<String> factNames;

  private Template(Text template, ImmutableSet<String> factNames) {
    this.template = template;
    this.factNames = factNames;
  }

  /**
   * Returns the template given in English and in Simplified Chinese.
   *
   * @throws IllegalArgumentException if the two name different facts
   */
  public static Template of(String english, String chinese) {
    return of(Text.of(english, chinese));
  }

  /**
   * Returns the template whose wording in each language is {@code text}'s.
   *
   * @throws IllegalArgumentException if two languages name different facts
   */
  public static Template of(Text text) {
    ImmutableSet<String> names = placeholders(text.in(Language.ENGLISH));
    for (Language language : Language.values()) {
      ImmutableSet<String> named = placeholders(text.in(language));
      if (!named.equals(names)) {
        throw new IllegalArgumentException(
            "the templates name different facts: "
                + names
                + " in \""
                + text.in(Language.ENGLISH)
                + "\", "
                + named
                + " in \""
                + text.in(language)
                + "\"");
      }
    }
    return new Template(text, names);
  }

  private static ImmutableSet<String> placeholders(String template) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names.build();
  }

  /** Returns the template in {@code language}, placeholders and all. */
  public String in(Language language) {
    return template.in(language);
  }

  /** Returns the names of the facts the template needs. */
  public ImmutableSet<String> factNames() {
    return factNames;
  }

  /**
   * Renders the template with {@code facts} in every language.
   *
   * @throws IllegalArgumentException if {@code facts} are not exactly the facts the template names
   */
  public Text render(Map<String, ?> facts) {
    if (!facts.keySet().equals(factNames)) {
      throw new IllegalArgumentException(
          "the template \""
              + template
              + "\" takes the facts "
              + factNames
              + ", not "
              + facts.keySet());
    }
    return Text.render(language -> fill(template.in(language), facts, language));
  }

  /** Renders a template that names no facts. */
  public Text render() {
    return render(Map.of());
  }

  private static String fill(String template, Map<String, ?> facts, Language language) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    Matcher matcher = PLACEHOLDER.matcher(template);
    int at = 0;
    while (matcher.find()) {
      out.append(template, at, matcher.start());
      out.append(value(facts.get(matcher.group(1)), language));
      at = matcher.end();
    }
    return out.append(template, at, template.length()).toString();
  }

  private static String value(@Nullable Object value, Language language) {
    if (value instanceof Labelled labelled) {
      return labelled.label().in(language);
    }
    if (value instanceof Text text) {
      return text.in(language);
    }
    if (value instanceof LocalDate date) {
      return language.date(date);
    }
    if (value instanceof Collection<?> values) {
      StringBuilder out = new StringBuilder();
      for (Object element : values) {
        if (out.length() > 0) {
          out.append(language.listSeparator());
        }
        out.append(
            element instanceof Labelled labelled
                ? language.quote(labelled.label().in(language))
                : value(element, language));
      }
      return out.toString();
    }
    return String.valueOf(value);
  }

  /**
   * Returns {@code given}, text taken from the input to be echoed in a message, {@linkplain
   * #wellFormed well-formed} and cut to {@value #ECHO_LIMIT} characters (then ending in {@code …}),
   * so that a message stays small and can be written whatever the input holds. The cut never falls
   * between the two halves of a surrogate pair: a pair that would straddle it is left out.
   */
  public static String echo(String given) {
    return echo(given, ECHO_LIMIT);
  }

  /**
   * Returns {@code given} as {@link #echo(String)} does, but cut to {@code limit} characters.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  public static String echo(String given, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("an echo's limit must be positive, not " + limit);
    }
    if (given.length() <= limit) {
      return wellFormed(given);
    }
    int end = limit;
    if (Character.isHighSurrogate(given.charAt(end - 1))
        && Character.isLowSurrogate(given.charAt(end))) {
      end--;
    }
    return wellFormed(given.substring(0, end)) + "…";
  }

  /**
   * Returns {@code text} with every unpaired surrogate (half of a character, which no encoding can
   * carry) replaced by U+FFFD, the replacement character; {@code text} itself when it has none.
   * Every string that any writer of JSON, CSV or text can encode is well-formed.
   */
  public static String wellFormed(String text) {
    int length = text.length();
    StringBuilder out = null;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a pair: both halves stay
      } else if (Character.isSurrogate(c)) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out == null ? text : out.toString();
  }

  /** Returns the English template. */
  @Override
  public String toString() {
    return template.toString();
  }
}
