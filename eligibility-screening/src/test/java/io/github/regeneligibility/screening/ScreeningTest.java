package io.github.regeneligibility.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.CsvApplications;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.rules.Assessor;
import io.github.regeneligibility.rules.Eligibility;
import io.github.regeneligibility.rules.Improvement;
import io.github.regeneligibility.rules.PolicyEdition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The library's screening through its public API: records in, in NDJSON or CSV, and each record's
 * outcome out in input order, as values or as an answer; an input refused as a whole, or cut where
 * it cannot be read on.
 */
final class ScreeningTest {
  private static final Assessor ASSESSOR = Eligibility.assessor(Eligibility.defaultEdition());
  private static final Screening SCREENING = Screening.of(ASSESSOR);

  private static final String HEADER = String.join(",", CsvApplications.COLUMNS);
  private static final String VALID_ROW =
      "A-1,Scaffold,Applicant,DOMESTIC,MANUFACTURER,BIOMATERIALS,BIOMATERIALS,DEVICE,MARKETED,0";

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Screened> screen(InputStream in, RecordFormat format) throws IOException {
    List<Screened> records = new ArrayList<>();
    SCREENING.read(in, format).forEach(records::add);
    return records;
  }

  private static String answer(String input, RecordFormat in, RecordFormat out) throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    SCREENING.read(bytes(input), in).answer(answer, out, Language.ENGLISH);
    return answer.toString(StandardCharsets.UTF_8);
  }

  /** An input that gives {@code head}, then fails as a connection that breaks off does. */
  private static InputStream breakingOffAfter(String head) {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("the connection broke off");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("the connection broke off");
          }
        };
    return new SequenceInputStream(bytes(head), failing);
  }

  private static String codes(Screened record) {
    return record.problem().orElseThrow().errors().stream()
        .map(problem -> problem.getCode().name())
        .reduce((a, b) -> a + " " + b)
        .orElse("");
  }

  /**
   * Screens {@code input} in {@code format}, checks each record {@linkplain #outline in short}, and
   * returns the records.
   */
  private static List<Screened> screenedAs(String input, RecordFormat format, String... outlines)
      throws IOException {
    List<Screened> records = screen(bytes(input), format);
    assertThat(records).map(ScreeningTest::outline).containsExactly(outlines);
    return records;
  }

  /** A record in short: its number, the line it starts on, its id, and whether it was assessed. */
  private static String outline(Screened record) {
    return record.number()
        + " on line "
        + record.line()
        + ": "
        + record.id().orElse("no id")
        + (record.isAssessed() ? ", assessed" : ", refused");
  }

  @Test
  void forEach_ndjson_handsEachNonBlankLineInOrder_numberedByItsLine() throws IOException {
    String input =
        "{\"id\": \"N-1\", \"projectName\": \"P\", \"applicantName\": \"A\", \"origin\": \"DOMESTIC\","
            + " \"role\": \"SUPPLY_CHAIN\", \"sectors\": [\"STEM_CELLS\"], \"primarySector\":"
            + " \"STEM_CELLS\", \"yearsToIndustrialization\": 2}\n"
            + "\n"
            + " \t\r\n"
            + "{\"id\": 7}\n"
            + "not json";

    List<Screened> records =
        screenedAs(
            input,
            RecordFormat.NDJSON,
            "1 on line 1: N-1, assessed",
            "4 on line 4: no id, refused",
            "5 on line 5: no id, refused");
    assertThat(records.get(1).problem().orElseThrow().type())
        .isEqualTo(ProblemDocument.TYPE_BASE + "invalid-application");
    assertThat(codes(records.get(2))).isEqualTo("MALFORMED_JSON");
  }

  @Test
  void forEach_csv_numbersTheRecords_andTellsTheLineEachStartsOn() throws IOException {
    String input =
        HEADER
            + "\r\n"
            + VALID_ROW
            + "\r\n"
            + "\r\n"
            + "A-2,\"two\nlines\",Applicant,DOMESTIC,MANUFACTURER,BIOMATERIALS,BIOMATERIALS,"
            + "DEVICE,PHASE_2,0\r\n"
            + "A-3,Scaffold\r\n";

    List<Screened> records =
        screenedAs(
            input,
            RecordFormat.CSV,
            "1 on line 2: A-1, assessed",
            "2 on line 4: A-2, refused",
            "3 on line 6: no id, refused");
    assertThat(codes(records.get(1))).isEqualTo("PROJECT_NAME_CONTROL_CHARACTER UNKNOWN_VALUE");
    assertThat(codes(records.get(2))).isEqualTo("CELL_COUNT");
  }

  @Test
  void read_csvHeaderNotNamingTheColumns_refusesTheWholeInput() {
    assertThatThrownBy(() -> SCREENING.read(bytes("id,projectName,colour\r\n"), RecordFormat.CSV))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(Problem::getPath, problem -> problem.getCode().name())
                    .contains(
                        tuple("applicantName", "MISSING_PROPERTY"),
                        tuple("colour", "UNKNOWN_PROPERTY")));
  }

  @Test
  void read_csvHeaderNotUtf8_refusesTheWholeInput() {
    byte[] header = {'i', 'd', (byte) 0xff, '\r', '\n'};

    assertThatThrownBy(() -> SCREENING.read(new ByteArrayInputStream(header), RecordFormat.CSV))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(problem -> problem.getCode().name())
                    .containsExactly("NOT_UTF8"));
  }

  @Test
  void forEach_csvNotWellFormed_handsOnTheRecordItWasCutAt_thenThrows() throws IOException {
    String input = HEADER + "\r\n" + VALID_ROW + "\r\nA-2,\"unclosed,x\r\n" + VALID_ROW + "\r\n";
    List<Screened> records = new ArrayList<>();
    Records screening = SCREENING.read(bytes(input), RecordFormat.CSV);

    assertThatThrownBy(() -> screening.forEach(records::add))
        .isInstanceOfSatisfying(CutInputException.class, e -> assertThat(e.number()).isEqualTo(2));
    assertThat(records)
        .extracting(Screened::number, Screened::line)
        .containsExactly(tuple(1L, 2L), tuple(2L, 3L));
    assertThat(codes(records.get(1))).isEqualTo("MALFORMED_CSV");
  }

  @Test
  void forEach_csvNotUtf8FromARecordOn_isCutThere() throws IOException {
    byte[] head = (HEADER + "\r\n" + VALID_ROW + "\r\nA-2,").getBytes(StandardCharsets.UTF_8);
    InputStream input =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new ByteArrayInputStream(new byte[] {(byte) 0xc3, 'x'}));
    List<Screened> records = new ArrayList<>();

    assertThatThrownBy(() -> SCREENING.read(input, RecordFormat.CSV).forEach(records::add))
        .isInstanceOf(CutInputException.class);
    assertThat(records).hasSize(2);
    assertThat(codes(records.get(1))).isEqualTo("NOT_UTF8");
  }

  @Test
  void forEach_csvRecordPastTheLimit_isCutThere() throws IOException {
    String input =
        HEADER + "\r\nA-1," + "y".repeat(Screening.MAX_RECORD_BYTES + 65_536) + "\r\n" + VALID_ROW;
    List<Screened> records = new ArrayList<>();

    assertThatThrownBy(() -> SCREENING.read(bytes(input), RecordFormat.CSV).forEach(records::add))
        .isInstanceOf(CutInputException.class);
    assertThat(records)
        .singleElement()
        .satisfies(record -> assertThat(codes(record)).isEqualTo("LIMIT_EXCEEDED"));
  }

  @Test
  void forEach_ndjsonLinePastTheLimit_isRefused_andTheScreeningGoesOn() throws IOException {
    String input = "x".repeat(Screening.MAX_RECORD_BYTES + 1) + "\n{}\n";

    List<Screened> records = screen(bytes(input), RecordFormat.NDJSON);

    assertThat(records).extracting(Screened::number).containsExactly(1L, 2L);
    assertThat(codes(records.get(0))).isEqualTo("LIMIT_EXCEEDED");
    assertThat(records.get(0).problem().orElseThrow().errors().get(0).getMessage(Language.ENGLISH))
        .isEqualTo("The body exceeds a limit: a line longer than 1048576 bytes.");
  }

  @Test
  void forEach_ndjsonBreakingOff_handsOnTheLineItWasOn_thenThrows() throws IOException {
    List<Screened> records = new ArrayList<>();
    Records screening = SCREENING.read(breakingOffAfter("{}\n\n{\"id\""), RecordFormat.NDJSON);

    assertThatThrownBy(() -> screening.forEach(records::add))
        .isInstanceOfSatisfying(
            CutInputException.class,
            e -> {
              assertThat(e.number()).isEqualTo(3);
              assertThat(e)
                  .hasMessage("the screening was cut at record 3: the connection broke off");
            });
    assertThat(records).extracting(Screened::number).containsExactly(1L, 3L);
    assertThat(records.get(1).problem().orElseThrow().detail().in(Language.ENGLISH))
        .isEqualTo(
            "The body broke off at line 3: the answer ends here, without its end line; send the"
                + " lines from 3 on again.");
  }

  @Test
  void answer_ndjson_answersEachRecordInOrder_thenTheEnd() throws IOException {
    String answer = answer("{}\n \n[1]", RecordFormat.NDJSON, RecordFormat.NDJSON);

    assertThat(answer.lines())
        .hasSize(3)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("{\"line\":1,\"error\":{"))
        .satisfies(lines -> assertThat(lines.get(1)).startsWith("{\"line\":3,\"error\":{"))
        .last()
        .isEqualTo("{\"end\":{\"lines\":2,\"assessments\":0,\"errors\":2}}");
  }

  @Test
  void answer_csv_writesTheHeader_thenOneRowPerRecord() throws IOException {
    String answer =
        answer(
            HEADER + "\r\n" + VALID_ROW + "\r\nA-2,Scaffold\r\n",
            RecordFormat.CSV,
            RecordFormat.CSV);

    assertThat(answer.lines())
        .containsExactly(
            "line,id,tier,score,sectorFit,maturity,horizon,role,tierReason,edition,problems",
            "1,A-1,PRIORITY,100,30,40,20,10,TIER_PRIORITY_MILESTONE,park-intake 2026.1,",
            "2,,,,,,,,,,\"$: The record has 2 cells where the header has 10: check for a missing or"
                + " extra comma, or quote a cell that holds one.\"");
  }

  @Test
  void answer_csvOfAnInputThatBrokeOff_hasNoRowForTheCut_andThrows() {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                SCREENING
                    .read(breakingOffAfter("{}\n{\"id\""), RecordFormat.NDJSON)
                    .answer(answer, RecordFormat.CSV, Language.ENGLISH))
        .isInstanceOfSatisfying(CutInputException.class, e -> assertThat(e.number()).isEqualTo(2));
    assertThat(answer.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void records_screenedTwice_areRefused() throws IOException {
    Records records = SCREENING.read(bytes("{}\n"), RecordFormat.NDJSON);
    records.forEach(record -> {});

    assertThatThrownBy(() -> records.forEach(record -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the records of an input are screened once");
  }

  @Test
  void forEach_actionThrowing_stopsTheScreening_andIsThrown() throws IOException {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 3 * Pipeline.PART_RECORDS; i++) {
      input.append("{}\n");
    }
    List<Long> seen = new ArrayList<>();
    Records records = SCREENING.read(bytes(input.toString()), RecordFormat.NDJSON);

    assertThatThrownBy(
            () ->
                records.forEach(
                    record -> {
                      seen.add(record.number());
                      if (record.number() == 5) {
                        throw new IllegalStateException("stop");
                      }
                    }))
        .hasMessage("stop");
    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void listener_hearsEveryRecordAnswered_andEveryFailure() throws IOException {
    Assessor failingOnB =
        new Assessor() {
          @Override
          public PolicyEdition getEdition() {
            return ASSESSOR.getEdition();
          }

          @Override
          public Assessment assess(Application application) {
            if (application.getId().equals("B")) {
              throw new IllegalStateException("a fault of the assessor");
            }
            return ASSESSOR.assess(application);
          }

          @Override
          public ImmutableList<Improvement> improvements(Assessment assessment) {
            return ASSESSOR.improvements(assessment);
          }
        };
    List<Screened> heard = new CopyOnWriteArrayList<>();
    List<Long> failed = new CopyOnWriteArrayList<>();
    ScreeningListener listener =
        new ScreeningListener() {
          @Override
          public void screened(Screened record) {
            heard.add(record);
          }

          @Override
          public void failed(long number, Throwable failure) {
            failed.add(number);
          }
        };
    String input =
        HEADER + "\r\n" + VALID_ROW + "\r\n" + VALID_ROW.replace("A-1", "B") + "\r\nC,x\r\n";
    List<Screened> records = new ArrayList<>();

    Screening.of(failingOnB)
        .withListener(listener)
        .read(bytes(input), RecordFormat.CSV)
        .forEach(records::add);

    assertThat(heard).containsExactlyInAnyOrderElementsOf(records).hasSize(3);
    assertThat(failed).containsExactly(2L);
    assertThat(records.get(1).problem().orElseThrow()).isEqualTo(ProblemDocument.internalError());
    assertThat(records.get(2).problem().orElseThrow().errors()).isNotEmpty();
  }

  @Test
  void screened_withBothOrNeitherOutcome_isRefused() {
    Assessment assessment = screenOne();
    ProblemDocument problem = ProblemDocument.internalError();

    assertThatThrownBy(
            () ->
                new Screened(1, 1, Optional.empty(), Optional.of(assessment), Optional.of(problem)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Screened(1, 1, Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Assessment screenOne() {
    try {
      return screen(bytes(HEADER + "\r\n" + VALID_ROW), RecordFormat.CSV)
          .get(0)
          .assessment()
          .orElseThrow();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void answerForSpreadsheet_chinese_writesTheMarkLabelsNamesAndTheRowOfEachRecord()
      throws IOException {
    String input = HEADER + "\n\n" + VALID_ROW + "\nB-2,P,A,DOMESTIC,INNOVATOR,,,,,\n";
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    SCREENING.read(bytes(input), RecordFormat.CSV).answerForSpreadsheet(answer, Language.CHINESE);
    String text = answer.toString(StandardCharsets.UTF_8);

    assertThat(text).startsWith("\uFEFF行号,记录序号,申请编号,项目名称,申请单位,评级,得分,");
    List<String> rows = text.lines().toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("3,1,A-1,Scaffold,Applicant,重点引进项目,").contains(",重点引进项目：");
    assertThat(rows.get(2))
        .startsWith("4,2,B-2,")
        .contains("“距产业化年限”：缺少“距产业化年限”。")
        .contains("；")
        .doesNotContain("yearsToIndustrialization");
  }
}
