package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a problem is, as people read it: in English the path itself ({@code sectors[2]}), in
 * Simplified Chinese the field's label in quotation marks ({@code “所属领域”第 3 项}), since a Chinese
 * sentence never shows a code, a JSON field name or a path. The labels of the application's fields,
 * of the requests' fields and of the service's query parameters are read from {@code
 * fields_<locale>.properties}; a path with no label (a policy parameter, read by the operator who
 * wrote the policy file) is shown in quotation marks as it is.
 */
public final class FieldLabel {
  private static final Texts FIELDS = Texts.read(FieldLabel.class, "fields");
  private static final Template ELEMENT = Template.of(FIELDS.get("ELEMENT"));
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d{1,9})]");

  private FieldLabel() {}

  /**
   * Returns the label of {@code path}: the path in English, the field's label in Chinese.
   *
   * @param path an application field, an element of one ({@code sectors[1]}), a query parameter,
   *     {@link Problem#WHOLE}, or any other path
   */
  public static Text of(String path) {
    Matcher indexed = INDEXED.matcher(path);
    if (indexed.matches()) {
      Optional<Text> field = field(indexed.group(1));
      if (field.isPresent()) {
        Text element =
            ELEMENT.render(
                ImmutableMap.of(
                    "field",
                    quoted(field.get()),
                    "position",
                    Long.parseLong(indexed.group(2)) + 1));
        return Text.render(language -> language == Language.ENGLISH ? path : element.in(language));
      }
    }
    if (path.equals(Problem.WHOLE)) {
      Text whole = FIELDS.get("WHOLE");
      return Text.render(language -> language == Language.ENGLISH ? path : whole.in(language));
    }
    Text shown = quoted(field(path).orElse(Text.of(path, path)));
    return Text.render(language -> language == Language.ENGLISH ? path : shown.in(language));
  }

  /** Returns the label of the field or parameter {@code name} in every language, if it has one. */
  public static Optional<Text> ofField(String name) {
    return field(name);
  }

  private static Optional<Text> field(String name) {
    return FIELDS.find("field." + name);
  }

  private static Text quoted(Text text) {
    return Text.render(language -> language.quote(text.in(language)));
  }
}
