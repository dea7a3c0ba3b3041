package io.github.regeneligibility.http;

/**
 * Ends a request with a problem response. Handlers throw it for bad requests; the {@link
 * ProblemMapper} answers it. It is part of the control flow, so it records no stack trace.
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  ProblemException(Problem problem) {
    super(problem.title().english() + ": " + problem.detail().english(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
