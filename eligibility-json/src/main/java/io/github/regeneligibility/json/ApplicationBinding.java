package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.ValidationResult;
import io.github.regeneligibility.model.ValidityCode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds an application's fields, from JSON or from CSV alike, to an {@link ApplicationForm}, then
 * validates it: bind what can be read, validate, and hide the violations on fields that could not
 * be read. Binding problems and validity violations are reported together, in the order of the
 * fields; a field that could not be read is reported once, for its binding problem, not again as
 * missing.
 */
public final class ApplicationBinding {

  private static final ImmutableList<String> FIELDS = ApplicationForm.FIELDS;
  static final ImmutableSet<String> KNOWN = ImmutableSet.copyOf(FIELDS);

  /**
   * What the reader of an application keeps of a JSON document: its fields, and at most {@link
   * Application#MAX_SECTORS} elements of an array. Unknown properties are reported as the document
   * is read, and nothing of them is stored.
   */
  static final JsonDocument.Keep KEEP = new JsonDocument.Keep(KNOWN, Application.MAX_SECTORS);

  private static final Comparator<Problem> ORDER =
      Comparator.comparingInt(problem -> rank(problem.getPath()));

  /**
   * The fields of one application in some format (a JSON object, a CSV record, a row of a
   * workbook), named by their JSON names. Each read adds a problem to the binding's list when the
   * field is there but cannot be read, and then gives empty, as when it is absent.
   */
  public interface Fields {
    /** Returns the text of {@code field}, or empty when it is absent or cannot be read. */
    Optional<String> text(String field);

    /** Returns the constant of {@code type} that {@code field} names, or empty. */
    <E extends Enum<E>> Optional<E> constant(String field, Class<E> type);

    /** Returns the constants of {@code type} that {@code field} lists, or empty. */
    <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type);

    /** Returns the whole number {@code field} holds, or empty. */
    Optional<Integer> wholeNumber(String field);
  }

  private ApplicationBinding() {}

  /**
   * Binds the fields, validates the form, and returns the application or every problem: those
   * already in {@code problems} (found while reading the input) and the ones found now.
   */
  static ApplicationInput bind(
      Fields fields, List<Problem> problems, ApplicationValidator validator) {
    ApplicationForm.Builder form = new ApplicationForm.Builder();
    fields.text("id").ifPresent(form::id);
    fields.text("projectName").ifPresent(form::projectName);
    fields.text("applicantName").ifPresent(form::applicantName);
    fields.constant("origin", Origin.class).ifPresent(form::origin);
    fields.constant("role", Role.class).ifPresent(form::role);
    fields.constants("sectors", Sector.class).ifPresent(form::addAllSectors);
    fields.constant("primarySector", Sector.class).ifPresent(form::primarySector);
    fields.constant("pathway", Pathway.class).ifPresent(form::pathway);
    fields.constant("stage", Stage.class).ifPresent(form::stage);
    fields.wholeNumber("yearsToIndustrialization").ifPresent(form::yearsToIndustrialization);

    ValidationResult validation = validator.validate(form.build());
    if (problems.isEmpty()) {
      return validation.isValid()
          ? new ApplicationInput(validation.getApplication(), ImmutableList.of())
          : new ApplicationInput(Optional.empty(), validation.getViolations());
    }
    Set<String> unread = problems.stream().map(p -> root(p.getPath())).collect(Collectors.toSet());
    CappedProblems all = new CappedProblems();
    problems.forEach(all::add);
    validation.getViolations().stream()
        .filter(violation -> !unread.contains(violation.getPath()))
        .filter(
            violation ->
                !(unread.contains("sectors")
                    && violation.getCode() == ValidityCode.PRIMARY_SECTOR_NOT_IN_SECTORS))
        .forEach(all::add);
    return new ApplicationInput(
        Optional.empty(),
        all.kept().stream().sorted(ORDER).collect(ImmutableList.toImmutableList()),
        omitted(problems) + all.omitted());
  }

  /**
   * Binds the fields of one application read from another format than JSON or CSV (a row of a
   * workbook), validates it with the shared validator, and returns the application or every
   * problem: those already in {@code problems}, found while reading the input (at most {@link
   * ApplicationInput#MAX_PROBLEMS} are kept), and those found now, in the order of the fields.
   */
  public static ApplicationInput bind(Fields fields, List<Problem> problems) {
    return bind(fields, problems, ApplicationValidator.shared());
  }

  /** Returns the outcome of an input that could not be bound at all: its problems. */
  static ApplicationInput refused(List<Problem> problems) {
    return new ApplicationInput(
        Optional.empty(), ImmutableList.copyOf(problems), omitted(problems));
  }

  /** Returns how many problems {@code problems} counted without keeping them. */
  private static long omitted(List<Problem> problems) {
    return problems instanceof CappedProblems capped ? capped.omitted() : 0;
  }

  /** Reads an application from a JSON tree. */
  static ApplicationInput read(JsonNode tree, ApplicationValidator validator) {
    return read(tree, new CappedProblems(), validator);
  }

  /**
   * Reads an application from a JSON tree, adding to {@code problems}, those found while the tree
   * was read.
   */
  static ApplicationInput read(
      JsonNode tree, List<Problem> problems, ApplicationValidator validator) {
    TreeReader reader = new TreeReader(problems);
    Optional<ObjectNode> found = reader.object(tree, "");
    if (found.isEmpty()) {
      return refused(problems);
    }
    ObjectNode json = found.get();
    reader.refuseUnknown(json, "", KNOWN);
    return bind(new JsonFields(json, reader), problems, validator);
  }

  /** The fields of a JSON object. */
  private record JsonFields(ObjectNode json, TreeReader reader) implements Fields {
    @Override
    public Optional<String> text(String field) {
      return reader.string(json.get(field), field);
    }

    @Override
    public <E extends Enum<E>> Optional<E> constant(String field, Class<E> type) {
      return reader.constant(json.get(field), field, type);
    }

    @Override
    public <E extends Enum<E>> Optional<List<E>> constants(String field, Class<E> type) {
      return reader.constants(json.get(field), field, type);
    }

    @Override
    public Optional<Integer> wholeNumber(String field) {
      return reader.wholeNumber(json.get(field), field);
    }
  }

  /** Returns the top-level property a path starts with: {@code sectors[1]} is {@code sectors}. */
  static String root(String path) {
    int bracket = path.indexOf('[');
    return bracket < 0 ? path : path.substring(0, bracket);
  }

  private static int rank(String path) {
    if (path.equals(Problem.WHOLE)) {
      return -1;
    }
    int rank = FIELDS.indexOf(root(path));
    return rank < 0 ? FIELDS.size() : rank;
  }
}
