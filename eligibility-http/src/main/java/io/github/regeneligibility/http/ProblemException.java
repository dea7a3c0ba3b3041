package io.github.regeneligibility.http;

/**
 * Ends a request with a problem response. Handlers throw it for bad requests; the {@link
 * ProblemMapper} answers it. It is part of the control flow, so it records no stack trace.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ProblemDetails problem;

  ProblemException(ProblemDetails problem) {
    super(problem.title() + ": " + problem.detail(), null, false, false);
    this.problem = problem;
  }

  ProblemDetails problem() {
    return problem;
  }
}
