package io.github.regeneligibility.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.InputProblem;
import io.github.regeneligibility.model.ApplicationForm;
import java.io.Flushable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads applications from CSV as a stream: the examples' cohort format (RFC 4180, UTF-8, a header
 * row naming every application field, {@code sectors} separated by {@code ;}, an empty cell for an
 * absent value). Records are numbered from 1, the header not counted; memory stays bounded by the
 * longest allowed record, whatever the file's length, and no record is remembered once returned.
 *
 * <p>Each record becomes the JSON document it stands for, and the JSON binding reads it, so that a
 * record's problems are exactly those the same application sent as JSON would have: a cell that
 * is not a whole number where one is expected is handed on as text, for the binding to name its
 * field. A record with the wrong number of cells is a problem of its own.
 *
 * <p>This is the service's reader until the library's CSV binding takes its place.
 */
final class CsvApplications {

  /** One data record (a row): its number from 1, its id cell (empty when absent) and what it holds. */
  record Row(int number, String id, ApplicationInput input) {}

  /** A CSV text that cannot be read on from some record: an unclosed quote, an over-long record. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient InputProblem problem;

    UnreadableException(InputProblem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    InputProblem problem() {
      return problem;
    }
  }

  private static final InputProblem NOT_UTF8 =
      new InputProblem(
          InputProblem.DOCUMENT,
          "NOT_UTF8",
          "The CSV text is not valid UTF-8: save the file as UTF-8 (the page converts GB18030"
              + " files itself).",
          "CSV 文本不是有效的 UTF-8：请将文件另存为 UTF-8（页面会自行转换 GB18030 文件）。");

  private static final ImmutableList<String> COLUMNS = ApplicationForm.FIELDS;
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,9}");
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
          .setAllowMissingColumnNames(false)
          .get();

  private final EligibilityJson json;
  private final FlushingInputStream in;
  private final BoundedReader reader;
  private final Iterator<CSVRecord> records;
  private int number;

  private CsvApplications(
      EligibilityJson json, FlushingInputStream in, BoundedReader reader, CSVParser parser) {
    this.json = json;
    this.in = in;
    this.reader = reader;
    this.records = parser.iterator();
  }

  /**
   * Reads the header of the CSV text in {@code in}. Nothing is flushed while the header is read,
   * so that a bad header can still be answered with a 400; see {@link #flushBeforeWaiting}.
   *
   * @throws ProblemException with a 400 problem naming the header's missing, unknown or repeated
   *     columns, or the text's malformed start
   */
  static CsvApplications open(
      InputStream in, int maxRecordChars, EligibilityJson json) throws IOException {
    FlushingInputStream flushing = new FlushingInputStream(in);
    BoundedReader reader =
        new BoundedReader(
            new InputStreamReader(
                flushing,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            maxRecordChars);
    CSVParser parser;
    try {
      parser = FORMAT.parse(reader);
    } catch (IllegalArgumentException e) {
      throw header(
          "The CSV header names a column twice: name each of " + String.join(", ", COLUMNS)
              + " once.",
          "CSV 表头有重复的列名：" + String.join("、", COLUMNS) + " 每列只能出现一次。");
    } catch (CharacterCodingException e) {
      throw new ProblemException(Problem.invalidRequest(NOT_UTF8));
    } catch (UncheckedIOException e) {
      throw header(
          "The CSV header cannot be read: the first row must name the columns "
              + String.join(", ", COLUMNS) + ".",
          "无法读取 CSV 表头：第一行必须列出 " + String.join("、", COLUMNS) + "。");
    }
    List<String> header = parser.getHeaderNames();
    Set<String> missing = new LinkedHashSet<>(COLUMNS);
    header.forEach(missing::remove);
    Set<String> unknown = new LinkedHashSet<>(header);
    COLUMNS.forEach(unknown::remove);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw header(
          String.format(
              Locale.ROOT,
              "The CSV header must name the columns %s, in any order; missing: %s; unknown: %s.",
              String.join(", ", COLUMNS),
              missing.isEmpty() ? "none" : String.join(", ", missing),
              unknown.isEmpty() ? "none" : String.join(", ", unknown)),
          String.format(
              Locale.ROOT,
              "CSV 表头必须列出 %s（顺序不限）；缺少：%s；未知：%s。",
              String.join("、", COLUMNS),
              missing.isEmpty() ? "无" : String.join("、", missing),
              unknown.isEmpty() ? "无" : String.join("、", unknown)));
    }
    return new CsvApplications(json, flushing, reader, parser);
  }

  private static ProblemException header(String english, String chinese) {
    return new ProblemException(
        Problem.invalidRequest(new InputProblem("header", "INVALID_CSV_HEADER", english, chinese)));
  }

  /**
   * Flushes {@code answer} from now on before the reader would wait for more input, so that a
   * client streaming its records sees each answer as soon as the service has it.
   */
  void flushBeforeWaiting(Flushable answer) {
    in.beforeWaiting = answer;
  }

