package io.github.regeneligibility.http.transport;

import io.github.regeneligibility.json.ProblemDocument;

/**
 * Ends a request with a problem response. Handlers throw it for bad requests; the {@link
 * ProblemMapper} answers it. It is part of the control flow, so it records no stack trace.
 */
public final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemDocument problem;

  /** Ends the request with {@code problem}. */
  public ProblemException(ProblemDocument problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  /** Returns the problem the request ends with. */
  public ProblemDocument problem() {
    return problem;
  }
}
