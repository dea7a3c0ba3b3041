package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.rules.HorizonBand;
import io.github.regeneligibility.rules.InvalidPolicyException;
import io.github.regeneligibility.rules.PolicyDraft;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyParameter;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Binds policy files to {@link PolicyEdition}s and back, driven by the declarations of {@link
 * PolicyParameter#all()}: a parameter's path says where it stands in the file (a dot opens a nested
 * object), its kind how its value is written; a {@link PolicyParameter.Visitor} for reading and one
 * for writing receive each declaration typed by its value. Every property is required and unknown
 * ones are refused.
 */
final class PolicyBinding {

  private static final ImmutableSet<String> BAND = ImmutableSet.of("upToYears", "points");

  private final List<Problem> problems = new ArrayList<>();
  private final TreeReader reader = new TreeReader(problems);

  private PolicyBinding() {}

  /** Returns the edition the tree describes, or every problem in it, each naming {@code source}. */
  static PolicyEdition read(JsonNode tree, String source) throws PolicyFileException {
    PolicyBinding binding = new PolicyBinding();
    Optional<PolicyDraft> draft = binding.draft(tree);
    if (draft.isEmpty() || !binding.problems.isEmpty()) {
      throw new PolicyFileException(source, binding.problems);
    }
    try {
      return draft.get().build();
    } catch (InvalidPolicyException e) {
      throw new PolicyFileException(source, e.getProblems());
    }
  }

