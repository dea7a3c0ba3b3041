package io.github.regeneligibility.http.routes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.rules.HorizonBand;
import io.github.regeneligibility.rules.PolicyParameter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The {@code PolicyEdition} schema of the OpenAPI document, the shape of a policy file, written
 * from the declarations of {@link PolicyParameter#all()}: the document names no parameter itself,
 * so a parameter declared is a parameter documented. The document's resource holds {@link
 * #PLACEHOLDER} where the schema goes; {@link #document} puts the schema there, in the layout of
 * the rest of the document (two spaces, one array element per line).
 */
final class PolicyEditionSchema {

  /**
   * What the document's resource holds in place of the schema, on one line: a schema that says
   * where the real one comes from, so that the resource is a valid document too.
   */
  static final String PLACEHOLDER =
      "\"PolicyEdition\": {\"description\": \"Written from the declarations of the policy"
          + " parameters when served.\"}";

  /** How deep the schema stands in the document: {@code components}, {@code schemas}, itself. */
  private static final String INDENT = "      ";

  private static final String DESCRIPTION =
      "A policy edition in the policy-file format: every parameter of the rules.";

  /** The properties of a horizon band, as a policy file names them. */
  private static final ImmutableList<String> BAND = ImmutableList.of("upToYears", "points");

  private static final JsonFactory JSON = new JsonFactory();

  private PolicyEditionSchema() {}

  /**
   * Returns the OpenAPI document {@code resource} (UTF-8) with the schema in place of the
   * placeholder.
   *
   * @throws IllegalStateException if the resource holds no placeholder, or more than one
   */
  static byte[] document(byte[] resource) {
    String text = new String(resource, StandardCharsets.UTF_8);
    int at = text.indexOf(PLACEHOLDER);
    if (at < 0 || text.indexOf(PLACEHOLDER, at + 1) >= 0) {
      throw new IllegalStateException(
          "the OpenAPI document must hold " + PLACEHOLDER + " once, where the schema goes");
    }
    String schema = "\"PolicyEdition\": " + schema().replace("\n", "\n" + INDENT);
    return text.replace(PLACEHOLDER, schema).getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the schema alone, as JSON laid out as the document is. */
  static String schema() {
    StringWriter text = new StringWriter();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter layout =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try (JsonGenerator out = JSON.createGenerator(text).setPrettyPrinter(layout)) {
      object(properties(""), DESCRIPTION).to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }

  /** Writes one value of the schema. */
  @FunctionalInterface
  private interface Part {
    void to(JsonGenerator out) throws IOException;
  }

  /**
   * Returns the schemas of the properties of the object at {@code parent} ({@code ""}: the file's
   * root) by name, in the order of a policy file: a parameter's own, or a nested object's.
   */
  private static Map<String, Part> properties(String parent) {
    String prefix = parent.isEmpty() ? "" : parent + ".";
    Map<String, Part> properties = new LinkedHashMap<>();
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      if (!parameter.path().startsWith(prefix)) {
        continue;
      }
      String rest = parameter.path().substring(prefix.length());
      int dot = rest.indexOf('.');
      if (dot < 0) {
        properties.put(rest, parameter.accept(KINDS));
      } else {
        String name = rest.substring(0, dot);
        properties.computeIfAbsent(name, nested -> object(properties(prefix + nested), ""));
      }
    }
    return properties;
  }

  /** An object of exactly {@code properties}, each required, described if {@code description}. */
  private static Part object(Map<String, Part> properties, String description) {
    return out -> {
      out.writeStartObject();
      out.writeStringField("type", "object");
      if (!description.isEmpty()) {
        out.writeStringField("description", description);
      }
      out.writeBooleanField("additionalProperties", false);
      out.writeArrayFieldStart("required");
      for (String name : properties.keySet()) {
        out.writeString(name);
      }
      out.writeEndArray();
      out.writeObjectFieldStart("properties");
      for (Map.Entry<String, Part> property : properties.entrySet()) {
        out.writeFieldName(property.getKey());
        property.getValue().to(out);
      }
      out.writeEndObject();
      out.writeEndObject();
    };
  }

  private static Part integer(OptionalInt max) {
    return out -> {
      out.writeStartObject();
      out.writeStringField("type", "integer");
      out.writeNumberField("minimum", 0);
      if (max.isPresent()) {
        out.writeNumberField("maximum", max.getAsInt());
      }
      out.writeEndObject();
    };
  }

  private static Part reference(Class<?> component) {
    return out -> {
      out.writeStartObject();
      out.writeStringField("$ref", "#/components/schemas/" + component.getSimpleName());
      out.writeEndObject();
    };
  }

  /** The schema of each kind of parameter value. */
  private static final PolicyParameter.Visitor<Part> KINDS =
      new PolicyParameter.Visitor<>() {
        @Override
        public Part name(PolicyParameter<String> parameter, int maxLength) {
          return out -> {
            out.writeStartObject();
            out.writeStringField("type", "string");
            out.writeEndObject();
          };
        }

        @Override
        public Part date(PolicyParameter<LocalDate> parameter) {
          return out -> {
            out.writeStartObject();
            out.writeStringField("type", "string");
            out.writeStringField("format", "date");
            out.writeEndObject();
          };
        }

        @Override
        public Part wholeNumber(PolicyParameter<Integer> parameter) {
          return integer(parameter.fixedMax());
        }

        @Override
        public Part sectors(PolicyParameter<ImmutableSet<Sector>> parameter) {
          return out -> {
            out.writeStartObject();
            out.writeStringField("type", "array");
            out.writeBooleanField("uniqueItems", true);
            out.writeFieldName("items");
            reference(Sector.class).to(out);
            out.writeEndObject();
          };
        }

        @Override
        public Part stage(PolicyParameter<Stage> parameter) {
          return reference(Stage.class);
        }

        @Override
        public <K extends Enum<K>> Part pointsTable(
            PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys) {
          Map<String, Part> cells = new LinkedHashMap<>();
          for (K key : EnumSet.allOf(keys)) {
            cells.put(key.name(), integer(OptionalInt.empty()));
          }
          return object(cells, "");
        }

        @Override
        public Part horizonBands(PolicyParameter<ImmutableList<HorizonBand>> parameter) {
          Map<String, Part> band = new LinkedHashMap<>();
          for (String name : BAND) {
            band.put(name, integer(OptionalInt.empty()));
          }
          return out -> {
            out.writeStartObject();
            out.writeStringField("type", "array");
            out.writeFieldName("items");
            object(band, "").to(out);
            out.writeEndObject();
          };
        }
      };
}
