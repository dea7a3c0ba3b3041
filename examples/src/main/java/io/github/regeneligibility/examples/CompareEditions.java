package io.github.regeneligibility.examples;

import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.PolicyFileException;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares two policy editions on a cohort: loads a new edition from a policy file, assesses every
 * valid row under the default edition and under the new one, and prints each application whose tier
 * changes, with the gate, criterion and tier reasons that differ between its two assessments.
 *
 * <p>The differences come from comparing the two assessments' reasons, not from re-deriving the
 * rules: whatever an edition changes, the reasons say how it bears on each application.
 *
 * <p>Run it from the repository root, after {@code ./mvnw -q -B install -DskipTests}:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples exec:java \
 *     -Dexec.mainClass=io.github.regeneligibility.examples.CompareEditions
 * }</pre>
 *
 * <p>Arguments, both optional: the new edition's policy file (default {@value #DEFAULT_POLICY}) and
 * the cohort file (default the fictional cohort shipped as the resource {@code cohort.csv}); pass
 * them with {@code -Dexec.args="policy.json cohort.csv"}.
 */
public final class CompareEditions {

  /** The new edition's policy file if no argument names one, relative to the working directory. */
  public static final String DEFAULT_POLICY = "policies/park-intake-2027.1.json";

  private CompareEditions() {}

  /**
   * Compares the default edition with a policy file's: {@code [policy-file [cohort-file]]}. Exits
   * with status 2 for wrong arguments and 1 when a file cannot be read or the policy is refused.
   */
  public static void main(String[] args) {
    Cli.main(
        args,
        "CompareEditions [policy-file [cohort-file]]",
        "Cannot compare the editions",
        CompareEditions::run);
  }

  /** Compares the editions on the cohort named by {@code args} (see {@link #main}). */
  static void run(String[] args, PrintStream out) throws IOException, PolicyFileException {
    PolicyEdition after =
        EligibilityJson.create().readPolicy(Path.of(args.length > 0 ? args[0] : DEFAULT_POLICY));
    try (Reader cohort =
        args.length > 1
            ? Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)
            : new InputStreamReader(ScreenCohort.bundled(), StandardCharsets.UTF_8)) {
      compare(cohort, Eligibility.defaultEdition(), after, out);
    }
  }

  /**
   * Reads every record of a cohort file with the library's CSV reader; {@code cohort} is closed.
   *
   * @throws CsvFormatException if the header or the CSV itself is not well-formed
   */
  static List<CsvApplications.Row> read(Reader cohort) throws IOException {
    List<CsvApplications.Row> rows = new ArrayList<>();
    try (CsvApplications csv = CsvApplications.open(cohort)) {
      for (Optional<CsvApplications.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
        rows.add(row.get());
      }
    }
    return rows;
  }

  /**
   * Assesses every valid row of {@code cohort} under {@code before} and {@code after} and prints to
   * {@code out} each application whose tier differs, with the reasons that differ.
   */
  static void compare(Reader cohort, PolicyEdition before, PolicyEdition after, PrintStream out)
      throws IOException {
    List<CsvApplications.Row> rows = read(cohort);
    Assessor oldAssessor = Eligibility.assessor(before);
    Assessor newAssessor = Eligibility.assessor(after);
    List<Assessment> oldAssessments = new ArrayList<>();
    List<Assessment> newAssessments = new ArrayList<>();
    List<Long> invalidLines = new ArrayList<>();
    for (CsvApplications.Row row : rows) {
      if (row.input().application().isPresent()) {
        oldAssessments.add(oldAssessor.assess(row.input().application().get()));
        newAssessments.add(newAssessor.assess(row.input().application().get()));
      } else {
        invalidLines.add(row.line());
      }
    }

    out.printf(
        Locale.ROOT,
        "Comparing %s (in force from %s) with %s (in force from %s)%n",
        name(before),
        before.getEffectiveFrom(),
        name(after),
        after.getEffectiveFrom());
    out.printf(
        Locale.ROOT,
        "%d rows: %d assessed, %d invalid%s%n",
        rows.size(),
        oldAssessments.size(),
        invalidLines.size(),
        invalidLines.isEmpty()
            ? ""
            : invalidLines.stream()
                .map(String::valueOf)
                .collect(Collectors.joining(", ", " and not assessed (lines ", ")")));

    int changed = 0;
    for (int i = 0; i < oldAssessments.size(); i++) {
      Assessment older = oldAssessments.get(i);
      Assessment newer = newAssessments.get(i);
      if (older.getTier() != newer.getTier()) {
        if (changed == 0) {
          out.printf(
              Locale.ROOT,
              "%nApplications that change tier, with the reasons that differ" + " (- %s, + %s):%n",
              name(before),
              name(after));
        }
        changed++;
        printChange(older, newer, out);
      }
    }
    out.println();
    out.printf(Locale.ROOT, "%d of %d applications change tier.%n", changed, oldAssessments.size());
    out.printf(
        Locale.ROOT, "Tiers under %s: %s%n", name(before), ScreenCohort.tierCounts(oldAssessments));
    out.printf(
        Locale.ROOT, "Tiers under %s: %s%n", name(after), ScreenCohort.tierCounts(newAssessments));
  }

  private static void printChange(Assessment older, Assessment newer, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "%n%s: %s → %s, score %d → %d%n",
        older.getApplicationId(),
        older.getTier(),
        newer.getTier(),
        older.getScore(),
        newer.getScore());
    for (Gate gate : Gate.values()) {
      printIfDifferent(
          "gate " + gate, older.getGate(gate).getReason(), newer.getGate(gate).getReason(), out);
    }
    for (Criterion criterion : Criterion.values()) {
      printIfDifferent(
          "criterion " + criterion,
          older.getCriterion(criterion).getReason(),
          newer.getCriterion(criterion).getReason(),
          out);
    }
    printIfDifferent("tier", older.getTierReason(), newer.getTierReason(), out);
  }

  private static void printIfDifferent(String what, Reason older, Reason newer, PrintStream out) {
    if (older.equals(newer)) {
      return;
    }
    out.println("  " + what + ":");
    out.println("    - " + older.getCode() + ": " + older.getMessage(Language.ENGLISH));
    out.println("    + " + newer.getCode() + ": " + newer.getMessage(Language.ENGLISH));
  }

  private static String name(PolicyEdition edition) {
    return edition.getId() + " " + edition.getVersion();
  }
}
