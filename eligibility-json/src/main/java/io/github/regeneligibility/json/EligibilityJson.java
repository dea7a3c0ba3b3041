package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import io.github.regeneligibility.rules.PolicyImpact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Strict JSON binding of the library: reads applications, policy files and impact requests, writes
 * assessments, policy files and policy impacts. Thread-safe; build one and share it.
 *
 * <p>Strictness: unknown properties, duplicate keys, wrong JSON types (no {@code "3"} for 3, no
 * {@code 2.5} or {@code 2.0} for a whole number), unknown enum names and trailing content are all
 * refused with the field named. Limits, checked while reading: nesting deeper than {@value
 * #MAX_NESTING_DEPTH} levels, strings longer than {@value #MAX_STRING_LENGTH} characters and
 * numbers longer than {@value #MAX_NUMBER_LENGTH} digits are refused.
 *
 * <p>Bounds against hostile input: JSON is read from UTF-8 only (a byte-order mark is allowed); an
 * application keeps at most {@value ApplicationInput#MAX_PROBLEMS} problems and counts the others
 * ({@link ApplicationInput#omittedProblems()}); the elements of an array past its maximum (seven
 * {@code sectors}) are checked but not stored, and one problem says how many it held; text taken
 * from the input into a message or a path (a property name, a value) is cut to {@value
 * io.github.regeneligibility.model.Template#ECHO_LIMIT} characters.
 *
 * <p>No type of the underlying JSON library appears in this API: applications come in as bytes or
 * text, assessments and policy files go out as text, and problems are {@link Problem}s.
 */
public final class EligibilityJson {

  /** The deepest nesting of JSON arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 16;

  /** The longest JSON string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /** The longest JSON number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** The validator, asked for at the first read: building it is the longest step of a start. */
  private final Supplier<ApplicationValidator> validator;

  private EligibilityJson(Supplier<ApplicationValidator> validator) {
    this.validator = validator;
  }

  /**
   * Returns a binding that validates with the shared {@link ApplicationValidator}. The validator is
   * not built here but at the first read that needs it, so a binding is cheap to create.
   */
  public static EligibilityJson create() {
    return new EligibilityJson(ApplicationValidator::shared);
  }

  /**
   * Returns a binding that validates with {@code validator}: for a system that builds and shares a
   * validator of its own, such as the Spring Boot starter's bean.
   */
  public static EligibilityJson create(ApplicationValidator validator) {
    Objects.requireNonNull(validator, "validator");
    return new EligibilityJson(() -> validator);
  }

  /**
   * Reads one application from a JSON document in UTF-8, with or without a byte-order mark; never
   * throws for bad input. Bytes in another encoding are refused with a problem that names it, and
   * bytes that are not UTF-8 with one that names the first of them.
   */
  public ApplicationInput readApplication(byte[] json) {
    List<Problem> problems = new CappedProblems();
    return application(JsonDocument.read(json, ApplicationBinding.KEEP, problems), problems);
  }

  /** Reads one application from a JSON document; never throws for bad input. */
  public ApplicationInput readApplication(String json) {
    List<Problem> problems = new CappedProblems();
    return application(JsonDocument.read(json, ApplicationBinding.KEEP, problems), problems);
  }

  private ApplicationInput application(Optional<JsonNode> tree, List<Problem> problems) {
    return tree.isPresent()
        ? ApplicationBinding.read(tree.get(), problems, validator.get())
        : ApplicationBinding.refused(problems);
  }

  /**
   * Reads a request for the impact of moving from one edition to another, {@code {"from", "to",
   * "cohort"}}, from a JSON document (UTF-8); never throws for bad input. Each edition is a whole
   * edition in the policy-file format (a draft's problems are named under it, as {@code
   * to.eligibilityThreshold}) or {@code {"id", "version"}} naming one of {@code served}; the
   * optional cohort is an array of at most {@code maxCohort} applications, whose invalid members
   * are listed apart rather than refusing the request.
   */
  public ImpactRequest readImpactRequest(byte[] json, List<PolicyEdition> served, int maxCohort) {
    List<Problem> problems = new ArrayList<>(1);
    Optional<JsonNode> tree = JsonDocument.read(json, problems);
    if (tree.isEmpty()) {
      return ImpactRequestBinding.invalid(problems);
    }
    return ImpactRequestBinding.read(tree.get(), served, maxCohort, validator.get());
  }

  /** Returns {@code assessment} in the wire format, with messages in {@code language}. */
  public String writeAssessment(Assessment assessment, Language language) {
    return write(out -> AssessmentWriter.write(assessment, null, language, out));
  }

  /**
   * Returns {@code assessment} in the wire format followed by an {@code improvements} array: each
   * element names the changed {@code field} and its new {@code value}, then the {@code tier} and
   * {@code score} it would reach, the gates it would pass ({@code passesGates}), and a reason.
   */
  public String writeAssessment(
      Assessment assessment, List<Improvement> improvements, Language language) {
    return write(out -> AssessmentWriter.write(assessment, improvements, language, out));
  }

  /**
   * Writes what {@link #writeAssessment(Assessment, Language)} returns to {@code out}, encoded in
   * UTF-8, as it goes: for answers of many assessments in one stream. {@code out} is not closed.
   *
   * @throws IOException if {@code out} fails
   */
  public void writeAssessment(Assessment assessment, Language language, OutputStream out)
      throws IOException {
    writeUtf8(generator -> AssessmentWriter.write(assessment, null, language, generator), out);
  }

  /**
   * Returns what {@link #writeAssessment(Assessment, List, Language)} returns, encoded in UTF-8:
   * the bytes a service sends, written as bytes from the start rather than as characters encoded
   * after.
   */
  public byte[] writeAssessmentUtf8(
      Assessment assessment, List<Improvement> improvements, Language language) {
    return writeUtf8(out -> AssessmentWriter.write(assessment, improvements, language, out));
  }

  /**
   * Returns {@code application} in the request format of {@code POST /v1/assessments}: what {@link
   * #readApplication(String)} reads back to an equal application.
   */
  public String writeApplication(Application application) {
    return write(out -> ImpactWriter.application(application, out));
  }

  /**
   * Returns the reference to an edition as assessments carry it: {@code id}, {@code version} and
   * {@code effectiveFrom}.
   */
  public String writeReference(PolicyReference policy) {
    return write(out -> AssessmentWriter.writeReference(policy, out));
  }

  /**
   * Returns the problems of policy files, such as those of a change to a {@link PolicyDirectory}
   * that was refused, as a JSON array: each {@code {"file", "path", "code", "message"}}, the
   * message in {@code language} and the file empty for a problem that names none.
   */
  public String writePolicyProblems(List<Problem> problems, Language language) {
    return write(
        out -> {
          out.writeStartArray();
          for (Problem problem : problems) {
            ProblemWriter.writeInFile(problem, language, out);
          }
          out.writeEndArray();
        });
  }

  /**
   * Returns {@code {"editions": [...]}}: each edition of {@code editions} by effective date, with
   * its {@code id}, {@code version}, {@code effectiveFrom} and {@code status} as of today.
   */
  public String writeEditions(PolicyEditions editions) {
    return write(out -> EditionsWriter.editions(editions, out));
  }

  /**
   * Reads a policy edition from a policy file's content.
   *
   * @param source names the file in messages
   * @throws PolicyFileException naming every problem by its JSON path
   */
  public PolicyEdition readPolicy(byte[] json, String source) throws PolicyFileException {
    List<Problem> problems = new ArrayList<>(1);
    Optional<JsonNode> tree = JsonDocument.read(json, problems);
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
  public record InvalidMember(int index, List<Problem> problems) {
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

  /** Writes one JSON value to a generator; the one shape of every writer here. */
  private interface Writing {
    void to(JsonGenerator out) throws IOException;
  }

  private static byte[] writeUtf8(Writing writing) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try {
      writeUtf8(writing, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** Writes to {@code out} in UTF-8, and leaves it open. */
  private static void writeUtf8(Writing writing, OutputStream out) throws IOException {
    try (JsonGenerator generator = JsonDocument.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writing.to(generator);
    }
  }

  private static String write(Writing writing) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator out = JsonDocument.FACTORY.createGenerator(text)) {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return text.toString();
  }
}
