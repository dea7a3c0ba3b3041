package io.github.regeneligibility.http.contract;

import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Texts;

/**
 * The codes of a request the service cannot take: a query parameter it does not take, cannot decode
 * or parse, or a date on which no edition is in force. Texts in {@code
 * problems_<locale>.properties} beside this enum.
 */
public enum RequestCode implements ProblemCode {
  /** A query parameter is not a date. */
  INVALID_DATE,
  /** A query parameter that the route does not take. */
  UNKNOWN_PARAMETER,
  /** A query parameter is given more than once. */
  REPEATED_PARAMETER,
  /** A query parameter's name or value is not percent-encoded UTF-8. */
  UNDECODABLE_PARAMETER,
  /** The page's language is not one it is written in, or is given more than once. */
  INVALID_LANGUAGE,
  /** No edition is in force on the date asked for. */
  NO_EDITION_IN_FORCE;

  private final Template template;

  RequestCode() {
    this.template = Template.of(Texts.wording(this, "problems"));
  }

  @Override
  public Template template() {
    return template;
  }
}
