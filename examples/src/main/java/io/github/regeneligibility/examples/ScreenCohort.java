package io.github.regeneligibility.examples;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.CsvResults;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.screening.CutInputException;
import io.github.regeneligibility.screening.InvalidInputException;
import io.github.regeneligibility.screening.RecordFormat;
import io.github.regeneligibility.screening.Screened;
import io.github.regeneligibility.screening.Screening;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Screens a cohort of applications from a CSV file under the default policy edition, with the
 * library's screening: prints a table ranked by tier, then score, then id; writes every assessment
 * as CSV; and lists each invalid row by its line with every problem it has, so that no row is
 * dropped silently.
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

  /** Highest tier first, then highest score, then id. */
  static final Comparator<Assessment> RANKING =
      Comparator.comparing(Assessment::getTier, Comparator.reverseOrder())
          .thenComparing(Assessment::getScore, Comparator.reverseOrder())
          .thenComparing(Assessment::getApplicationId);

  /** The cohort shipped with the examples, a classpath resource. */
  static final String BUNDLED = "cohort.csv";

  private ScreenCohort() {}

  /**
   * Screens a cohort: {@code [results-file [cohort-file]]}. Exits with status 2 for wrong arguments
   * and 1 when the cohort file cannot be read or the results file cannot be written.
   */
  public static void main(String[] args) {
    Cli.main(
        args,
        "ScreenCohort [results-file [cohort-file]]",
        "Cannot screen the cohort",
        ScreenCohort::run);
  }

  /**
   * Screens the cohort named by {@code args} (see {@link #main}); writes the results file only once
   * the whole cohort has been read.
   */
  static void run(String[] args, PrintStream out) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : DEFAULT_RESULTS);
    StringWriter csv = new StringWriter();
    try (InputStream cohort =
        args.length > 1 ? Files.newInputStream(Path.of(args[1])) : bundled()) {
      screen(cohort, Eligibility.defaultEdition(), csv, out);
    }
    Path parent = results.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(results, csv.toString(), StandardCharsets.UTF_8);
    out.println("Results written to " + results);
  }

  /** Opens the cohort shipped with the examples. */
  static InputStream bundled() {
    InputStream in = ScreenCohort.class.getResourceAsStream("/" + BUNDLED);
    if (in == null) {
      throw new IllegalStateException(BUNDLED + " is missing from the classpath");
    }
    return in;
  }

  /**
   * Screens every record of the CSV {@code cohort} under {@code edition} with the library's
   * screening, which hands each record's outcome back in input order; prints the ranked table, the
   * invalid records and the counts to {@code out}, and writes the ranked results, then the invalid
   * records, as CSV to {@code results}.
   *
   * @throws InvalidInputException if the header does not name the application's columns
   * @throws CutInputException if the CSV itself is not well-formed from some record on
   */
  static void screen(InputStream cohort, PolicyEdition edition, Writer results, PrintStream out)
      throws IOException {
    // screening snippet start
    Screening screening = Screening.of(Eligibility.assessor(edition));
    List<Screened> assessed = new ArrayList<>();
    List<Screened> invalid = new ArrayList<>();
    screening
        .read(cohort, RecordFormat.CSV)
        .forEach(r -> (r.isAssessed() ? assessed : invalid).add(r));
    // screening snippet end
    assessed.sort(Comparator.comparing(record -> record.assessment().orElseThrow(), RANKING));
    List<Assessment> ranked = assessed.stream().map(r -> r.assessment().orElseThrow()).toList();

    out.printf(
        Locale.ROOT, "Cohort screened under %s %s%n%n", edition.getId(), edition.getVersion());
    printTable(ranked, out);
    CsvResults csv = CsvResults.open(results, Language.ENGLISH);
    for (Screened record : assessed) {
      csv.write(record.number(), record.assessment().orElseThrow());
    }
    for (Screened record : invalid) {
      csv.write(record.number(), record.id().orElse(""), problems(record));
    }
    csv.flush();
    if (!invalid.isEmpty()) {
      out.println();
      out.println("Invalid rows (not assessed):");
      for (Screened record : invalid) {
        for (Problem problem : problems(record)) {
          out.printf(
              Locale.ROOT, "line %d: %s%n", record.line(), problem.describe(Language.ENGLISH));
        }
      }
    }
    int rows = assessed.size() + invalid.size();
    out.println();
    out.println("Tiers: " + tierCounts(ranked));
    out.printf(
        Locale.ROOT,
        "%d %s: %d assessed, %d invalid%n",
        rows,
        rows == 1 ? "row" : "rows",
        assessed.size(),
        invalid.size());
  }

  /** Returns the problems of a record that was not assessed. */
  private static List<Problem> problems(Screened record) {
    return record.problem().orElseThrow().errors();
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
