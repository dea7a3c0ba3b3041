package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Texts for people kept in resource files, one file per {@link Language}: {@code
 * <name>_<locale>.properties} (UTF-8) in the package of a class, every file with the same keys.
 * Labels, the templates of reason and problem codes, and the service's own texts are read this way,
 * so a third language is one more file beside each of today's.
 */
public final class Texts {
  private static final ConcurrentMap<String, Texts> READ = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Enum<?>, Template> TEMPLATES = new ConcurrentHashMap<>();

  private final String source;
  private final ImmutableMap<String, Text> texts;

  private Texts(String source, ImmutableMap<String, Text> texts) {
    this.source = source;
    this.texts = texts;
  }

  /**
   * Reads the files {@code <name>_<locale>.properties} beside {@code anchor}, one per language.
   *
   * @throws IllegalStateException if a file is missing or the files hold different keys
   */
  public static Texts read(Class<?> anchor, String name) {
    Properties[] files = new Properties[Language.values().length];
    for (Language language : Language.values()) {
      files[language.ordinal()] = file(anchor, name + "_" + language.locale() + ".properties");
    }
    Set<String> keys = files[Language.ENGLISH.ordinal()].stringPropertyNames();
    for (Language language : Language.values()) {
      if (!files[language.ordinal()].stringPropertyNames().equals(keys)) {
        throw new IllegalStateException(
            "the " + language + " texts of " + name + " have other keys than the English ones");
      }
    }
    ImmutableMap.Builder<String, Text> texts = ImmutableMap.builder();
    for (String key : keys) {
      texts.put(key, Text.render(language -> files[language.ordinal()].getProperty(key, "")));
    }
    return new Texts(name, texts.buildOrThrow());
  }

  /**
   * Returns the wording of {@code constant}: its text in the files {@code
   * <name>_<locale>.properties} beside its enum, keyed by the constant's name. Each set of files is
   * read once.
   *
   * @throws IllegalStateException if a file is missing, the files hold different keys, or they have
   *     no text for the constant
   */
  public static Text wording(Enum<?> constant, String name) {
    Class<?> type = constant.getDeclaringClass();
    return READ.computeIfAbsent(type.getName() + "/" + name, key -> read(type, name))
        .get(constant.name());
  }

  /**
   * Returns the wording of {@code constant}, as {@link #wording} reads it, as a template. Each
   * constant's template is read and parsed once, whatever {@code name} later calls give.
   *
   * @throws IllegalStateException if a file is missing, the files hold different keys, or they have
   *     no text for the constant
   * @throws IllegalArgumentException if the texts are not a template
   */
  public static Template template(Enum<?> constant, String name) {
    return TEMPLATES.computeIfAbsent(constant, key -> Template.of(wording(key, name)));
  }

  /**
   * Returns the text of {@code key}.
   *
   * @throws IllegalStateException if the files have no text for it
   */
  public Text get(String key) {
    Text text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException("no text for " + key + " in the " + source + " files");
    }
    return text;
  }

  /** Returns the text of {@code key}, or empty when the files have none. */
  public Optional<Text> find(String key) {
    return Optional.ofNullable(texts.get(key));
  }

  private static Properties file(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the resources");
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
