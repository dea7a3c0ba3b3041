package io.github.regeneligibility.spring;

import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;

/**
 * The reference service's {@code 400} answer to an invalid application, as a Spring {@link
 * ProblemDetail}: the library's {@link ProblemDocument#invalidApplication invalid-application}
 * document, its type URI, title and detail, and {@code errors} listing every problem as {@code
 * field}, {@code code} and {@code message}, its texts in the request's language.
 *
 * <p>Bounded as the document bounds it: the {@code errors} it writes, the others counted in {@code
 * omittedErrors}, with those the reader already counted and did not keep.
 */
final class ProblemAnswer {

  private ProblemAnswer() {}

  /**
   * Returns the answer to an application with {@code problems}, and {@code omitted} more that were
   * not kept, in {@code language}.
   */
  static ProblemDetail invalidApplication(List<Problem> problems, long omitted, Language language) {
    ProblemDocument document = ProblemDocument.invalidApplication(problems, omitted);
    ProblemDetail answer = ProblemDetail.forStatus(document.status());
    answer.setType(URI.create(document.type()));
    answer.setTitle(document.title().in(language));
    answer.setDetail(document.detail().in(language));
    int written = document.errorsWritten(language);
    answer.setProperty(
        "errors",
        document.errors().subList(0, written).stream()
            .map(problem -> error(problem, language))
            .toList());
    long notWritten = document.omittedErrors() + document.errors().size() - written;
    if (notWritten > 0) {
      answer.setProperty("omittedErrors", notWritten);
    }
    return answer;
  }

  /** Returns {@code problem} as an element of {@code errors}, as the document writes it. */
  private static Map<String, String> error(Problem problem, Language language) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", Template.wellFormed(problem.getPath()));
    error.put("code", problem.getCode().name());
    error.put("message", Template.wellFormed(problem.getMessage(language)));
    return error;
  }
}
