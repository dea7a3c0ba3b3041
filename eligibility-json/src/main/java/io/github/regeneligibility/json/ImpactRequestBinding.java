package io.github.regeneligibility.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.PolicyEdition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an impact request {@code {"from", "to", "cohort"}}: each edition a whole edition in the
 * policy-file format or {@code {"id", "version"}} naming a served one, the cohort an array of
 * applications. A draft's problems are named by their path under the edition ({@code
 * to.eligibilityThreshold}).
 */
final class ImpactRequestBinding {

  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("from", "to", "cohort");
  private static final ImmutableSet<String> REFERENCE = ImmutableSet.of("id", "version");

  private final List<Problem> problems = new ArrayList<>();
  private final TreeReader reader = new TreeReader(problems);
  private final List<PolicyEdition> served;

  private ImpactRequestBinding(List<PolicyEdition> served) {
    this.served = served;
  }

  static ImpactRequest read(
      JsonNode tree, List<PolicyEdition> served, int maxCohort, ApplicationValidator validator) {
    ImpactRequestBinding binding = new ImpactRequestBinding(served);
    Optional<ObjectNode> found = binding.reader.object(tree, "");
    if (found.isEmpty()) {
      return invalid(binding.problems);
    }
    ObjectNode request = found.get();
    binding.reader.refuseUnknown(request, "", FIELDS);
    Optional<PolicyEdition> from = binding.edition(request.get("from"), "from");
    Optional<PolicyEdition> to = binding.edition(request.get("to"), "to");
    Optional<ArrayNode> members = binding.cohort(request.get("cohort"), maxCohort);
    if (!binding.problems.isEmpty()) {
      return invalid(binding.problems);
    }
    Optional<ImmutableList<Application>> cohort = Optional.empty();
    ImmutableList.Builder<EligibilityJson.InvalidMember> invalid = ImmutableList.builder();
    if (members.isPresent()) {
      ImmutableList.Builder<Application> valid = ImmutableList.builder();
      for (int i = 0; i < members.get().size(); i++) {
        ApplicationInput input = ApplicationBinding.read(members.get().get(i), validator);
        input.application().ifPresent(valid::add);
        if (!input.isValid()) {
          invalid.add(new EligibilityJson.InvalidMember(i, input.problems()));
        }
      }
      cohort = Optional.of(valid.build());
    }
    return new ImpactRequest(from, to, cohort, invalid.build(), ImmutableList.of());
  }

  /** A request refused for {@code problems}. */
  static ImpactRequest invalid(List<Problem> problems) {
    Optional<PolicyEdition> none = Optional.empty();
    return new ImpactRequest(
        none, none, Optional.empty(), ImmutableList.of(), ImmutableList.copyOf(problems));
  }

  /** Reads edition {@code path}: a served edition by id and version, or a whole draft. */
  private Optional<PolicyEdition> edition(JsonNode node, String path) {
    if (!(node instanceof ObjectNode object)) {
      problems.add(Problem.of(path, ImpactCode.EDITION_REQUIRED));
      return Optional.empty();
    }
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    if (names.equals(REFERENCE)) {
      return served(object, path);
    }
    try {
      return Optional.of(PolicyBinding.read(object, path));
    } catch (PolicyFileException e) {
      for (Problem problem : e.getProblems()) {
        String at = problem.getPath().equals(Problem.WHOLE) ? path : path + "." + problem.getPath();
        problems.add(new Problem.Builder().from(problem).path(at).file(Optional.empty()).build());
      }
      return Optional.empty();
    }
  }

  private Optional<PolicyEdition> served(ObjectNode reference, String path) {
    Optional<String> id = reader.string(reference.get("id"), TreeReader.child(path, "id"));
    Optional<String> version =
        reader.string(reference.get("version"), TreeReader.child(path, "version"));
    if (id.isEmpty() || version.isEmpty()) {
      if (TreeReader.absent(reference.get("id")) || TreeReader.absent(reference.get("version"))) {
        problems.add(Problem.of(path, ImpactCode.EDITION_REQUIRED));
      }
      return Optional.empty();
    }
    Optional<PolicyEdition> edition =
        served.stream()
            .filter(e -> e.getId().equals(id.get()) && e.getVersion().equals(version.get()))
            .findFirst();
    if (edition.isEmpty()) {
      Map<String, ?> facts =
          ImmutableMap.of("id", Template.echo(id.get()), "version", Template.echo(version.get()));
      problems.add(Problem.of(path, ImpactCode.EDITION_NOT_SERVED, facts));
    }
    return edition;
  }

  private Optional<ArrayNode> cohort(JsonNode node, int maxCohort) {
    Optional<ArrayNode> members = reader.array(node, "cohort");
    if (members.isPresent() && members.get().size() > maxCohort) {
      problems.add(
          Problem.of(
              "cohort",
              ImpactCode.COHORT_TOO_LARGE,
              ImmutableMap.of("size", members.get().size(), "max", maxCohort)));
      return Optional.empty();
    }
    return members;
  }
}
