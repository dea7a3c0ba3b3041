package io.github.regeneligibility.http;

import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.CsvFormatException;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.ImpactAnalysis;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyImpact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code impact FROM TO}: what moving from one edition to another changes. */
@Command(
    resourceBundle = "io.github.regeneligibility.http.ImpactCommand",
    name = "impact",
    sortOptions = false)
final class ImpactCommand extends Subcommand {

  /** The output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV;

    /** Reads {@code text}, {@code json} or {@code csv} on the command line. */
    static final class Option extends LowerCaseOption<Format> {
      Option() {
        super(Format.class);
      }
    }
  }

  @Parameters(index = "0", paramLabel = "FROM", descriptionKey = "from")
  @Nullable Path from;

  @Parameters(index = "1", paramLabel = "TO", descriptionKey = "to")
  @Nullable Path to;

  @Option(names = "--cohort", paramLabel = "FILE")
  @Nullable Path cohort;

  @Option(names = "--cohort-format", paramLabel = "FORMAT", converter = FileFormat.Option.class)
  @Nullable FileFormat cohortFormat;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Option.class)
  Format format = Format.TEXT;

  @Option(names = "--sensitivity")
  boolean sensitivity;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = commandLine().getOut();
    PrintWriter err = commandLine().getErr();
    Optional<PolicyEdition> a = CheckPolicyCommand.read(Objects.requireNonNull(from), err);
    Optional<PolicyEdition> b = CheckPolicyCommand.read(Objects.requireNonNull(to), err);
    if (a.isEmpty() || b.isEmpty()) {
      return 1;
    }
    EligibilityJson json = EligibilityJson.create();
    List<Application> members = new ArrayList<>();
    List<EligibilityJson.InvalidMember> invalid = new ArrayList<>();
    FileFormat reading = FileFormat.NDJSON;
    if (cohort != null) {
      reading = cohortFormat != null ? cohortFormat : FileFormat.of(cohort);
      if (reading == FileFormat.XLSX) {
        err.println(CommandText.COHORT_NOT_WORKBOOK.both(cohort));
        return 1;
      }
      try {
        readCohort(json, cohort, reading, members, invalid);
      } catch (CsvFormatException e) {
        err.println(CommandText.NOT_VALID_CSV.both(cohort));
        for (Problem problem : e.getProblems()) {
          err.printf("  %s%n", problem.describe(Language.ENGLISH));
        }
        return 1;
      } catch (IOException e) {
        err.println(CommandText.CANNOT_BE_READ.both(cohort, String.valueOf(e.getMessage())));
        return 1;
      }
    }
    long started = System.nanoTime();
    PolicyImpact domain = ImpactAnalysis.domain(a.get(), b.get());
    long domainNanos = System.nanoTime() - started;
    Optional<PolicyImpact> cohortImpact =
        cohort == null
            ? Optional.empty()
            : Optional.of(ImpactAnalysis.cohort(a.get(), b.get(), members));
    List<ParameterSensitivity> sensitivities = sensitivity ? sensitivity(b.get()) : List.of();
    err.println(CommandText.IMPACT_TIME.both(domainNanos / 1_000_000));
    switch (format) {
      case JSON -> {
        out.println(json.writeImpact(domain, cohortImpact, invalid, Language.ENGLISH));
        if (sensitivity) {
          out.println(json.writeSensitivity(b.get().getReference(), sensitivities));
        }
      }
      case CSV -> {
        out.println(ImpactReport.CSV_HEADER);
        ImpactReport.csv("domain", domain, out);
        cohortImpact.ifPresent(impact -> ImpactReport.csv("cohort", impact, out));
      }
      case TEXT -> text(out, domain, cohortImpact, invalid, reading, sensitivities);
    }
    out.flush();
    return 0;
  }

  /**
   * Writes the impact as text: the domain's, the cohort's with what was not counted, and the
   * sensitivities.
   */
  private void text(
      PrintWriter out,
      PolicyImpact domain,
      Optional<PolicyImpact> cohortImpact,
      List<EligibilityJson.InvalidMember> invalid,
      FileFormat reading,
      List<ParameterSensitivity> sensitivities) {
    out.printf("# %s%n%n", CommandText.POLICY_IMPACT.both());
    ImpactReport.text(CommandText.WHOLE_DOMAIN.both(), domain, out);
    if (cohortImpact.isPresent()) {
      ImpactReport.text(CommandText.COHORT.both(), cohortImpact.get(), out);
      String unit = reading == FileFormat.CSV ? "record" : "line";
      for (EligibilityJson.InvalidMember member : invalid) {
        out.printf(
            "- %s: %s%n",
            CommandText.NOT_COUNTED.both(unit, member.index() + 1),
            member.problems().stream()
                .map(problem -> problem.getPath() + ": " + problem.getMessage(Language.ENGLISH))
                .collect(Collectors.joining("; ")));
      }
    }
    if (sensitivity) {
      ImpactReport.sensitivity(sensitivities, out);
    }
  }

  /**
   * Reads the cohort in {@code file}: its valid applications into {@code members}, the others into
   * {@code invalid} by position from 0 (the NDJSON line's number less one, blank lines counted; the
   * CSV record's number less one).
   */
  private static void readCohort(
      EligibilityJson json,
      Path file,
      FileFormat format,
      List<Application> members,
      List<EligibilityJson.InvalidMember> invalid)
      throws IOException {
    if (format == FileFormat.CSV) {
      try (CsvApplications csv =
          CsvApplications.open(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
        for (Optional<CsvApplications.Row> row = csv.next(); row.isPresent(); row = csv.next()) {
          add((int) (row.get().number() - 1), row.get().input(), members, invalid);
        }
      }
      return;
    }
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int index = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine(), index++) {
        if (!line.isBlank()) {
          add(index, json.readApplication(line), members, invalid);
        }
      }
    }
  }

  private static void add(
      int index,
      ApplicationInput input,
      List<Application> members,
      List<EligibilityJson.InvalidMember> invalid) {
    input.application().ifPresent(members::add);
    if (!input.isValid()) {
      invalid.add(new EligibilityJson.InvalidMember(index, input.problems()));
    }
  }

  private static List<ParameterSensitivity> sensitivity(PolicyEdition edition) {
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("sensitivity")
            .setInitialMax(ImpactAnalysis.parameterCount(edition))
            .build()) {
      return ImpactAnalysis.sensitivity(edition, i -> bar.stepTo(i + 1L));
    }
  }
}
