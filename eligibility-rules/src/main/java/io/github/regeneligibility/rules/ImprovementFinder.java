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
import org.jspecify.annotations.Nullable;

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
      Assessment outcome = assessor.assess(changed.get());
      if (outcome.getTier().compareTo(best) > 0) {
        best = outcome.getTier();
        add(
            ChangedField.STAGE,
            stage,
            changed.get(),
            outcome,
            next - current.ordinal(),
            ReasonCode.IMPROVEMENT_STAGE,
            null,
            ImmutableMap.of("stage", stage));
      }
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
      if (changed.isEmpty()) {
        continue;
      }
      Assessment outcome = assessor.assess(changed.get());
      if (outcome.getTier().compareTo(best) > 0) {
        best = outcome.getTier();
        add(
            ChangedField.YEARS_TO_INDUSTRIALIZATION,
            years,
            changed.get(),
            outcome,
            current - years,
            ReasonCode.IMPROVEMENT_YEARS,
            ReasonCode.IMPROVEMENT_YEARS_PASSING_GATES,
            ImmutableMap.of("years", years));
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
      Optional<Application> changed = application.withSectorsIfValid(sectors);
      if (changed.isEmpty()) {
        continue;
      }
      Assessment outcome = assessor.assess(changed.get());
      if (outcome.getTier().compareTo(assessment.getTier()) > 0) {
        add(
            ChangedField.SECTORS,
            changed.get().getSectors().asList(),
            changed.get(),
            outcome,
            1,
            ReasonCode.IMPROVEMENT_ADD_SECTOR,
            ReasonCode.IMPROVEMENT_ADD_SECTOR_PASSING_GATES,
            ImmutableMap.of("sector", sector));
      }
    }
  }

  private void primarySectors() {
    for (Sector sector : application.getSectors()) {
      if (sector == application.getPrimarySector()
          || !assessor.getEdition().getFocusSectors().contains(sector)) {
        continue;
      }
      Optional<Application> changed = application.withPrimarySectorIfValid(sector);
      if (changed.isEmpty()) {
        continue;
      }
      Assessment outcome = assessor.assess(changed.get());
      if (outcome.getTier().compareTo(assessment.getTier()) > 0) {
        add(
            ChangedField.PRIMARY_SECTOR,
            sector,
            changed.get(),
            outcome,
            1,
            ReasonCode.IMPROVEMENT_PRIMARY_SECTOR,
            null,
            ImmutableMap.of("sector", sector));
      }
    }
  }

  private void add(
      ChangedField field,
      Object value,
      Application changed,
      Assessment outcome,
      int size,
      ReasonCode code,
      @Nullable ReasonCode passingGatesCode,
      ImmutableMap<String, Object> facts) {
    ImmutableList<Gate> passed = passedGates(outcome);
    ImmutableMap.Builder<String, Object> all = ImmutableMap.<String, Object>builder().putAll(facts);
    ReasonCode reasonCode = code;
    if (!passed.isEmpty() && passingGatesCode != null) {
      reasonCode = passingGatesCode;
      all.put("gates", passed);
    }
    all.put("tier", outcome.getTier()).put("score", outcome.getScore());
    Improvement improvement =
        new Improvement.Builder()
            .field(field)
            .value(value)
            .changedApplication(changed)
            .outcome(outcome)
            .passedGates(passed)
            .reason(Reason.of(reasonCode, all.buildOrThrow()))
            .build();
    found.add(new Candidate(improvement, size));
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
