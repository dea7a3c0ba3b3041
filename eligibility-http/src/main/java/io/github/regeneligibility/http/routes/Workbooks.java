package io.github.regeneligibility.http.routes;

import io.github.regeneligibility.http.contract.Headers;
import io.github.regeneligibility.http.contract.Limits;
import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.http.contract.Paths;
import io.github.regeneligibility.http.transport.AcceptLanguage;
import io.github.regeneligibility.http.transport.ProblemDetails;
import io.github.regeneligibility.http.transport.ProblemException;
import io.github.regeneligibility.http.transport.QueryParameters;
import io.github.regeneligibility.sheets.TemplateWorkbook;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * What the service adds to the library's workbooks: the template to fill in, and the bounds of a
 * workbook uploaded to the batch route. An upload is held in a buffer of at most {@link
 * Limits#MAX_WORKBOOK_BYTES} (past it, 413 and the connection closed), and at most {@link
 * Limits#MAX_CONCURRENT_WORKBOOKS} are held at once (a further one gets 503 with {@code
 * Retry-After}): the library then checks every bound of the workbook, its rows included, before the
 * answer's first byte.
 */
final class Workbooks {
  /** The name a saved results workbook is given. */
  static final String RESULTS_FILE_NAME = "results.xlsx";

  private static final String TEMPLATE_FILE_NAME = "applications.xlsx";

  private final Semaphore held;

  Workbooks() {
    this(new Semaphore(Limits.MAX_CONCURRENT_WORKBOOKS));
  }

  /** Returns the workbooks whose uploads each hold one of {@code held}'s permits. */
  Workbooks(Semaphore held) {
    this.held = held;
  }

  /**
   * {@code GET /v1/templates/applications.xlsx}: the workbook to fill in, its hints and guide in
   * the request's language, its header in Chinese.
   */
  void template(Context ctx) throws IOException {
    QueryParameters.of(ctx, Paths.TEMPLATE, Set.of());
    // Written to memory first: a failure then answers a plain problem, not half a workbook.
    ByteArrayOutputStream workbook = new ByteArrayOutputStream(16_384);
    TemplateWorkbook.write(workbook, AcceptLanguage.of(ctx.header(Header.ACCEPT_LANGUAGE)));
    attachment(ctx, TEMPLATE_FILE_NAME);
    ctx.contentType(MediaTypes.XLSX).outputStream().write(workbook.toByteArray());
  }

  /** Marks the answer to {@code ctx} as a file to save as {@code name}. */
  static void attachment(Context ctx, String name) {
    ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
  }

  /**
   * Takes one of the permits to hold a workbook, for the request in {@code ctx}.
   *
   * @throws ProblemException with 503 and {@code Retry-After} when every permit is held
   */
  void acquire(Context ctx) {
    if (!held.tryAcquire()) {
      ctx.header(Header.RETRY_AFTER, Headers.RETRY_AFTER_SECONDS);
      ctx.header(Header.CONNECTION, "close");
      throw new ProblemException(ProblemDetails.workbooksBusy(Limits.MAX_CONCURRENT_WORKBOOKS));
    }
  }

  /** Gives back the permit {@link #acquire} took. */
  void release() {
    held.release();
  }

  /**
   * Reads the uploaded workbook into a buffer of at most {@link Limits#MAX_WORKBOOK_BYTES}. A
   * larger one is refused with 413 without reading the rest, and the connection is closed after the
   * answer.
   */
  static InputStream upload(Context ctx) throws IOException {
    long declared = ctx.req().getContentLengthLong();
    byte[] body =
        declared > Limits.MAX_WORKBOOK_BYTES
            ? new byte[0]
            : ctx.req().getInputStream().readNBytes(Limits.MAX_WORKBOOK_BYTES + 1);
    if (declared > Limits.MAX_WORKBOOK_BYTES || body.length > Limits.MAX_WORKBOOK_BYTES) {
      ctx.header(Header.CONNECTION, "close");
      throw new ProblemException(ProblemDetails.workbookTooLarge(Limits.MAX_WORKBOOK_BYTES));
    }
    return new ByteArrayInputStream(body);
  }
}
