package io.github.regeneligibility.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.json.ApplicationInput;
import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.FormatCode;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Decision records on the wire: reads a request to record a decision ({@code {"application",
 * "disposition", "note"?, "on"?, "supersedes"?}}), strictly, and writes records, pages of them,
 * replays and the CSV export. Thread-safe; no type of the JSON library appears in this API.
 */
public final class RecordJson {

  /** The properties of a request to record a decision. */
  public static final ImmutableSet<String> REQUEST_PROPERTIES =
      ImmutableSet.of("application", "disposition", "note", "on", "supersedes");

  /** The longest record id accepted in {@code supersedes}, in characters. */
  public static final int MAX_ID_LENGTH = 64;

  /** The columns of the CSV export, in order. */
  public static final ImmutableList<String> CSV_COLUMNS =
      ImmutableList.of(
          "id",
          "recordedAt",
          "recordedBy",
          "applicationId",
          "projectName",
          "applicantName",
          "on",
          "policyId",
          "policyVersion",
          "policySha256",
          "tier",
          "score",
          "disposition",
          "note",
          "supersedes",
          "supersededBy",
          "requestId");

  private static final Texts PHRASES = Texts.read(RecordJson.class, "phrases");
  private static final Text STRING = PHRASES.get("STRING");
  private static final Text STRING_OR_NULL = PHRASES.get("STRING_OR_NULL");
  private static final Text DATE = PHRASES.get("DATE");
  private static final Template AT = Template.of(PHRASES.get("AT"));
  private static final Text UNEXPECTED = PHRASES.get("UNEXPECTED");

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(EligibilityJson.MAX_NESTING_DEPTH)
                  .maxStringLength(Decision.MAX_RECEIVED_LENGTH)
                  .maxNumberLength(EligibilityJson.MAX_NUMBER_LENGTH)
                  .build())
          .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private final EligibilityJson json;

  private RecordJson(EligibilityJson json) {
    this.json = json;
  }

  /** Returns the binding that reads and writes applications and assessments with {@code json}. */
  public static RecordJson create(EligibilityJson json) {
    return new RecordJson(json);
  }

  /**
   * Reads a request to record a decision from a JSON document; never throws for bad input. Every
   * problem is named by its path from the body: {@code disposition}, {@code application.stage}.
   */
  public DecisionInput readDecision(byte[] body) {
    JsonNode tree;
    try (JsonParser parser = FACTORY.createParser(body)) {
      tree = MAPPER.readTree(parser);
      if (parser.nextToken() != null) {
        return refused(
            Problem.of(Problem.WHOLE, FormatCode.MALFORMED_JSON, detail(parser.currentLocation())));
      }
    } catch (JsonProcessingException e) {
      return refused(malformed(e));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    if (tree == null || !tree.isObject()) {
      return refused(Problem.of(Problem.WHOLE, FormatCode.NOT_AN_OBJECT));
    }
    ObjectNode request = (ObjectNode) tree;
    List<Problem> problems = new ArrayList<>();
    for (Iterator<String> names = request.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!REQUEST_PROPERTIES.contains(name)) {
        problems.add(Problem.of(Template.echo(name), FormatCode.UNKNOWN_PROPERTY));
      }
    }
    Optional<ApplicationInput> application = application(request.get("application"), problems);
    Optional<Disposition> disposition = disposition(request.get("disposition"), problems);
    Optional<String> note = optionalString(request.get("note"), "note", problems);
    Optional<LocalDate> on = day(request.get("on"), problems);
    Optional<String> supersedes = optionalString(request.get("supersedes"), "supersedes", problems);
    if (supersedes.isPresent() && supersedes.get().length() > MAX_ID_LENGTH) {
      problems.add(
          Problem.of(
              "supersedes",
              RecordCode.SUPERSEDED_UNKNOWN,
              ImmutableMap.of("id", Template.echo(supersedes.get()))));
    }
    if (!problems.isEmpty() || application.isEmpty() || disposition.isEmpty()) {
      return new DecisionInput(Optional.empty(), ImmutableList.copyOf(problems));
    }
    ApplicationInput input = application.get();
    return new DecisionInput(
        Optional.of(
            new DecisionRequest(
                request.get("application").toString(),
                input.application().orElseThrow(),
                disposition.get(),
                note,
                on,
                supersedes)),
        ImmutableList.of());
  }

  private static DecisionInput refused(Problem problem) {
    return new DecisionInput(Optional.empty(), ImmutableList.of(problem));
  }

  private static Problem malformed(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message.startsWith("Duplicate field '")) {
      String name = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
      return Problem.of(Template.echo(name), FormatCode.DUPLICATE_PROPERTY);
    }
    JsonLocation location = e.getLocation();
    return Problem.of(
        Problem.WHOLE,
        FormatCode.MALFORMED_JSON,
        location == null ? ImmutableMap.of("detail", UNEXPECTED) : detail(location));
  }

  private static ImmutableMap<String, Object> detail(JsonLocation location) {
    return ImmutableMap.of(
        "detail",
        AT.render(
            ImmutableMap.of(
                "problem", UNEXPECTED,
                "line", location.getLineNr(),
                "column", location.getColumnNr())));
  }

  private Optional<ApplicationInput> application(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      problems.add(Problem.of("application", RecordCode.FIELD_REQUIRED));
      return Optional.empty();
    }
    if (!node.isObject()) {
      problems.add(Problem.of("application", FormatCode.NOT_AN_OBJECT));
      return Optional.empty();
    }
    ApplicationInput input = json.readApplication(node.toString());
    for (Problem problem : input.problems()) {
      String at =
          problem.getPath().equals(Problem.WHOLE)
              ? "application"
              : "application." + problem.getPath();
      problems.add(new Problem.Builder().from(problem).path(at).build());
    }
    return Optional.of(input);
  }

  private static Optional<Disposition> disposition(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      problems.add(Problem.of("disposition", RecordCode.FIELD_REQUIRED));
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(
          Problem.of("disposition", FormatCode.WRONG_TYPE, ImmutableMap.of("expected", STRING)));
      return Optional.empty();
    }
    for (Disposition disposition : Disposition.values()) {
      if (disposition.name().equals(node.textValue())) {
        return Optional.of(disposition);
      }
    }
    problems.add(FormatCode.unknownValue("disposition", Disposition.class, node.textValue()));
    return Optional.empty();
  }

  private static Optional<String> optionalString(
      JsonNode node, String path, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(
          Problem.of(path, FormatCode.WRONG_TYPE, ImmutableMap.of("expected", STRING_OR_NULL)));
      return Optional.empty();
    }
    return Optional.of(Template.wellFormed(node.textValue()));
  }

  private static Optional<LocalDate> day(JsonNode node, List<Problem> problems) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      try {
        return Optional.of(LocalDate.parse(node.textValue()));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problems.add(Problem.of("on", FormatCode.WRONG_TYPE, ImmutableMap.of("expected", DATE)));
    return Optional.empty();
  }

  /** Returns {@code record} in the wire format, the assessment's messages in {@code language}. */
  public String writeRecord(DecisionRecord record, Language language) {
    return write(out -> record(record, language, out));
  }

  /** Returns {@code {"decisions": [...], "next": cursor|null}}. */
  public String writePage(RecordPage page, Language language) {
    return write(
        out -> {
          out.writeStartObject();
          out.writeArrayFieldStart("decisions");
          for (DecisionRecord record : page.decisions()) {
            record(record, language, out);
          }
          out.writeEndArray();
          optional(out, "next", page.next());
          out.writeEndObject();
        });
  }

  /** Returns {@code {"then", "matches", "now", "changed"}}, messages in {@code language}. */
  public String writeReplay(Replay replay, Language language) {
    return write(
        out -> {
          out.writeStartObject();
          out.writeFieldName("then");
          out.writeRawValue(json.writeAssessment(replay.then(), language));
          out.writeBooleanField("matches", replay.matches());
          out.writeFieldName("now");
          out.writeRawValue(json.writeAssessment(replay.now(), language));
          out.writeBooleanField("changed", replay.changed());
          out.writeEndObject();
        });
  }

  /**
   * Returns the records of {@code page} as CSV (RFC 4180): a header of {@link #CSV_COLUMNS}, then
   * one row per record. A cell that a spreadsheet would read as a formula (it starts with {@code
   * =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with {@code '}.
   */
  public String writeCsv(RecordPage page) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        CSVFormat.RFC4180
            .builder()
            .setHeader(CSV_COLUMNS.toArray(String[]::new))
            .get()
            .print(out)) {
      for (DecisionRecord record : page.decisions()) {
        printer.printRecord(
            exportRow(record).stream().map(v -> v instanceof String text ? cell(text) : v));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Returns the cells of {@code record}'s row in an export, in the order of {@link #CSV_COLUMNS}:
   * text, and the score as a number; what the record lacks (a note, a superseding record) as empty
   * text.
   */
  public static ImmutableList<Object> exportRow(DecisionRecord record) {
    return ImmutableList.of(
        record.id(),
        record.recordedAt().toString(),
        record.recordedBy(),
        record.application().getId(),
        record.application().getProjectName(),
        record.application().getApplicantName(),
        record.on().toString(),
        record.policy().getId(),
        record.policy().getVersion(),
        record.policySha256(),
        record.outcome().tier().name(),
        record.outcome().score(),
        record.disposition().name(),
        record.note().orElse(""),
        record.supersedes().orElse(""),
        record.supersededBy().orElse(""),
        record.requestId());
  }

  private static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private void record(DecisionRecord record, Language language, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("id", record.id());
    out.writeStringField("recordedAt", record.recordedAt().toString());
    out.writeStringField("recordedBy", record.recordedBy());
    out.writeStringField("requestId", record.requestId());
    out.writeFieldName("application");
    out.writeRawValue(json.writeApplication(record.application()));
    out.writeFieldName("received");
    out.writeRawValue(record.received());
    out.writeStringField("on", record.on().toString());
    out.writeFieldName("assessment");
    out.writeRawValue(record.assessment(language));
    out.writeObjectFieldStart("policy");
    out.writeStringField("id", record.policy().getId());
    out.writeStringField("version", record.policy().getVersion());
    out.writeStringField("effectiveFrom", record.policy().getEffectiveFrom().toString());
    out.writeStringField("sha256", record.policySha256());
    out.writeEndObject();
    out.writeStringField("disposition", record.disposition().name());
    optional(out, "note", record.note());
    optional(out, "supersedes", record.supersedes());
    optional(out, "supersededBy", record.supersededBy());
    out.writeEndObject();
  }

  private static void optional(JsonGenerator out, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    } else {
      out.writeNullField(name);
    }
  }

  /** Writes one JSON value. */
  private interface Writing {
    void to(JsonGenerator out) throws IOException;
  }

  private static String write(Writing writing) {
    StringWriter text = new StringWriter(4096);
    try (JsonGenerator out = FACTORY.createGenerator(text)) {
      writing.to(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return text.toString();
  }
}
