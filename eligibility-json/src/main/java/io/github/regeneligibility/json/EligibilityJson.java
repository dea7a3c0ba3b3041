package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict JSON binding of the library: reads applications and policy files, writes assessments and
 * policy files. Thread-safe; build one and share it.
 *
 * <p>Strictness: unknown properties, duplicate keys, wrong JSON types (no {@code "3"} for 3, no
 * {@code 2.5} or {@code 2.0} for a whole number), unknown enum names and trailing content are all
 * refused with the field named. Limits: nesting deeper than {@value #MAX_NESTING_DEPTH} levels,
 * strings longer than {@value #MAX_STRING_LENGTH} characters and numbers longer than {@value
 * #MAX_NUMBER_LENGTH} digits are refused.
 */
public final class EligibilityJson {

  /** The deepest nesting of JSON arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest JSON string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /** The longest JSON number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;

  private final ObjectMapper mapper;
  private final ApplicationValidator validator;

  private EligibilityJson(ApplicationValidator validator) {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    this.validator = validator;
  }

  /** Returns a binding that validates with the shared {@link ApplicationValidator}. */
  public static EligibilityJson create() {
    return new EligibilityJson(ApplicationValidator.shared());
  }

  /** Returns the configured, strict object mapper; share it, do not reconfigure it. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** Reads one application from a JSON document; never throws for bad input. */
  public ApplicationInput readApplication(byte[] json) {
    try (JsonParser parser = mapper.createParser(json)) {
      return readApplication(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  /** Reads one application from a JSON document; never throws for bad input. */
  public ApplicationInput readApplication(String json) {
    try (JsonParser parser = mapper.createParser(json)) {
      return readApplication(parser);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
  }

  private ApplicationInput readApplication(JsonParser parser) {
    List<InputProblem> problems = new ArrayList<>(1);
    Optional<JsonNode> tree = readTree(parser, problems);
    if (tree.isEmpty()) {
      return new ApplicationInput(Optional.empty(), ImmutableList.copyOf(problems));
    }
    return ApplicationBinding.read(tree.get(), validator);
  }

  /** Reads an application from an already parsed JSON tree. */
  public ApplicationInput readApplication(JsonNode tree) {
    return ApplicationBinding.read(tree, validator);
  }

  /**
   * Reads a JSON document into a tree, or adds the one problem that stopped the parser (malformed
   * JSON, a duplicate key, a limit) to {@code problems}.
   */
  Optional<JsonNode> readTree(JsonParser parser, List<InputProblem> problems) {
    try {
      JsonNode tree = mapper.readTree(parser);
      return Optional.of(tree == null ? mapper.missingNode() : tree);
    } catch (StreamConstraintsException e) {
      String[] limit = limit(e);
      problems.add(BindingCode.LIMIT_EXCEEDED.problem(InputProblem.DOCUMENT, limit[0], limit[1]));
    } catch (JsonProcessingException e) {
      problems.add(parseProblem(e, parser));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  private static InputProblem parseProblem(JsonProcessingException e, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate")) {
      return BindingCode.DUPLICATE_PROPERTY.problem(path(parser.getParsingContext(), true));
    }
    JsonLocation at = e.getLocation();
    String where =
        at == null
            ? ""
            : String.format(
                Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
    String chineseWhere =
        at == null
            ? ""
            : String.format(
                Locale.ROOT, "（第 %d 行第 %d 列）", at.getLineNr(), at.getColumnNr());
    String[] detail =
        message.startsWith("Trailing token")
            ? new String[] {"more than one JSON value", "含有多于一个 JSON 值"}
            : message.startsWith("Unexpected end-of-input")
                ? new String[] {"it ends too early", "内容提前结束"}
                : new String[] {"unexpected input", "出现意外的输入"};
    return BindingCode.MALFORMED_JSON.problem(
        InputProblem.DOCUMENT, detail[0] + where, detail[1] + chineseWhere);
  }

  /** Names a parsing context as a dotted path; the innermost name when {@code withName}. */
  private static String path(JsonStreamContext context, boolean withName) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        parts.add(0, at.getCurrentName());
      } else if (at.inArray()) {
        parts.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
      }
    }
    String joined = String.join(".", parts).replace(".[", "[");
    return joined.isEmpty() || !withName ? InputProblem.DOCUMENT : joined;
  }

  /** Returns which limit {@code e} met, in English and in Chinese. */
  private static String[] limit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return new String[] {
        "nesting deeper than " + MAX_NESTING_DEPTH + " levels",
        "嵌套超过 " + MAX_NESTING_DEPTH + " 层"
      };
    }
    if (message.contains("String value length")) {
      return new String[] {
        "a string longer than " + MAX_STRING_LENGTH + " characters",
        "字符串超过 " + MAX_STRING_LENGTH + " 个字符"
      };
    }
    if (message.contains("Number value length")) {
      return new String[] {
        "a number longer than " + MAX_NUMBER_LENGTH + " characters",
        "数字超过 " + MAX_NUMBER_LENGTH + " 个字符"
      };
    }
    return new String[] {"a size limit of the JSON reader", "JSON 读取器的大小限制"};
  }

  /** Writes {@code assessment} in the wire format, with messages in {@code language}. */
  public void writeAssessment(Assessment assessment, Language language, JsonGenerator out)
      throws IOException {
    AssessmentWriter.write(assessment, language, out);
  }

  /**
   * Writes {@code assessment} in the wire format followed by an {@code improvements} array: each
   * element names the changed {@code field} and its new {@code value}, then the {@code tier} and
   * {@code score} it would reach, the gates it would pass ({@code passesGates}), and a reason.
   */
  public void writeAssessment(
      Assessment assessment,
      List<Improvement> improvements,
      Language language,
      JsonGenerator out)
      throws IOException {
    AssessmentWriter.write(assessment, improvements, language, out);
  }

  /** Returns {@code assessment} and its improvements in the wire format. */
  public String writeAssessment(
      Assessment assessment, List<Improvement> improvements, Language language) {
    return write(out -> AssessmentWriter.write(assessment, improvements, language, out));
  }

  /** Returns {@code assessment} in the wire format, with messages in {@code language}. */
  public String writeAssessment(Assessment assessment, Language language) {
    return write(out -> AssessmentWriter.write(assessment, language, out));
  }

  /**
   * Reads a policy edition from a policy file's content.
   *
   * @param source names the file in messages
   * @throws PolicyFileException naming every problem by its JSON path
   */
  public PolicyEdition readPolicy(byte[] json, String source) throws PolicyFileException {
    List<InputProblem> problems = new ArrayList<>(1);
    Optional<JsonNode> tree;
    try (JsonParser parser = mapper.createParser(json)) {
      tree = readTree(parser, problems);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    if (tree.isEmpty()) {
      throw new PolicyFileException(source, problems);
    }
    return PolicyBinding.read(tree.get(), source);
  }

  /**
   * Reads a policy edition from a policy file.
   *
   * @throws PolicyFileException naming every problem by its JSON path
   * @throws IOException if the file cannot be read
   */
  public PolicyEdition readPolicy(Path file) throws PolicyFileException, IOException {
    return readPolicy(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads a policy edition from a stream, which is read to its end but not closed.
   *
   * @throws PolicyFileException naming every problem by its JSON path
   * @throws IOException if the stream cannot be read
   */
  public PolicyEdition readPolicy(InputStream in, String source)
      throws PolicyFileException, IOException {
    return readPolicy(in.readAllBytes(), source);
  }

  /** Writes {@code edition} in the policy-file format. */
  public void writePolicy(PolicyEdition edition, JsonGenerator out) throws IOException {
    PolicyBinding.write(edition, out);
  }

  /** Returns {@code edition} in the policy-file format, pretty-printed. */
  public String writePolicy(PolicyEdition edition) {
    return write(
        out -> {
          out.useDefaultPrettyPrinter();
          PolicyBinding.write(edition, out);
        });
  }

  /**
   * A member of a cohort that is not a valid application: its position (from 0) and every problem.
   *
   * @param index the member's position in the cohort, from 0
   * @param problems every problem of the member
   */
  public record InvalidMember(int index, List<InputProblem> problems) {
    /** Copies the problems. */
    public InvalidMember {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Returns a policy impact as JSON: the whole domain's, and a cohort's with its invalid members
   * when {@code cohort} is given; problem messages in {@code language}.
   */
  public String writeImpact(
      PolicyImpact domain,
      Optional<PolicyImpact> cohort,
      List<InvalidMember> invalid,
      Language language) {
    return write(
        out -> {
          out.useDefaultPrettyPrinter();
          ImpactWriter.write(domain, cohort, invalid, language, out);
        });
  }

  /** Returns the sensitivity of {@code edition}'s parameters as JSON. */
  public String writeSensitivity(
      PolicyReference edition, List<ParameterSensitivity> sensitivities) {
    return write(
        out -> {
          out.useDefaultPrettyPrinter();
          ImpactWriter.writeSensitivity(edition, sensitivities, out);
        });
  }

  private interface Writing {
    void to(JsonGenerator out) throws IOException;
  }

  private String write(Writing writing) {
    try (SegmentedStringWriter text = new SegmentedStringWriter(mapper.getFactory()._getBufferRecycler());
        JsonGenerator out = mapper.createGenerator(text)) {
      writing.to(out);
      out.flush();
      return text.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }
}
