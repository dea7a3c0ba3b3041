package io.github.regeneligibility.sheets;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Improvement;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the outcomes of a screening as a workbook (.xlsx), streamed: a summary sheet (the counts
 * by tier, the rows with problems, the edition, and the date and time in Asia/Shanghai), then a
 * results sheet with one row per application in input order: its row, 申请编号, 项目名称, 申请单位, the tier,
 * the score, each criterion's points, the gates not met, the tier's reason, the best improvement,
 * and the problems of a row that could not be assessed. The header is frozen and filtered, and the
 * columns wide enough for Chinese text. Texts are in one language; each row is written in memory of
 * its own, so memory stays bounded whatever the number of rows.
 */
public final class ResultsWorkbook {

  /** The zone of the date and time in the summary. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final int FLUSH_EVERY = 256;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Workbook workbook;
  private final Worksheet summary;
  private final Worksheet results;
  private final Language language;
  private final PolicyReference edition;
  private final ZonedDateTime at;
  private final Map<Tier, Long> tiers = new EnumMap<>(Tier.class);
  private final int columns;
  private long refused;
  private int next = 1;

  private ResultsWorkbook(
      OutputStream out, Language language, PolicyReference edition, ZonedDateTime at) {
    this.workbook = new Workbook(new KeepOpen(out), "regen-eligibility", null);
    // The fastest compression: an answer is sent once, and deflating costs more than reading it.
    workbook.setCompressionLevel(1);
    this.language = language;
    this.edition = edition;
    this.at = at.withZoneSameInstant(ZONE);
    this.summary = workbook.newWorksheet(text("results.summarySheet"));
    this.results = workbook.newWorksheet(text("results.resultsSheet"));
    for (Tier tier : Tier.values()) {
      tiers.put(tier, 0L);
    }
    List<String> header = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    column(header, widths, text("results.row"), 8);
    column(header, widths, SheetTexts.field("id").in(language), 18);
    column(header, widths, SheetTexts.field("projectName").in(language), 30);
    column(header, widths, SheetTexts.field("applicantName").in(language), 30);
    column(header, widths, text("results.tier"), 16);
    column(header, widths, text("results.score"), 8);
    for (Criterion criterion : Criterion.values()) {
      column(header, widths, criterion.label(language), 14);
    }
    column(header, widths, text("results.gatesNotMet"), 20);
    column(header, widths, text("results.tierReason"), 60);
    column(header, widths, text("results.improvement"), 60);
    column(header, widths, text("results.problems"), 80);
    this.columns = header.size();
    for (int c = 0; c < columns; c++) {
      results.value(0, c, header.get(c));
      results.style(0, c).bold().set();
      results.width(c, widths.get(c));
    }
    results.freezePane(0, 1);
    results.setAutoFilter(0, 0, columns - 1);
  }

  private static void column(List<String> header, List<Integer> widths, String name, int width) {
    header.add(name);
    widths.add(width);
  }

  /**
   * Starts writing the results of a screening under {@code edition}, done at {@code at}, to {@code
   * out}, texts in {@code language}. Nothing is written to {@code out} before the first rows are
   * flushed; {@code out} is left open.
   */
  public static ResultsWorkbook open(
      OutputStream out, Language language, PolicyReference edition, ZonedDateTime at) {
    return new ResultsWorkbook(out, language, edition, at);
  }

  /** Writes the row of the application in row {@code row} of the input, assessed. */
  public void assessed(long row, Assessment assessment, Optional<Improvement> best)
      throws IOException {
    int r = next;
    results.value(r, 0, row);
    results.inlineString(r, 1, assessment.getApplication().getId());
    results.inlineString(r, 2, assessment.getApplication().getProjectName());
    results.inlineString(r, 3, assessment.getApplication().getApplicantName());
    results.value(r, 4, assessment.getTier().label(language));
    results.value(r, 5, assessment.getScore());
    int c = 6;
    for (CriterionResult criterion : assessment.getCriteria()) {
      results.value(r, c++, criterion.getPoints());
    }
    String gates =
        assessment.getGates().stream()
            .filter(gate -> !gate.isPassed())
            .map(GateResult::getGate)
            .map(gate -> gate.label(language))
            .collect(Collectors.joining(language == Language.CHINESE ? "、" : ", "));
    if (!gates.isEmpty()) {
      results.value(r, c, gates);
    }
    results.inlineString(r, c + 1, assessment.getTierReason().getMessage(language));
    if (best.isPresent()) {
      results.inlineString(r, c + 2, best.get().getReason().getMessage(language));
    }
    tiers.merge(assessment.getTier(), 1L, Long::sum);
    advance();
  }

  /**
   * Writes the row of the record in row {@code row} of the input, whose id cell was {@code id},
   * refused with {@code problem}: its problems, each with its cell where it has one, or the
   * document's detail when it has none.
   */
  public void refused(long row, Optional<String> id, ProblemDocument problem) throws IOException {
    int r = next;
    results.value(r, 0, row);
    if (id.isPresent()) {
      results.inlineString(r, 1, Template.wellFormed(id.get()));
    }
    String problems =
        problem.errors().isEmpty()
            ? problem.detail().in(language)
            : problem.errors().stream().map(this::describe).collect(Collectors.joining("\n"));
    if (problem.omittedErrors() > 0) {
      problems += "\n" + problem.detail().in(language);
    }
    results.inlineString(r, columns - 1, Template.wellFormed(problems));
    refused++;
    advance();
  }

  private String describe(Problem problem) {
    return problem.getCell().isPresent()
        ? problem.getMessage(language)
        : problem.getPath() + ": " + problem.getMessage(language);
  }

  private void advance() throws IOException {
    next++;
    if (next % FLUSH_EVERY == 0) {
      results.flush();
    }
  }

  /**
   * Ends the results sheet, writes the summary, and ends the workbook; {@code out} is flushed and
   * left open.
   */
  public void finish() throws IOException {
    results.finish();
    int r = 0;
    summary.value(r, 0, text("results.title"));
    summary.style(r, 0).bold().set();
    r += 2;
    r = pair(r, text("results.edition"), edition.getId() + " " + edition.getVersion());
    r = pair(r, text("results.effective"), edition.getEffectiveFrom().toString());
    r = pair(r, text("results.at"), WHEN.format(at));
    summary.value(r, 0, text("results.rows"));
    summary.value(r++, 1, next - 1);
    summary.value(r, 0, text("results.invalid"));
    summary.value(r++, 1, refused);
    r++;
    summary.value(r, 0, text("results.tier"));
    summary.value(r, 1, text("results.count"));
    summary.style(r, 0).bold().set();
    summary.style(r, 1).bold().set();
    r++;
    for (Tier tier : Tier.values()) {
      summary.value(r, 0, tier.label(language));
      summary.value(r++, 1, tiers.get(tier));
    }
    summary.width(0, 28);
    summary.width(1, 24);
    summary.finish();
    workbook.finish();
  }

  private int pair(int row, String name, String value) {
    summary.value(row, 0, name);
    summary.value(row, 1, value);
    return row + 1;
  }

  private String text(String key) {
    return SheetTexts.text(key).in(language);
  }
}
