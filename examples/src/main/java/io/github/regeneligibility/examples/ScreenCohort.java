package io.github.regeneligibility.examples;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Screens a cohort of applications from a CSV file under the default policy edition: prints a table
 * ranked by tier, then score, then id; writes every assessment as CSV; and lists each invalid row
 * by its line with every problem it has, so that no row is dropped silently.
 *
 * <p>Run it from the repository root, after {@code ./mvnw -q -B install -DskipTests}:
 *
 * <pre>{@code
 * ./mvnw -q -B -pl examples exec:java \
 *     -Dexec.mainClass=io.github.regeneligibility.examples.ScreenCohort
 * }</pre>
 *
 * <p>Arguments, both optional: the results file to write (default {@value #DEFAULT_RESULTS}) and
 * the cohort file to read (default the fictional cohort shipped as the resource {@code
 * cohort.csv}); pass them with {@code -Dexec.args="results.csv cohort.csv"}.
 */
public final class ScreenCohort {

  /** The results file written when no argument names one, relative to the working directory. */
  public static final String DEFAULT_RESULTS = "target/cohort-results.csv";

  /**
   * The header of the results file: id, tier, score, the points of each criterion (sectorFit,
   * maturity, horizon, role), the code of the tier's reason and the policy edition used.
   */
  static final ImmutableList<String> RESULT_COLUMNS =
      ImmutableList.<String>builder()
          .add("id", "tier", "score")
          .addAll(
              Arrays.stream(Criterion.values())
                  .map(c -> CaseFormat.UPPER_UNDERSCORE.to(CaseFormat.LOWER_CAMEL, c.name()))
                  .iterator())
          .add("tierReason", "edition")
          .build();

  /** Highest tier first, then highest score, then id. */
  static final Comparator<Assessment> RANKING =
      Comparator.comparing(Assessment::getTier, Comparator.reverseOrder())
          .thenComparing(Assessment::getScore, Comparator.reverseOrder())
          .thenComparing(Assessment::getApplicationId);

  private static final CSVFormat RESULTS_FORMAT =
      CSVFormat.RFC4180.builder().setHeader(RESULT_COLUMNS.toArray(String[]::new)).get();

  private ScreenCohort() {}

  /**
   * Screens a cohort: {@code [results-file [cohort-file]]}. Exits with status 2 for wrong
   * arguments and 1 when the cohort file cannot be read or the results file cannot be written.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length > 2) {
      System.err.println("usage: ScreenCohort [results-file [cohort-file]]");
      System.exit(2);
    }
    try {
      run(args, out);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      String problem =
          e instanceof NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
      System.err.println("Cannot screen the cohort: " + problem);
      System.exit(1);
    }
    out.flush();
  }

  /**
   * Screens the cohort named by {@code args} (see {@link #main}); writes the results file only
   * once the whole cohort has been read.
   */
  static void run(String[] args, PrintStream out) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : DEFAULT_RESULTS);
    StringWriter csv = new StringWriter();
    try (Reader cohort =
        args.length > 1
            ? Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)
            : CohortCsv.bundled()) {
      screen(cohort, Eligibility.defaultEdition(), csv, out);
    }
    Path parent = results.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(results, csv.toString(), StandardCharsets.UTF_8);
    out.println("Results written to " + results);
  }

  /**
   * Assesses every valid row of {@code cohort} under {@code edition}, prints the ranked table, the
   * invalid rows and the counts to {@code out}, and writes the ranked results as CSV to {@code
   * results}.
   */
  static void screen(Reader cohort, PolicyEdition edition, Writer results, PrintStream out)
      throws IOException {
    ImmutableList<CohortRow> rows = CohortCsv.read(cohort);
    Assessor assessor = Eligibility.assessor(edition);
    List<Assessment> ranked = new ArrayList<>();
    List<CohortRow> invalid = new ArrayList<>();
    for (CohortRow row : rows) {
      row.application()
          .ifPresentOrElse(application -> ranked.add(assessor.assess(application)),
              () -> invalid.add(row));
    }
    ranked.sort(RANKING);

    out.printf(
        Locale.ROOT, "Cohort screened under %s %s%n%n", edition.getId(), edition.getVersion());
    printTable(ranked, out);
    writeResults(ranked, results);
    if (!invalid.isEmpty()) {
      out.println();
      out.println("Invalid rows (not assessed):");
      for (CohortRow row : invalid) {
        for (CohortRow.Problem problem : row.problems()) {
          out.printf(
              Locale.ROOT, "line %d: %s: %s%n", row.line(), problem.field(), problem.message());
        }
      }
    }
    out.println();
    out.println("Tiers: " + tierCounts(ranked));
    out.printf(
        Locale.ROOT,
        "%d %s: %d assessed, %d invalid%n",
        rows.size(),
        rows.size() == 1 ? "row" : "rows",
        ranked.size(),
        invalid.size());
  }

  private static void printTable(List<Assessment> ranked, PrintStream out) {
    int idWidth = ranked.stream().mapToInt(a -> a.getApplicationId().length()).max().orElse(0);
    String format = "%4s  %-" + Math.max(idWidth, 2) + "s  %-10s  %5s  %s%n";
    out.printf(Locale.ROOT, format, "rank", "id", "tier", "score", "project");
    int rank = 0;
    for (Assessment assessment : ranked) {
      rank++;
      out.printf(
          Locale.ROOT,
          format,
          rank,
          assessment.getApplicationId(),
          assessment.getTier(),
          assessment.getScore(),
          assessment.getApplication().getProjectName());
    }
  }

  private static void writeResults(List<Assessment> ranked, Writer results) throws IOException {
    CSVPrinter printer = RESULTS_FORMAT.print(results);
    for (Assessment assessment : ranked) {
      List<Object> record = new ArrayList<>();
      record.add(assessment.getApplicationId());
      record.add(assessment.getTier());
      record.add(assessment.getScore());
      for (CriterionResult criterion : assessment.getCriteria()) {
        record.add(criterion.getPoints());
      }
      record.add(assessment.getTierReason().getCode());
      record.add(assessment.getPolicy().getId() + " " + assessment.getPolicy().getVersion());
      printer.printRecord(record);
    }
    printer.flush();
  }

  /** Counts assessments by tier, highest tier first, e.g. {@code 7 PRIORITY, 12 ELIGIBLE, ...}. */
  static String tierCounts(List<Assessment> assessments) {
    Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
    for (Tier tier : Tier.values()) {
      counts.put(tier, 0);
    }
    assessments.forEach(a -> counts.merge(a.getTier(), 1, Integer::sum));
    return ImmutableList.copyOf(Tier.values()).reverse().stream()
        .map(tier -> counts.get(tier) + " " + tier)
        .collect(Collectors.joining(", "));
  }
}
