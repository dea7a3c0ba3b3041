package io.github.regeneligibility.http.contract;

/** The media types the service reads and answers, as the wire contract spells them. */
public final class MediaTypes {
  /** One JSON document. */
  public static final String JSON = "application/json";

  /** Newline-delimited JSON: one JSON document per line. */
  public static final String NDJSON = "application/x-ndjson";

  /** Comma-separated values (RFC 4180) with a header row. */
  public static final String CSV = "text/csv";

  /** The {@code Content-Type} of a batch answered in CSV. */
  public static final String CSV_ANSWER = "text/csv; charset=utf-8; header=present";

  /** A workbook (.xlsx): Office Open XML, SpreadsheetML. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An RFC 9457 problem. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /** The Prometheus text format (version 0.0.4). */
  public static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

  private MediaTypes() {}
}
