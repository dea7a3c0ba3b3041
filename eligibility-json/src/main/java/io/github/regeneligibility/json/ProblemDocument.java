package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.base.Utf8;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A problem document (RFC 9457, {@code application/problem+json}): a type URI, a status, a title
 * and a detail as {@link Text}s, and the {@link Problem}s of the input as {@code errors} ({@code
 * field}, {@code code}, {@code message}). It is what a service answers for a failure, and what a
 * screening writes in the place of a record it could not assess. Its texts never carry a stack
 * trace or a class name.
 *
 * <p>A document is bounded whatever the input held: at most {@value #MAX_ERRORS} {@code errors} are
 * written, and fewer when they would take more than {@value #ERRORS_BUDGET} bytes; the others are
 * counted in {@code omittedErrors}, with those the reader already counted and did not keep. So a
 * document is never larger than 64 KiB. Every text is written {@linkplain Template#wellFormed
 * well-formed}, so that no content can keep a document from being written.
 *
 * <p>The library makes the documents of the problems it finds itself ({@link #invalidApplication},
 * {@link #brokeOff}, {@link #internalError}); a service makes its own with a {@link ProblemKind} of
 * its own.
 */
public final class ProblemDocument {

  /** The most {@code errors} a document lists. */
  public static final int MAX_ERRORS = 100;

  /** The most bytes of UTF-8 JSON that the {@code errors} of a document take. */
  public static final int ERRORS_BUDGET = 60 * 1024;

  /** Where the type URIs of this project's problems live: each is this followed by a slug. */
  public static final String TYPE_BASE = "https://regen-eligibility.github.io/problems/";

  /** The most characters of an extension's value that a document writes. */
  public static final int MAX_EXTENSION_CHARS = 256;

  /** The members of the document itself, which no extension may take the name of. */
  private static final ImmutableSet<String> MEMBERS =
      ImmutableSet.of("type", "title", "status", "detail", "instance", "errors", "omittedErrors");

  private static final JsonFactory JSON =
      new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The titles of the library's kinds of problem, keyed {@code TITLE_<kind>}. */
  private static final Texts TITLES = Texts.read(ProblemDocument.class, "problem-details");

  private static final ProblemKind INVALID_APPLICATION =
      ProblemKind.of(400, "invalid-application", TITLES.get("TITLE_INVALID_APPLICATION"));
  private static final ProblemKind BAD_REQUEST =
      ProblemKind.of(400, "bad-request", TITLES.get("TITLE_BAD_REQUEST"));
  private static final ProblemKind INTERNAL_ERROR =
      ProblemKind.of(500, "internal-error", TITLES.get("TITLE_INTERNAL_ERROR"));

  /** The details of the library's documents; texts in {@code problem-details_<locale>}. */
  private enum Detail {
    ONE_PROBLEM,
    PROBLEMS,
    BODY_BROKE_OFF,
    INTERNAL;

    Text render(Map<String, ?> facts) {
      return Texts.template(this, "problem-details").render(facts);
    }
  }

  private final String type;
  private final int status;
  private final Text title;
  private final Text detail;
  private final ImmutableList<Problem> errors;
  private final long omittedErrors;

  private ProblemDocument(
      String type, int status, Text title, Text detail, List<Problem> errors, long omittedErrors) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("a status is from 100 to 599, not " + status);
    }
    if (omittedErrors < 0) {
      throw new IllegalArgumentException("omitted errors cannot be " + omittedErrors);
    }
    this.type = type;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = ImmutableList.copyOf(errors);
    this.omittedErrors = omittedErrors;
  }

  /**
   * Returns the document of type {@code type} (a URI), with {@code status}, {@code title} and
   * {@code detail}, and no {@code errors}.
   *
   * @throws IllegalArgumentException if {@code status} is not from 100 to 599
   */
  public static ProblemDocument of(String type, int status, Text title, Text detail) {
    return new ProblemDocument(type, status, title, detail, ImmutableList.of(), 0);
  }

  /**
   * Returns the document of type {@code type} listing {@code errors}, and counting {@code omitted}
   * more that were found and not kept; its detail counts them all ({@code 2 problems}).
   *
   * @throws IllegalArgumentException if {@code status} is not from 100 to 599 or {@code omitted} is
   *     negative
   */
  public static ProblemDocument withErrors(
      String type, int status, Text title, List<Problem> errors, long omitted) {
    long total = errors.size() + omitted;
    Text count =
        total == 1
            ? Detail.ONE_PROBLEM.render(Map.of())
            : Detail.PROBLEMS.render(Map.of("count", total));
    return new ProblemDocument(type, status, title, count, errors, omitted);
  }

  /**
   * Returns the document of an application that cannot be assessed ({@code invalid-application},
   * 400): the problems kept of it, and the number of the others.
   */
  public static ProblemDocument invalidApplication(List<Problem> errors, long omitted) {
    return INVALID_APPLICATION.document(errors, omitted);
  }

  /** Returns the document of input that is not what it claims to be ({@code bad-request}, 400). */
  public static ProblemDocument badRequest(Text detail) {
    return BAD_REQUEST.document(detail);
  }

  /**
   * Returns the document of records whose input broke off, or stopped arriving, at record {@code
   * number} ({@code bad-request}, 400): the answer ends there, and the records from it on can be
   * sent again.
   */
  public static ProblemDocument brokeOff(long number) {
    return badRequest(Detail.BODY_BROKE_OFF.render(Map.of("line", number)));
  }

  /**
   * Returns the document of a failure that no input causes ({@code internal-error}, 500): its cause
   * is logged, never answered.
   */
  public static ProblemDocument internalError() {
    return INTERNAL_ERROR.document(Detail.INTERNAL.render(Map.of()));
  }

  /** Returns the type URI. */
  public String type() {
    return type;
  }

  /** Returns the status. */
  public int status() {
    return status;
  }

  /** Returns the title, the same for every problem of the type. */
  public Text title() {
    return title;
  }

  /** Returns what went wrong, and what to do. */
  public Text detail() {
    return detail;
  }

  /** Returns the problems with the input that were kept; empty for a problem of another kind. */
  public ImmutableList<Problem> errors() {
    return errors;
  }

  /** Returns how many more problems with the input were found and not kept. */
  public long omittedErrors() {
    return omittedErrors;
  }

  /**
   * Writes this document to {@code out} as one JSON object in UTF-8, its texts in {@code language};
   * {@code out} is left open.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(OutputStream out, Language language) throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      write(generator, language);
    }
  }

  /** Returns this document as UTF-8 JSON, its texts in {@code language}. */
  public byte[] toJson(Language language) {
    return toJson(language, Map.of());
  }

  /**
   * Returns this document as UTF-8 JSON, its texts in {@code language}, with {@code extensions} as
   * extension members (RFC 9457, section 3.2) after its own: a service's {@code requestId}, say.
   * Each value is written well-formed, and cut to {@value #MAX_EXTENSION_CHARS} characters.
   *
   * @throws IllegalArgumentException if an extension is named as a member of the document's own
   */
  public byte[] toJson(Language language, Map<String, String> extensions) {
    for (String name : extensions.keySet()) {
      if (MEMBERS.contains(name)) {
        throw new IllegalArgumentException(name + " is a member of the problem itself");
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = JSON.createGenerator(bytes)) {
      write(generator, language, extensions);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private void write(JsonGenerator out, Language language) throws IOException {
    write(out, language, Map.of());
  }

  private void write(JsonGenerator out, Language language, Map<String, String> extensions)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("type", type);
    out.writeStringField("title", Template.wellFormed(title.in(language)));
    out.writeNumberField("status", status);
    out.writeStringField("detail", Template.wellFormed(detail.in(language)));
    if (!errors.isEmpty()) {
      List<String> written = written(language);
      out.writeArrayFieldStart("errors");
      for (String error : written) {
        out.writeRawValue(error);
      }
      out.writeEndArray();
      long notWritten = omittedErrors + errors.size() - written.size();
      if (notWritten > 0) {
        out.writeNumberField("omittedErrors", notWritten);
      }
    }
    for (Map.Entry<String, String> extension : extensions.entrySet()) {
      String value = extension.getValue();
      out.writeStringField(
          extension.getKey(),
          Template.wellFormed(
              value.length() > MAX_EXTENSION_CHARS
                  ? value.substring(0, MAX_EXTENSION_CHARS)
                  : value));
    }
    out.writeEndObject();
  }

  /**
   * Returns how many of the {@link #errors()} the document writes in {@code language}: at most
   * {@value #MAX_ERRORS}, and fewer when they would take more than {@value #ERRORS_BUDGET} bytes.
   * The others are counted in its {@code omittedErrors}.
   */
  public int errorsWritten(Language language) {
    try {
      return written(language).size();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }

  /** Returns the elements of {@code errors} written in {@code language}, within the bounds. */
  private List<String> written(Language language) throws IOException {
    List<String> written = new ArrayList<>(Math.min(errors.size(), MAX_ERRORS));
    int bytes = 0;
    for (Problem error : errors) {
      String rendered = render(error, language);
      bytes += Utf8.encodedLength(rendered) + 1;
      if (written.size() == MAX_ERRORS || bytes > ERRORS_BUDGET) {
        break;
      }
      written.add(rendered);
    }
    return written;
  }

  /** Returns {@code problem} as an element of {@code errors}, to be measured before it is kept. */
  private static String render(Problem problem, Language language) throws IOException {
    StringWriter text = new StringWriter(256);
    try (JsonGenerator out = JSON.createGenerator(text)) {
      ProblemWriter.write(problem, language, out);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProblemDocument that
        && type.equals(that.type)
        && status == that.status
        && title.equals(that.title)
        && detail.equals(that.detail)
        && errors.equals(that.errors)
        && omittedErrors == that.omittedErrors;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, status, title, detail, errors, omittedErrors);
  }

  /** Returns the type, the status and the English detail, for logs and test failures. */
  @Override
  public String toString() {
    return type + " " + status + ": " + detail;
  }
}
