package io.github.regeneligibility.http.contract;

/** The service's route paths, as the wire contract names them: the one place each is spelled. */
public final class Paths {
  /** {@code POST}: one application assessed. */
  public static final String ASSESSMENTS = "/v1/assessments";

  /** {@code POST}: a batch of applications, NDJSON or CSV assessed as it streams, or a workbook. */
  public static final String BATCH = "/v1/assessments/batch";

  /** {@code POST}: the impact of moving from one edition to another. */
  public static final String IMPACT = "/v1/policy/impact";

  /** {@code GET}: the workbook to fill in with applications, for the batch route. */
  public static final String TEMPLATE = "/v1/templates/applications.xlsx";

  /** {@code GET}: the edition in force, in the policy-file format. */
  public static final String POLICY = "/v1/policy";

  /** {@code GET}: every edition served, with its status. */
  public static final String EDITIONS = "/v1/policy/editions";

  /** {@code GET}: the service's health. */
  public static final String HEALTH = "/health";

  /** {@code GET}: the Prometheus metrics, when they are on. */
  public static final String METRICS = "/metrics";

  /** {@code GET}: the OpenAPI document. */
  public static final String OPENAPI = "/openapi.json";

  /** {@code GET}: the page for people. */
  public static final String INDEX = "/";

  /** {@code GET}: the page's stylesheet. */
  public static final String STYLESHEET = "/assets/page.css";

  /** {@code GET}: the page's script. */
  public static final String SCRIPT = "/assets/page.js";

  /** {@code GET}: the page's icon. */
  public static final String ICON = "/assets/icon.svg";

  private Paths() {}

  /** Records a decision; searches the records. */
  public static final String DECISIONS = "/v1/decisions";

  /** The page's login: {@code POST} logs in, {@code GET} shows it, {@code DELETE} logs out. */
  public static final String SESSION = "/v1/session";

  /** One decision record. */
  public static final String DECISION = "/v1/decisions/{id}";

  /** One decision record, assessed again under the edition then and today's. */
  public static final String REPLAY = "/v1/decisions/{id}/replay";
}