  /** The names of the properties of the object at {@code path} ({@code ""}: the file's root). */
  private static ImmutableSet<String> names(String path) {
    String prefix = path.isEmpty() ? "" : path + ".";
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      if (parameter.path().startsWith(prefix)) {
        String rest = parameter.path().substring(prefix.length());
        int dot = rest.indexOf('.');
        names.add(dot < 0 ? rest : rest.substring(0, dot));
      }
    }
    return names.build();
  }

  private Optional<PolicyDraft> draft(JsonNode tree) {
    Optional<ObjectNode> root = objectAt(tree, "");
    if (root.isEmpty()) {
      return Optional.empty();
    }
    // Values are set on the draft as they are read; it is built only when the whole file bound
    // without a problem, so a builder with a missing attribute is never built.
    PolicyDraft draft = new PolicyDraft();
    Map<String, Optional<ObjectNode>> objects = new LinkedHashMap<>();
    objects.put("", root);
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      String path = parameter.path();
      int dot = path.lastIndexOf('.');
      String parent = dot < 0 ? "" : path.substring(0, dot);
      Optional<ObjectNode> object =
          objects.computeIfAbsent(parent, name -> root.flatMap(json -> nested(json, name)));
      object
          .flatMap(json -> parameter.accept(new ValueReader(json.get(path.substring(dot + 1)))))
          .ifPresent(setting -> setting.accept(draft));
    }
    return Optional.of(draft);
  }

  /** Returns the object at {@code path} (properties checked), absent when it is missing. */
  private Optional<ObjectNode> nested(ObjectNode root, String path) {
    JsonNode node = root.get(path);
    return TreeReader.absent(node) ? Optional.empty() : objectAt(node, path);
  }

  private Optional<ObjectNode> objectAt(JsonNode node, String path) {
    Optional<ObjectNode> found = reader.object(node, path);
    found.ifPresent(
        json -> {
          ImmutableSet<String> names = names(path);
          reader.refuseUnknown(json, path, names);
          for (String name : names) {
            reader.require(json, path, name);
          }
        });
    return found;
  }

  /**
   * Reads the value of one parameter from its node, as the kind of the parameter says, and returns
   * how to set it on a draft; empty when the node is missing or has a problem (then reported).
   */
  private final class ValueReader
      implements PolicyParameter.Visitor<Optional<Consumer<PolicyDraft>>> {
    private final JsonNode node;

    ValueReader(JsonNode node) {
      this.node = node;
    }

    @Override
    public Optional<Consumer<PolicyDraft>> name(PolicyParameter<String> parameter, int maxLength) {
      return setting(parameter, reader.string(node, parameter.path()));
    }

    @Override
    public Optional<Consumer<PolicyDraft>> date(PolicyParameter<LocalDate> parameter) {
      return setting(parameter, reader.date(node, parameter.path()));
    }

    @Override
    public Optional<Consumer<PolicyDraft>> wholeNumber(PolicyParameter<Integer> parameter) {
      return setting(parameter, reader.wholeNumber(node, parameter.path()));
    }

    @Override
    public Optional<Consumer<PolicyDraft>> sectors(
        PolicyParameter<ImmutableSet<Sector>> parameter) {
      return setting(
          parameter,
          reader.constants(node, parameter.path(), Sector.class).map(ImmutableSet::copyOf));
    }

    @Override
    public Optional<Consumer<PolicyDraft>> stage(PolicyParameter<Stage> parameter) {
      return setting(parameter, reader.constant(node, parameter.path(), Stage.class));
    }

    @Override
    public <K extends Enum<K>> Optional<Consumer<PolicyDraft>> pointsTable(
        PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys) {
      return setting(parameter, table(node, parameter.path(), keys));
    }

    @Override
    public Optional<Consumer<PolicyDraft>> horizonBands(
        PolicyParameter<ImmutableList<HorizonBand>> parameter) {
      return setting(parameter, bands(node, parameter.path()));
    }
  }

  private static <T> Optional<Consumer<PolicyDraft>> setting(
      PolicyParameter<T> parameter, Optional<T> value) {
    return value.map(read -> draft -> parameter.setOn(draft, read));
  }

  private Optional<ImmutableList<HorizonBand>> bands(JsonNode node, String path) {
    return reader
        .array(node, path)
        .map(
            (ArrayNode array) -> {
              List<HorizonBand> bands = new ArrayList<>();
              for (int i = 0; i < array.size(); i++) {
                String at = TreeReader.element(path, i);
                Optional<ObjectNode> band = reader.object(array.get(i), at);
                if (band.isEmpty()) {
                  continue;
                }
                reader.refuseUnknown(band.get(), at, BAND);
                BAND.forEach(name -> reader.require(band.get(), at, name));
                Optional<Integer> upTo =
                    reader.wholeNumber(band.get().get("upToYears"), at + ".upToYears");
                Optional<Integer> points =
                    reader.wholeNumber(band.get().get("points"), at + ".points");
                if (upTo.isPresent() && points.isPresent()) {
                  bands.add(HorizonBand.of(upTo.get(), points.get()));
                }
              }
              return ImmutableList.copyOf(bands);
            });
  }

  /** Reads an object whose property names are constants of {@code type} and values numbers. */
  private <E extends Enum<E>> Optional<ImmutableMap<E, Integer>> table(
      JsonNode node, String path, Class<E> type) {
    if (TreeReader.absent(node)) {
      return Optional.empty();
    }
    return reader
        .object(node, path)
        .map(
            json -> {
              Map<E, Integer> table = new LinkedHashMap<>();
              for (Map.Entry<String, JsonNode> field : json.properties()) {
                String at = TreeReader.child(path, field.getKey());
                Optional<E> key = TreeReader.named(type, field.getKey());
                if (key.isEmpty()) {
                  problems.add(Problem.of(at, FormatCode.UNKNOWN_PROPERTY));
                }
                Optional<Integer> value = reader.wholeNumber(field.getValue(), at);
                if (key.isPresent() && value.isPresent()) {
                  table.put(key.get(), value.get());
                }
              }
              return ImmutableMap.copyOf(table);
            });
  }

  /** Writes {@code edition} in the policy-file format. */
  static void write(PolicyEdition edition, JsonGenerator out) throws IOException {
    ValueWriter values = new ValueWriter(edition);
    out.writeStartObject();
    String open = "";
    for (PolicyParameter<?> parameter : PolicyParameter.all()) {
      String path = parameter.path();
      int dot = path.indexOf('.');
      String parent = dot < 0 ? "" : path.substring(0, dot);
      if (!parent.equals(open)) {
        if (!open.isEmpty()) {
          out.writeEndObject();
        }
        if (!parent.isEmpty()) {
          out.writeObjectFieldStart(parent);
        }
        open = parent;
      }
      out.writeFieldName(path.substring(dot + 1));
      parameter.accept(values).to(out);
    }
    if (!open.isEmpty()) {
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  /** A value ready to be written. */
  @FunctionalInterface
  private interface Value {
    void to(JsonGenerator out) throws IOException;
  }

  /** Writes one element of an array. */
  private interface Element<E> {
    void write(E element, JsonGenerator out) throws IOException;
  }

  /**
   * Returns the value of each parameter in an edition, written as the kind of the parameter says.
   */
  private static final class ValueWriter implements PolicyParameter.Visitor<Value> {
    private final PolicyEdition edition;

    ValueWriter(PolicyEdition edition) {
      this.edition = edition;
    }

    @Override
    public Value name(PolicyParameter<String> parameter, int maxLength) {
      String name = parameter.valueIn(edition);
      return out -> out.writeString(name);
    }

    @Override
    public Value date(PolicyParameter<LocalDate> parameter) {
      LocalDate date = parameter.valueIn(edition);
      return out -> out.writeString(date.toString());
    }

    @Override
    public Value wholeNumber(PolicyParameter<Integer> parameter) {
      int number = parameter.valueIn(edition);
      return out -> out.writeNumber(number);
    }

    @Override
    public Value sectors(PolicyParameter<ImmutableSet<Sector>> parameter) {
      return array(parameter.valueIn(edition), (sector, out) -> out.writeString(sector.name()));
    }

    @Override
    public Value stage(PolicyParameter<Stage> parameter) {
      Stage stage = parameter.valueIn(edition);
      return out -> out.writeString(stage.name());
    }

    @Override
    public <K extends Enum<K>> Value pointsTable(
        PolicyParameter<ImmutableMap<K, Integer>> parameter, Class<K> keys) {
      ImmutableMap<K, Integer> table = parameter.valueIn(edition);
      return out -> {
        out.writeStartObject();
        for (Map.Entry<K, Integer> cell : table.entrySet()) {
          out.writeNumberField(cell.getKey().name(), cell.getValue());
        }
        out.writeEndObject();
      };
    }

    @Override
    public Value horizonBands(PolicyParameter<ImmutableList<HorizonBand>> parameter) {
      return array(
          parameter.valueIn(edition),
          (band, out) -> {
            out.writeStartObject();
            out.writeNumberField("upToYears", band.getUpToYears());
            out.writeNumberField("points", band.getPoints());
            out.writeEndObject();
          });
    }

    /** Writes {@code elements} as an array, each element by {@code element}. */
    private static <E> Value array(Iterable<E> elements, Element<E> element) {
      return out -> {
        out.writeStartArray();
        for (E each : elements) {
          element.write(each, out);
        }
        out.writeEndArray();
      };
    }
  }
}
