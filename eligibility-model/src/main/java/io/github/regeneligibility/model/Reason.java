package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Why a gate, criterion or tier came out as it did: a stable {@link ReasonCode} and the facts the
 * evaluation read (e.g. the stage and its points). Messages are rendered from the code's template
 * and the facts only when asked for.
 *
 * <p>Fact values are {@link Integer}s, {@link Labelled} terms, or collections of those.
 */
@Value.Immutable
public interface Reason {

  /** The stable code of this reason. */
  @Value.Parameter
  ReasonCode getCode();

  /** The facts the evaluation read, by name, in the order the message template names them. */
  @Value.Parameter
  ImmutableMap<String, Object> getFacts();

  /**
   * Returns the message for people in {@code language}: the code's template filled with the
   * facts. Rendered on first use and kept, so a reason shared by many assessments (as the engine's
   * are) is rendered once per language.
   */
  default String getMessage(Language language) {
    return language == Language.CHINESE ? getChineseMessage() : getEnglishMessage();
  }

  /** The message in English, rendered on first use. */
  @Value.Lazy
  default String getEnglishMessage() {
    return render(Language.ENGLISH);
  }

  /** The message in Simplified Chinese, rendered on first use. */
  @Value.Lazy
  default String getChineseMessage() {
    return render(Language.CHINESE);
  }

  private String render(Language language) {
    String template = getCode().template(language);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      out.append(template, at, open);
      String name = template.substring(open + 1, close);
      Object value = getFacts().get(name);
      if (value == null) {
        throw new IllegalStateException(getCode() + " has no fact named " + name);
      }
      out.append(render(value, language));
      at = close + 1;
    }
    return out.toString();
  }

  private static String render(Object value, Language language) {
    if (value instanceof Labelled labelled) {
      return labelled.label(language);
    }
    if (value instanceof Collection<?> values) {
      StringBuilder out = new StringBuilder();
      for (Object element : values) {
        if (out.length() > 0) {
          out.append(language == Language.CHINESE ? "、" : ", ");
        }
        out.append(render(element, language));
      }
      return out.toString();
    }
    return String.valueOf(value);
  }

  /**
   * Creates a reason.
   *
   * @throws IllegalArgumentException if {@code facts} does not hold exactly the facts the code's
   *     templates name
   */
  static Reason of(ReasonCode code, Map<String, ?> facts) {
    if (!facts.keySet().equals(code.factNames())) {
      throw new IllegalArgumentException(
          "reason " + code + " takes the facts " + code.factNames() + ", not " + facts.keySet());
    }
    return ImmutableReason.of(code, ImmutableMap.copyOf(facts));
  }
}
