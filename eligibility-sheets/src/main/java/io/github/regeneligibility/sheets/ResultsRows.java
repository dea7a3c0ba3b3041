package io.github.regeneligibility.sheets;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Improvement;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A run of consecutive rows of the results sheet, built on one thread (any), then {@linkplain
 * ResultsWorkbook#write written} in order. Not thread-safe.
 */
public final class ResultsRows {
  final ResultsWorkbook book;
  final long first;
  // A part of the pipeline (256 rows of about 450 bytes) fits without growing.
  final SheetXml xml = new SheetXml(160 * 1024);
  final long[] tiers = new long[Tier.values().length];
  int count;
  long refused;

  ResultsRows(ResultsWorkbook book, long first) {
    this.book = book;
    this.first = first;
  }

  /** Adds the row of the application in row {@code row} of the input, assessed. */
  public void assessed(long row, Assessment assessment, Optional<Improvement> best) {
    whole(() -> assessedRow(row, assessment, best));
  }

  /** Writes one row, or, if writing it fails, nothing of it: a row left unfinished is cut off. */
  private void whole(Runnable writeRow) {
    int mark = xml.length();
    try {
      writeRow.run();
    } catch (RuntimeException e) {
      xml.truncate(mark);
      throw e;
    }
  }

  private void assessedRow(long row, Assessment assessment, Optional<Improvement> best) {
    Language language = book.language;
    long r = start(row);
    book.inline(xml, 2, r, null, assessment.getApplication().getId());
    book.inline(xml, 3, r, null, assessment.getApplication().getProjectName());
    book.inline(xml, 4, r, null, assessment.getApplication().getApplicantName());
    book.shared(xml, 5, r, assessment.getTier().label(language));
    book.number(xml, 6, r, assessment.getScore());
    int c = 7;
    for (CriterionResult criterion : assessment.getCriteria()) {
      book.number(xml, c++, r, criterion.getPoints());
    }
    String gates =
        assessment.getGates().stream()
            .filter(gate -> !gate.isPassed())
            .map(GateResult::getGate)
            .map(gate -> gate.label(language))
            .collect(Collectors.joining(language == Language.CHINESE ? "、" : ", "));
    if (!gates.isEmpty()) {
      book.shared(xml, c, r, gates);
    }
    book.shared(xml, c + 1, r, book.message(assessment.getTierReason()));
    if (best.isPresent()) {
      book.shared(xml, c + 2, r, book.message(best.get().getReason()));
    }
    tiers[assessment.getTier().ordinal()]++;
    end();
  }

  /**
   * Adds the row of the record in row {@code row} of the input, whose id cell was {@code id},
   * refused with {@code problem}: its problems, each with its cell where it has one, or the
   * document's detail when it has none.
   */
  public void refused(long row, Optional<String> id, ProblemDocument problem) {
    whole(() -> refusedRow(row, id, problem));
  }

  private void refusedRow(long row, Optional<String> id, ProblemDocument problem) {
    Language language = book.language;
    long r = start(row);
    if (id.isPresent()) {
      book.inline(xml, 2, r, null, Template.wellFormed(id.get()));
    }
    String problems =
        problem.errors().isEmpty()
            ? problem.detail().in(language)
            : problem.errors().stream().map(this::describe).collect(Collectors.joining("\n"));
    if (problem.omittedErrors() > 0) {
      problems += "\n" + problem.detail().in(language);
    }
    book.inline(xml, book.header.size(), r, null, Template.wellFormed(problems));
    refused++;
    end();
  }

  private String describe(Problem problem) {
    Language language = book.language;
    return problem.getCell().isPresent()
        ? problem.getMessage(language)
        : problem.getPath() + ": " + problem.getMessage(language);
  }

  /** Starts the next row, with the input's row {@code row} in its first cell; returns its row. */
  private long start(long row) {
    long r = first + count;
    if (r > CellReference.MAX_ROWS) {
      throw new IllegalStateException("a sheet holds at most " + CellReference.MAX_ROWS + " rows");
    }
    xml.markup("<row r=\"").number(r).markup("\">");
    book.number(xml, 1, r, row);
    return r;
  }

  private void end() {
    xml.markup("</row>");
    count++;
  }
}
