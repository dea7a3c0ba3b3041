package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.ValidationResult;
import io.github.regeneligibility.model.ViolationCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds an application's JSON object to an {@link ApplicationForm}, then validates it. Binding
 * problems and validity violations are reported together; a field whose JSON could not be bound is
 * reported once, for its binding problem, not again as missing.
 */
final class ApplicationBinding {

  private static final ImmutableList<String> FIELDS = ApplicationForm.FIELDS;
  private static final ImmutableSet<String> KNOWN = ImmutableSet.copyOf(FIELDS);

  private static final Comparator<InputProblem> ORDER =
      Comparator.comparingInt(problem -> rank(problem.field()));

  private ApplicationBinding() {}

  static ApplicationInput read(JsonNode tree, ApplicationValidator validator) {
    List<InputProblem> problems = new ArrayList<>();
    TreeReader reader = new TreeReader(problems);
    Optional<ObjectNode> found = reader.object(tree, "");
    if (found.isEmpty()) {
      return new ApplicationInput(Optional.empty(), ImmutableList.copyOf(problems));
    }
    ObjectNode json = found.get();
    reader.refuseUnknown(json, "", KNOWN);

    ApplicationForm.Builder form = new ApplicationForm.Builder();
    reader.string(json.get("id"), "id").ifPresent(form::id);
    reader.string(json.get("projectName"), "projectName").ifPresent(form::projectName);
    reader.string(json.get("applicantName"), "applicantName").ifPresent(form::applicantName);
    reader.constant(json.get("origin"), "origin", Origin.class).ifPresent(form::origin);
    reader.constant(json.get("role"), "role", Role.class).ifPresent(form::role);
    reader.constants(json.get("sectors"), "sectors", Sector.class).ifPresent(form::addAllSectors);
    reader
        .constant(json.get("primarySector"), "primarySector", Sector.class)
        .ifPresent(form::primarySector);
    reader.constant(json.get("pathway"), "pathway", Pathway.class).ifPresent(form::pathway);
    reader.constant(json.get("stage"), "stage", Stage.class).ifPresent(form::stage);
    reader
        .wholeNumber(json.get("yearsToIndustrialization"), "yearsToIndustrialization")
        .ifPresent(form::yearsToIndustrialization);

    ValidationResult validation = validator.validate(form.build());
    if (problems.isEmpty()) {
      return validation.isValid()
          ? new ApplicationInput(validation.getApplication(), ImmutableList.of())
          : new ApplicationInput(
              Optional.empty(),
              validation.getViolations().stream()
                  .map(InputProblem::of)
                  .collect(ImmutableList.toImmutableList()));
    }
    Set<String> unbound = problems.stream().map(p -> root(p.field())).collect(Collectors.toSet());
    validation.getViolations().stream()
        .filter(violation -> !unbound.contains(violation.getField()))
        .filter(
            violation ->
                !(unbound.contains("sectors")
                    && violation.getCode() == ViolationCode.PRIMARY_SECTOR_NOT_IN_SECTORS))
        .map(InputProblem::of)
        .forEach(problems::add);
    return new ApplicationInput(
        Optional.empty(), problems.stream().sorted(ORDER).collect(ImmutableList.toImmutableList()));
  }

  /** Returns the top-level property a path starts with: {@code sectors[1]} is {@code sectors}. */
  private static String root(String path) {
    int bracket = path.indexOf('[');
    return bracket < 0 ? path : path.substring(0, bracket);
  }

  private static int rank(String field) {
    int rank = FIELDS.indexOf(root(field));
    return rank < 0 ? FIELDS.size() : rank;
  }
}
