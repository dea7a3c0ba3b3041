package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The labels of the vocabulary, read once from {@code labels_<locale>.properties} (UTF-8), one file
 * per {@link Language}. Every file must label the same terms; this is checked when the labels are
 * read, so a missing translation fails at once rather than showing an empty label.
 */
final class Labels {
  private Labels() {}

  private static final ImmutableMap<String, Text> LABELS = read();

  /**
   * Returns the label of {@code term}.
   *
   * @throws IllegalStateException if the labels files have no label for it
   */
  static Text of(Enum<?> term) {
    String key = key(term);
    Text label = LABELS.get(key);
    if (label == null) {
      throw new IllegalStateException("no label for " + key + " in the labels files");
    }
    return label;
  }

  private static String key(Enum<?> term) {
    return term.getDeclaringClass().getSimpleName() + "." + term.name();
  }

  private static ImmutableMap<String, Text> read() {
    Properties[] files = new Properties[Language.values().length];
    for (Language language : Language.values()) {
      files[language.ordinal()] = file("labels_" + language.locale() + ".properties");
    }
    Set<String> keys = files[Language.ENGLISH.ordinal()].stringPropertyNames();
    for (Language language : Language.values()) {
      if (!files[language.ordinal()].stringPropertyNames().equals(keys)) {
        throw new IllegalStateException(
            "the " + language + " labels name other terms than the English ones");
      }
    }
    ImmutableMap.Builder<String, Text> labels = ImmutableMap.builder();
    for (String key : keys) {
      labels.put(key, Text.render(language -> files[language.ordinal()].getProperty(key, "")));
    }
    return labels.buildOrThrow();
  }

  private static Properties file(String name) {
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the model's resources");
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
