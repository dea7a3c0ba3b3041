package io.github.regeneligibility.http;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.EditionTiers;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyImpact;
import io.github.regeneligibility.rules.TierTransition;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a policy impact for people (a Markdown report for a policy meeting, headings in English
 * and Simplified Chinese) and for spreadsheets (CSV, one row per transition).
 */
final class ImpactReport {
  private static final Tier[] TIERS = Tier.values();

  private ImpactReport() {}

  static void text(String scope, PolicyImpact impact, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "## %s: %s → %s%n%n",
        scope,
        name(impact.getFromEdition()),
        name(impact.getToEdition()));
    out.printf(Locale.ROOT, "%s%n%n", CommandText.APPLICATIONS.both(impact.getApplications()));
    matrix(impact, out);
    out.printf(
        Locale.ROOT,
        "%s%n%n",
        CommandText.SCORE_CHANGES.both(
            impact.getScoreChanges().getMin(),
            impact.getScoreChanges().getMax(),
            impact.getScoreChanges().getMean()));
    largestMovements(impact, out);
    out.println();
    sweep(impact.getFromTiers(), out);
  }

  /**
   * Writes the transition matrix of {@code impact}: a row per tier before, a column per tier after.
   */
  private static void matrix(PolicyImpact impact, PrintWriter out) {
    out.printf(Locale.ROOT, "### %s%n%n", CommandText.TRANSITION_MATRIX.both());
    out.printf(
        Locale.ROOT,
        "| %s ↓ \\ %s → |",
        impact.getFromEdition().getVersion(),
        impact.getToEdition().getVersion());
    for (Tier tier : TIERS) {
      out.printf(Locale.ROOT, " %s |", tier);
    }
    out.printf(Locale.ROOT, " %s |%n|---|", CommandText.TOTAL.both());
    for (int i = 0; i <= TIERS.length; i++) {
      out.print("---:|");
    }
    out.println();
    for (Tier from : TIERS) {
      out.printf(Locale.ROOT, "| %s |", from);
      for (Tier to : TIERS) {
        out.printf(Locale.ROOT, " %,d |", impact.count(from, to));
      }
      out.printf(Locale.ROOT, " %,d |%n", impact.getFromTiers().getTierCounts().get(from));
    }
    out.printf(Locale.ROOT, "| %s |", CommandText.TOTAL.both());
    for (Tier to : TIERS) {
      out.printf(Locale.ROOT, " %,d |", impact.getToTiers().getTierCounts().get(to));
    }
    out.printf(Locale.ROOT, " %,d |%n%n", impact.getApplications());
  }

  /** Writes the five largest movements of {@code impact}, each by role, sector, stage and years. */
  private static void largestMovements(PolicyImpact impact, PrintWriter out) {
    List<TierTransition> largest = impact.largestMovements(5);
    out.printf(Locale.ROOT, "### %s%n%n", CommandText.LARGEST_MOVEMENTS.both());
    if (largest.isEmpty()) {
      out.printf(Locale.ROOT, "%s%n%n", CommandText.NO_MOVEMENT.both());
    }
    int rank = 1;
    for (TierTransition t : largest) {
      out.printf(
          Locale.ROOT,
          "%d. **%s → %s**: %,d%n",
          rank++,
          t.getFromTier(),
          t.getToTier(),
          t.getCount());
      out.printf(Locale.ROOT, "   - %s: %s%n", CommandText.BY_ROLE.both(), counts(t.getByRole()));
      out.printf(
          Locale.ROOT,
          "   - %s: %s%n",
          CommandText.BY_PRIMARY_SECTOR.both(),
          counts(t.getByPrimarySector()));
      out.printf(Locale.ROOT, "   - %s: %s%n", CommandText.BY_STAGE.both(), counts(t.getByStage()));
      out.printf(Locale.ROOT, "   - %s: %s%n", CommandText.BY_YEARS.both(), counts(t.getByYears()));
      out.printf(
          Locale.ROOT,
          "   - %s: %s; %s %d → %d%n",
          CommandText.EXAMPLE.both(),
          describe(t.getExample()),
          CommandText.SCORE.both(),
          t.getExampleFromScore(),
          t.getExampleToScore());
    }
  }

  /** Writes the threshold sweep of one edition as a table, every threshold 0–100. */
  static void sweep(EditionTiers tiers, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "### %s%n%n%s%n%n| %s | %s |%n|---:|---:|%n",
        CommandText.SWEEP_HEADING.both(name(tiers.getEdition())),
        CommandText.SWEEP_INTRO.both(),
        CommandText.THRESHOLD.both(),
        CommandText.APPLICATIONS_COLUMN.both());
    List<Integer> sweep = tiers.getThresholdSweep();
    for (int t = 0; t < sweep.size(); t++) {
      out.printf(Locale.ROOT, "| %d | %,d |%n", t, sweep.get(t));
    }
    out.println();
  }

  static void sensitivity(List<ParameterSensitivity> sensitivities, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "### %s%n%n%s%n%n| %s | %s | −1 | +1 | |%n|---|---:|---:|---:|---|%n",
        CommandText.SENSITIVITY.both(),
        CommandText.SENSITIVITY_INTRO.both(),
        CommandText.PARAMETER.both(),
        CommandText.VALUE.both());
    for (ParameterSensitivity s : sensitivities) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %s | %s | %s |%n",
          s.getParameter(),
          s.getValue(),
          s.getChangedWhenLowered().isPresent()
              ? String.format(Locale.ROOT, "%,d", s.getChangedWhenLowered().getAsInt())
              : "—",
          s.getChangedWhenRaised().isPresent()
              ? String.format(Locale.ROOT, "%,d", s.getChangedWhenRaised().getAsInt())
              : "—",
          s.movesNothing() ? CommandText.MOVES_NOTHING.both() : "");
    }
    out.println();
  }

  static void csv(String scope, PolicyImpact impact, PrintWriter out) {
    for (TierTransition t : impact.getTransitions()) {
      out.printf(
          Locale.ROOT,
          "%s,%s,%s,%d,%d,%d,%d%n",
          scope,
          t.getFromTier(),
          t.getToTier(),
          t.getCount(),
          t.getExampleIndex(),
          t.getExampleFromScore(),
          t.getExampleToScore());
    }
  }

  static final String CSV_HEADER =
      "scope,from,to,count,exampleIndex,exampleFromScore,exampleToScore";

  private static String name(PolicyReference edition) {
    return edition.getId() + " " + edition.getVersion() + " (" + edition.getEffectiveFrom() + ")";
  }

  private static String counts(Map<?, Integer> counts) {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<?, Integer> entry : counts.entrySet()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(String.format(Locale.ROOT, "%s %,d", entry.getKey(), entry.getValue()));
    }
    return text.toString();
  }

  private static String describe(Application application) {
    return application.getRole()
        + application.getPathway().map(p -> ", " + p).orElse("")
        + application.getStage().map(s -> ", " + s).orElse("")
        + ", sectors "
        + application.getSectors()
        + " (primary "
        + application.getPrimarySector()
        + "), "
        + application.getYearsToIndustrialization()
        + " years";
  }
}
