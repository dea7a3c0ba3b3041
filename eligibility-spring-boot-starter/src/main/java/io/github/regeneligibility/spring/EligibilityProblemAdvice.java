package io.github.regeneligibility.spring;

import io.github.regeneligibility.model.InvalidApplicationException;
import io.github.regeneligibility.model.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Answers an invalid application in Spring MVC as the reference service answers it: {@code 400}
 * {@code application/problem+json}, an RFC 9457 {@link ProblemDetail} with the service's type,
 * title and detail, and {@code errors} listing every problem ({@code field}, {@code code}, {@code
 * message}) in the request's language, read from {@code Accept-Language} as the service reads it
 * ({@link Language#ofAcceptLanguage}). Like the service's problems, the answer is never stored
 * ({@code Cache-Control: no-store}).
 *
 * <p>It answers the {@link InvalidApplicationInputException} of an application read from JSON and
 * the {@link InvalidApplicationException} of a form that {@code
 * ApplicationValidator.validate(form).orElseThrow()} refused.
 */
@RestControllerAdvice
public class EligibilityProblemAdvice {

  /** An advice for the controllers of the application. */
  public EligibilityProblemAdvice() {}

  /** Returns the answer to an application read from a request with problems. */
  @ExceptionHandler(InvalidApplicationInputException.class)
  public ResponseEntity<ProblemDetail> invalidInput(
      InvalidApplicationInputException e, WebRequest request) {
    return answer(
        ProblemAnswer.invalidApplication(
            e.getProblems(), e.getOmittedProblems(), language(request)));
  }

  /** Returns the answer to a form that broke validity rules. */
  @ExceptionHandler(InvalidApplicationException.class)
  public ResponseEntity<ProblemDetail> invalidApplication(
      InvalidApplicationException e, WebRequest request) {
    return answer(ProblemAnswer.invalidApplication(e.getViolations(), 0, language(request)));
  }

  private static Language language(WebRequest request) {
    return Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
  }

  private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .cacheControl(CacheControl.noStore())
        .body(problem);
  }
}
