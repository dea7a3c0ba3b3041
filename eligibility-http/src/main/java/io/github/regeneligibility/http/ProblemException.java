package io.github.regeneligibility.http;

import io.github.regeneligibility.json.ProblemDocument;

/**
 * Ends a request with a problem response. Handlers throw it for bad requests; the {@link
 * ProblemMapper} answers it. It is part of the control flow, so it records no stack trace.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemDocument problem;

  ProblemException(ProblemDocument problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  ProblemDocument problem() {
    return problem;
  }
}