  /** Returns the number the next record will have. */
  int nextNumber() {
    return number + 1;
  }

  /**
   * Returns the next record, or null at the end of the text.
   *
   * @throws UnreadableException when the text cannot be read on: the rest of it is not read
   */
  @Nullable Row next() throws UnreadableException {
    CSVRecord record;
    try {
      reader.startRecord();
      if (!records.hasNext()) {
        return null;
      }
      record = records.next();
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause());
    }
    number++;
    String id = record.isSet("id") ? record.get("id") : "";
    if (!record.isConsistent()) {
      return new Row(
          number,
          id,
          new ApplicationInput(
              Optional.empty(),
              ImmutableList.of(
                  new InputProblem(
                      InputProblem.DOCUMENT,
                      "WRONG_CELL_COUNT",
                      String.format(
                          Locale.ROOT,
                          "The record has %d cells where the header has %d: check for a missing"
                              + " or extra comma, or quote a cell that holds one.",
                          record.size(),
                          COLUMNS.size()),
                      String.format(
                          Locale.ROOT,
                          "该记录有 %d 个单元格，而表头有 %d 列：请检查是否缺少或多出逗号，含逗号的单元格须加引号。",
                          record.size(),
                          COLUMNS.size())))));
    }
    return new Row(number, id, json.readApplication(tree(record)));
  }

  private UnreadableException unreadable(@Nullable IOException cause) {
    int at = number + 1;
    if (cause instanceof BoundedReader.TooLongException) {
      return new UnreadableException(
          new InputProblem(
              InputProblem.DOCUMENT,
              "LIMIT_EXCEEDED",
              String.format(
                  Locale.ROOT,
                  "Record %d is longer than %d characters; the rest of the file was not read.",
                  at,
                  reader.limit()),
              String.format(
                  Locale.ROOT, "第 %d 条记录超过 %d 个字符；文件其余部分未读取。", at, reader.limit())));
    }
    if (cause instanceof CharacterCodingException) {
      return new UnreadableException(
          new InputProblem(
              InputProblem.DOCUMENT,
              "NOT_UTF8",
              String.format(
                  Locale.ROOT,
                  "Record %d is not valid UTF-8; the rest of the file was not read. Save the file"
                      + " as UTF-8.",
                  at),
              String.format(
                  Locale.ROOT, "第 %d 条记录不是有效的 UTF-8；文件其余部分未读取。请将文件另存为 UTF-8。", at)));
    }
    return new UnreadableException(
        new InputProblem(
            InputProblem.DOCUMENT,
            "MALFORMED_CSV",
            String.format(
                Locale.ROOT,
                "Record %d is not well-formed CSV (an unclosed quote?); the rest of the file was"
                    + " not read.",
                at),
            String.format(
                Locale.ROOT, "第 %d 条记录不是格式正确的 CSV（引号未闭合？）；文件其余部分未读取。", at)));
  }

  /** Returns the JSON document a consistent record stands for; empty cells are absent. */
  private static ObjectNode tree(CSVRecord record) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    for (String column : COLUMNS) {
      String cell = record.get(column);
      if (cell.isEmpty()) {
        continue;
      }
      switch (column) {
        case "sectors" -> {
          ArrayNode sectors = tree.putArray(column);
          for (String sector : cell.split(";", -1)) {
            sectors.add(sector);
          }
        }
        case "yearsToIndustrialization" -> {
          if (WHOLE_NUMBER.matcher(cell).matches()) {
            tree.put(column, Integer.parseInt(cell));
          } else {
            tree.put(column, cell);
          }
        }
        default -> tree.put(column, cell);
      }
    }
    return tree;
  }

  /**
   * A reader that fails once more than its limit of characters has been read since the current
   * record began (plus the parser's read-ahead buffer), so that no record can hold memory beyond
   * the limit.
   */
  private static final class BoundedReader extends Reader {
    static final class TooLongException extends IOException {
      private static final long serialVersionUID = 1L;

      TooLongException() {
        super("record too long");
      }
    }

    /** What the parser may have read ahead of the record it returns. */
    private static final int READ_AHEAD = 8192;

    private final Reader in;
    private final int limit;
    private long read;
    private long recordStart;

    BoundedReader(Reader in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    int limit() {
      return limit;
    }

    void startRecord() {
      recordStart = read;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (read - recordStart > (long) limit + READ_AHEAD) {
        throw new TooLongException();
      }
      int count = in.read(buffer, offset, length);
      if (count > 0) {
        read += count;
      }
      return count;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Flushes the answer before a read would wait for more input, as {@link NdjsonLines} does. */
  private static final class FlushingInputStream extends java.io.FilterInputStream {
    private Flushable beforeWaiting = () -> {};

    FlushingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      if (in.available() <= 0) {
        beforeWaiting.flush();
      }
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (in.available() <= 0) {
        beforeWaiting.flush();
      }
      return in.read(buffer, offset, length);
    }
  }
}
