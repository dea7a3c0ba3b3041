package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.ReasonCode;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds the single-field changes that would lift an assessment's tier, by re-running the engine on
 * each changed application.
 *
 * <p>Candidates, each kept only when the changed application stays valid: a later stage on the same
 * pathway; fewer years, at the band edges and the horizon limit below today's years (the score
 * reads the years only through their band and the gate, so any year that lifts the tier gives the
 * same outcome as the edge of its band or the limit, and the edge is the nearest such change); one
 * focus sector added; a listed focus sector made primary. Along stages and years, walked nearest
 * first, a change is kept when it reaches a tier higher than every nearer change of that kind, so
 * each kind lists the smallest change for each tier it can reach.
 */
final class ImprovementFinder {
  private static final Stage[] STAGES = Stage.values();

  private final Assessor assessor;
  private final Assessment assessment;
  private final Application application;
  private final List<Candidate> found = new ArrayList<>();

  private record Candidate(Improvement improvement, int size) {}

  private ImprovementFinder(Assessor assessor, Assessment assessment) {
    this.assessor = assessor;
    this.assessment = assessment;
    this.application = assessment.getApplication();
  }

  static ImmutableList<Improvement> find(Assessor assessor, Assessment assessment) {
    if (!assessment.getPolicy().equals(assessor.getEdition().getReference())) {
      throw new IllegalArgumentException(
          "the assessment was made under "
              + assessment.getPolicy()
              + ", not under this assessor's edition "
              + assessor.getEdition().getReference());
    }
    if (assessment.getTier() == Tier.PRIORITY) {
      return ImmutableList.of();
    }
    ImprovementFinder finder = new ImprovementFinder(assessor, assessment);
    finder.stages();
    finder.years();
    finder.sectors();
    finder.primarySectors();
    return finder.found.stream()
        .sorted(
            Comparator.comparing((Candidate c) -> c.improvement().getTier())
                .reversed()
                .thenComparingInt(Candidate::size)
                .thenComparing(c -> c.improvement().getField()))
        .map(Candidate::improvement)
        .collect(ImmutableList.toImmutableList());
  }

  private void stages() {
    if (application.getStage().isEmpty()) {
      return;
    }
    Stage current = application.getStage().get();
    Tier best = assessment.getTier();
    for (int next = current.ordinal() + 1; next < STAGES.length; next++) {
      Stage stage = STAGES[next];
      Optional<Application> changed = application.withStageIfValid(stage);
      if (changed.isEmpty()) {
        break;
      }
      best =
          keepIfAbove(
              best, ChangedField.STAGE, changed.get(), stage, next - current.ordinal(), stage);
    }
  }

  private void years() {
    int current = application.getYearsToIndustrialization();
    PolicyEdition edition = assessor.getEdition();
    TreeSet<Integer> edges = new TreeSet<>(Comparator.reverseOrder());
    edges.add(edition.getHorizonLimit());
    edition.getHorizon().getBands().forEach(band -> edges.add(band.getUpToYears()));
    Tier best = assessment.getTier();
    for (int years : edges.tailSet(current - 1, true)) {
      Optional<Application> changed = application.withYearsToIndustrializationIfValid(years);
      if (changed.isPresent()) {
        best =
            keepIfAbove(
                best,
                ChangedField.YEARS_TO_INDUSTRIALIZATION,
                changed.get(),
                years,
                current - years,
                years);
      }
    }
  }

  private void sectors() {
    for (Sector sector : assessor.getEdition().getFocusSectors()) {
      if (application.getSectors().contains(sector)) {
        continue;
      }
      ImmutableList<Sector> sectors =
          ImmutableList.<Sector>builder().addAll(application.getSectors()).add(sector).build();
      application
          .withSectorsIfValid(sectors)
          .ifPresent(
              changed ->
                  keepIfAbove(
                      assessment.getTier(),
                      ChangedField.SECTORS,
                      changed,
                      changed.getSectors().asList(),
                      1,
                      sector));
    }
  }

  private void primarySectors() {
    for (Sector sector : application.getSectors()) {
      if (sector != application.getPrimarySector()
          && assessor.getEdition().getFocusSectors().contains(sector)) {
        application
            .withPrimarySectorIfValid(sector)
            .ifPresent(
                changed ->
                    keepIfAbove(
                        assessment.getTier(),
                        ChangedField.PRIMARY_SECTOR,
                        changed,
                        sector,
                        1,
                        sector));
      }
    }
  }

  /**
   * Assesses {@code changed}, the application with {@code field} set to {@code value}, and keeps it
   * as an improvement of {@code size} when its tier is above {@code bar}; {@code fact} is what its
   * reason names. Returns the bar for the next change: the outcome's tier if kept, else {@code
   * bar}.
   */
  private Tier keepIfAbove(
      Tier bar, ChangedField field, Application changed, Object value, int size, Object fact) {
    Assessment outcome = assessor.assess(changed);
    if (outcome.getTier().compareTo(bar) <= 0) {
      return bar;
    }
    ImmutableList<Gate> passed = passedGates(outcome);
    ImmutableMap.Builder<String, Object> facts = ImmutableMap.builder();
    ReasonCode code =
        switch (field) {
          case STAGE -> ReasonCode.IMPROVEMENT_STAGE;
          case YEARS_TO_INDUSTRIALIZATION ->
              passed.isEmpty()
                  ? ReasonCode.IMPROVEMENT_YEARS
                  : ReasonCode.IMPROVEMENT_YEARS_PASSING_GATES;
          case SECTORS ->
              passed.isEmpty()
                  ? ReasonCode.IMPROVEMENT_ADD_SECTOR
                  : ReasonCode.IMPROVEMENT_ADD_SECTOR_PASSING_GATES;
          case PRIMARY_SECTOR -> ReasonCode.IMPROVEMENT_PRIMARY_SECTOR;
        };
    facts.put(
        switch (field) {
          case STAGE -> "stage";
          case YEARS_TO_INDUSTRIALIZATION -> "years";
          case SECTORS, PRIMARY_SECTOR -> "sector";
        },
        fact);
    if (code.factNames().contains("gates")) {
      facts.put("gates", passed);
    }
    facts.put("tier", outcome.getTier()).put("score", outcome.getScore());
    Improvement improvement =
        new Improvement.Builder()
            .field(field)
            .value(value)
            .changedApplication(changed)
            .outcome(outcome)
            .passedGates(passed)
            .reason(Reason.of(code, facts.buildOrThrow()))
            .build();
    found.add(new Candidate(improvement, size));
    return outcome.getTier();
  }

  private ImmutableList<Gate> passedGates(Assessment outcome) {
    ImmutableList.Builder<Gate> passed = ImmutableList.builder();
    for (GateResult before : assessment.getGates()) {
      if (!before.isPassed() && outcome.getGate(before.getGate()).isPassed()) {
        passed.add(before.getGate());
      }
    }
    return passed.build();
  }
}
