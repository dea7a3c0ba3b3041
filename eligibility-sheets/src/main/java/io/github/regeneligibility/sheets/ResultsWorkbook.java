package io.github.regeneligibility.sheets;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Criterion;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Improvement;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the outcomes of a screening as a workbook (.xlsx), streamed: a summary sheet (the counts
 * by tier, the rows with problems, the edition, and the date and time in Asia/Shanghai), then a
 * results sheet with one row per application in input order: its row, 申请编号, 项目名称, 申请单位, the tier,
 * the score, each criterion's points, the gates not met, the tier's reason, the best improvement,
 * and the problems of a row that could not be assessed. The header is frozen and filtered, and the
 * columns wide enough for Chinese text. Texts are in one language: those of the input in their
 * cells, those of the policy (which repeat from row to row) in a bounded table of shared strings.
 *
 * <p>The rows are written in {@linkplain ResultsRows runs}: a run's XML is built on any thread (so
 * that a screening builds it on every core), then the runs are {@linkplain #write written} in order
 * on one thread, which only compresses them. Memory stays bounded whatever the number of rows: a
 * run is dropped once written.
 */
public final class ResultsWorkbook {

  /** The zone of the date and time in the summary. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The rows of a run that {@link #assessed} and {@link #refused} fill before it is written. */
  private static final int FLUSH_EVERY = 256;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String MAIN = ResultsParts.MAIN;
  private static final String RELATIONSHIPS = ResultsParts.RELATIONSHIPS;
  private static final String DECLARATION = ResultsParts.DECLARATION;
  private static final String BOLD = "1";

  /**
   * The most strings of the table of shared strings: the texts the policy writes (tiers, gates,
   * reasons, improvements) repeat from row to row, and are written once there; past this many (or
   * {@value #MAX_SHARED_CHARS} characters), they are written in their cells.
   */
  static final int MAX_SHARED_STRINGS = 16_384;

  /** The most messages of reasons kept, filled in once: see {@link #message}. */
  private static final int MAX_MESSAGES = 4096;

  /** The most characters of the table of shared strings, together. */
  static final int MAX_SHARED_CHARS = 1 << 21;

  private final OutputStream out;
  final Language language;
  private final PolicyReference edition;
  private final ZonedDateTime at;
  final List<String> header = new ArrayList<>();
  private final List<Integer> widths = new ArrayList<>();
  private final String[] letters;
  private final long[] tiers = new long[Tier.values().length];
  private final ConcurrentHashMap<String, Integer> shared = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Reason, String> messages = new ConcurrentHashMap<>();
  private int sharedChars;
  private @Nullable ZipOutputStream zip;
  private @Nullable ResultsRows pending;
  private long refused;
  private long next = 1;

  private ResultsWorkbook(
      OutputStream out, Language language, PolicyReference edition, ZonedDateTime at) {
    this.out = out;
    this.language = language;
    this.edition = edition;
    this.at = at.withZoneSameInstant(ZONE);
    column(text("results.row"), 8);
    column(SheetTexts.field("id").in(language), 18);
    column(SheetTexts.field("projectName").in(language), 30);
    column(SheetTexts.field("applicantName").in(language), 30);
    column(text("results.tier"), 16);
    column(text("results.score"), 8);
    for (Criterion criterion : Criterion.values()) {
      column(criterion.label(language), 14);
    }
    column(text("results.gatesNotMet"), 20);
    column(text("results.tierReason"), 60);
    column(text("results.improvement"), 60);
    column(text("results.problems"), 80);
    letters = new String[header.size() + 1];
    for (int c = 1; c <= header.size(); c++) {
      letters[c] = CellReference.column(c);
    }
  }

  private void column(String name, int width) {
    header.add(name);
    widths.add(width);
  }

  /**
   * Starts writing the results of a screening under {@code edition}, done at {@code at}, to {@code
   * out}, texts in {@code language}. Nothing is written to {@code out} before the first rows are
   * written; {@code out} is left open.
   */
  public static ResultsWorkbook open(
      OutputStream out, Language language, PolicyReference edition, ZonedDateTime at) {
    return new ResultsWorkbook(out, language, edition, at);
  }

  /**
   * Returns an empty run of rows that starts after {@code before} rows of results: its XML may be
   * built on any thread, one run per thread, and is then {@linkplain #write written} in order.
   */
  public ResultsRows rows(long before) {
    return new ResultsRows(this, before + 2);
  }

  /**
   * Writes {@code rows}, which must start where the rows written so far end.
   *
   * @throws IllegalArgumentException if they start elsewhere
   */
  public void write(ResultsRows rows) throws IOException {
    writePending();
    take(rows);
  }

  /** Writes the row of the application in row {@code row} of the input, assessed. */
  public void assessed(long row, Assessment assessment, Optional<Improvement> best)
      throws IOException {
    pending().assessed(row, assessment, best);
    writeFull();
  }

  /**
   * Writes the row of the record in row {@code row} of the input, whose id cell was {@code id},
   * refused with {@code problem}: its problems, each with its cell where it has one, or the
   * document's detail when it has none.
   */
  public void refused(long row, Optional<String> id, ProblemDocument problem) throws IOException {
    pending().refused(row, id, problem);
    writeFull();
  }

  private ResultsRows pending() {
    ResultsRows rows = pending;
    if (rows == null) {
      rows = rows(next - 1);
      pending = rows;
    }
    return rows;
  }

  private void writeFull() throws IOException {
    ResultsRows rows = pending;
    if (rows != null && rows.count >= FLUSH_EVERY) {
      writePending();
    }
  }

  private void writePending() throws IOException {
    ResultsRows rows = pending;
    if (rows != null) {
      pending = null;
      take(rows);
    }
  }

  private void take(ResultsRows rows) throws IOException {
    if (rows.book != this || rows.first != next + 1) {
      throw new IllegalArgumentException(
          "rows from " + rows.first + " written where row " + (next + 1) + " is next");
    }
    ZipOutputStream sheet = start();
    rows.xml.writeTo(sheet);
    next += rows.count;
    refused += rows.refused;
    for (int t = 0; t < tiers.length; t++) {
      tiers[t] += rows.tiers[t];
    }
  }

  /** Starts the workbook when nothing is written yet: its parts up to the results sheet's rows. */
  private ZipOutputStream start() throws IOException {
    ZipOutputStream started = zip;
    if (started != null) {
      return started;
    }
    started = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8);
    // The fastest compression: an answer is sent once, and deflating costs more than reading it.
    started.setLevel(Deflater.BEST_SPEED);
    zip = started;
    for (Map.Entry<String, SheetXml> part :
        ResultsParts.fixed(
                text("results.summarySheet"),
                text("results.resultsSheet"),
                letters[header.size()],
                at.toInstant())
            .entrySet()) {
      part(part.getKey(), part.getValue());
    }
    // The results sheet stays open while its rows come: its header frozen, its columns' widths.
    started.putNextEntry(entry("xl/worksheets/sheet2.xml"));
    SheetXml xml =
        new SheetXml(4096)
            .markup(DECLARATION)
            .markup("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">")
            .markup("<sheetViews><sheetView workbookViewId=\"0\">")
            .markup(
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            .markup("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
            .markup("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
    cols(xml, widths);
    xml.markup("<sheetData><row r=\"1\">");
    for (int c = 1; c <= header.size(); c++) {
      inline(xml, c, 1, BOLD, header.get(c - 1));
    }
    xml.markup("</row>");
    xml.writeTo(started);
    return started;
  }

  private void part(String name, SheetXml xml) throws IOException {
    ZipOutputStream started = zip;
    if (started == null) {
      throw new IllegalStateException("the workbook is not started");
    }
    started.putNextEntry(entry(name));
    xml.writeTo(started);
    started.closeEntry();
  }

  private ZipEntry entry(String name) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(at.toInstant().toEpochMilli());
    return entry;
  }

  private static void cols(SheetXml xml, List<Integer> widths) {
    xml.markup("<cols>");
    for (int c = 1; c <= widths.size(); c++) {
      xml.markup("<col min=\"")
          .number(c)
          .markup("\" max=\"")
          .number(c)
          .markup("\" width=\"")
          .number(widths.get(c - 1))
          .markup("\" customWidth=\"1\"/>");
    }
    xml.markup("</cols>");
  }

  /**
   * Ends the results sheet, writes the summary, and ends the workbook; {@code out} is flushed and
   * left open.
   */
  public void finish() throws IOException {
    writePending();
    ZipOutputStream started = start();
    new SheetXml(256)
        .markup("</sheetData><autoFilter ref=\"A1:")
        .markup(letters[header.size()])
        .markup("1\"/></worksheet>")
        .writeTo(started);
    started.closeEntry();
    part("xl/worksheets/sheet1.xml", summary());
    part("xl/sharedStrings.xml", sharedStrings());
    started.finish();
    started.close();
  }

  /** Returns the table of shared strings' XML. */
  private SheetXml sharedStrings() {
    String[] strings = new String[shared.size()];
    shared.forEach((text, index) -> strings[index] = text);
    SheetXml xml =
        new SheetXml(sharedChars * 3 + strings.length * 32 + 256)
            .markup(DECLARATION)
            .markup("<sst xmlns=\"" + MAIN + "\" uniqueCount=\"")
            .number(strings.length)
            .markup("\">");
    for (String text : strings) {
      xml.markup(preserves(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>")
          .text(text)
          .markup("</t></si>");
    }
    return xml.markup("</sst>");
  }

  /**
   * Returns the index of {@code text} in the table of shared strings, added when it is not there
   * yet; or -1 when the table is full. Thread-safe.
   */
  private int sharedIndex(String text) {
    Integer index = shared.get(text);
    if (index != null) {
      return index;
    }
    synchronized (shared) {
      index = shared.get(text);
      if (index != null) {
        return index;
      }
      if (shared.size() >= MAX_SHARED_STRINGS || sharedChars + text.length() > MAX_SHARED_CHARS) {
        return -1;
      }
      sharedChars += text.length();
      index = shared.size();
      shared.put(text, index);
      return index;
    }
  }

  /**
   * Returns the message of {@code reason} in the workbook's language. The policy's reasons repeat
   * from row to row, and the message of each of the first {@value #MAX_MESSAGES} is kept, so that
   * it is filled in once: equal reasons have equal messages.
   */
  String message(Reason reason) {
    String message = messages.get(reason);
    if (message == null) {
      message = reason.getMessage(language);
      if (messages.size() < MAX_MESSAGES) {
        messages.putIfAbsent(reason, message);
      }
    }
    return message;
  }

  /** Appends the cell in column {@code c} of row {@code r}, holding {@code text}, shared. */
  void shared(SheetXml xml, int c, long r, String text) {
    int index = sharedIndex(text);
    if (index < 0) {
      inline(xml, c, r, null, text);
      return;
    }
    xml.markup("<c r=\"")
        .markup(letters[c])
        .number(r)
        .markup("\" t=\"s\"><v>")
        .number(index)
        .markup("</v></c>");
  }

  /** Returns whether {@code text} begins or ends with white space, which a cell must keep. */
  private static boolean preserves(String text) {
    return !text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ');
  }

  /** Returns the summary sheet's XML. */
  private SheetXml summary() {
    SheetXml xml =
        new SheetXml(4096)
            .markup(DECLARATION)
            .markup("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">")
            .markup("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>")
            .markup("<sheetFormatPr defaultRowHeight=\"15\"/>");
    cols(xml, List.of(28, 24));
    xml.markup("<sheetData>");
    int r = 1;
    row(xml, r, BOLD, text("results.title"), null);
    r += 2;
    row(xml, r++, null, text("results.edition"), edition.getId() + " " + edition.getVersion());
    row(xml, r++, null, text("results.effective"), edition.getEffectiveFrom().toString());
    row(xml, r++, null, text("results.at"), WHEN.format(at));
    row(xml, r++, text("results.rows"), next - 1);
    row(xml, r++, text("results.invalid"), refused);
    r++;
    row(xml, r++, BOLD, text("results.tier"), text("results.count"));
    for (Tier tier : Tier.values()) {
      row(xml, r++, tier.label(language), tiers[tier.ordinal()]);
    }
    return xml.markup("</sheetData></worksheet>");
  }

  private void row(
      SheetXml xml, int r, @Nullable String style, String name, @Nullable String value) {
    xml.markup("<row r=\"").number(r).markup("\">");
    inline(xml, 1, r, style, name);
    if (value != null) {
      inline(xml, 2, r, style, value);
    }
    xml.markup("</row>");
  }

  private void row(SheetXml xml, int r, String name, long value) {
    xml.markup("<row r=\"").number(r).markup("\">");
    inline(xml, 1, r, null, name);
    number(xml, 2, r, value);
    xml.markup("</row>");
  }

  /** Appends the cell in column {@code c} of row {@code r}, holding {@code text} inline. */
  void inline(SheetXml xml, int c, long r, @Nullable String style, String text) {
    xml.markup("<c r=\"").markup(letters[c]).number(r);
    if (style != null) {
      xml.markup("\" s=\"").markup(style);
    }
    xml.markup(
            preserves(text)
                ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                : "\" t=\"inlineStr\"><is><t>")
        .text(text)
        .markup("</t></is></c>");
  }

  /** Appends the cell in column {@code c} of row {@code r}, holding {@code number}. */
  void number(SheetXml xml, int c, long r, long number) {
    xml.markup("<c r=\"")
        .markup(letters[c])
        .number(r)
        .markup("\"><v>") // a cell's type is a number unless it says otherwise
        .number(number)
        .markup("</v></c>");
  }

  String text(String key) {
    return SheetTexts.text(key).in(language);
  }
}
