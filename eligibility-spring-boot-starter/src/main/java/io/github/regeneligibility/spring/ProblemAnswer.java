package io.github.regeneligibility.spring;

import com.google.common.base.Utf8;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.Texts;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The reference service's {@code 400} answer to an invalid application, as a Spring {@link
 * ProblemDetail}: its type URI, title and detail, and {@code errors} listing every problem as
 * {@code field}, {@code code} and {@code message}, its texts in the request's language.
 *
 * <p>Bounded as the service bounds it: at most {@value #MAX_ERRORS} {@code errors}, and fewer when
 * they would take more than {@value #ERRORS_BUDGET} bytes of UTF-8 JSON; the others are counted in
 * {@code omittedErrors}, with those the reader already counted and did not keep.
 */
final class ProblemAnswer {

  /** The type URI of an invalid application, the reference service's. */
  static final URI INVALID_APPLICATION =
      URI.create("https://regen-eligibility.github.io/problems/invalid-application");

  /** The most {@code errors} an answer lists. */
  static final int MAX_ERRORS = 100;

  /** The most bytes of UTF-8 JSON that the {@code errors} of an answer take. */
  static final int ERRORS_BUDGET = 60 * 1024;

  /** What an element of {@code errors} takes besides its three strings. */
  private static final int ERROR_FRAME = "{\"field\":,\"code\":,\"message\":}".length();

  /** The answer's own texts. */
  enum Wording {
    INVALID_APPLICATION,
    ONE_PROBLEM,
    PROBLEMS;

    Text render(Map<String, ?> facts) {
      return Texts.template(this, "problem-answers").render(facts);
    }
  }

  private ProblemAnswer() {}

  /**
   * Returns the answer to an application with {@code problems}, and {@code omitted} more that were
   * not kept, in {@code language}.
   */
  static ProblemDetail invalidApplication(List<Problem> problems, long omitted, Language language) {
    ProblemDetail answer = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    answer.setType(INVALID_APPLICATION);
    answer.setTitle(Wording.INVALID_APPLICATION.render(Map.of()).in(language));
    long total = problems.size() + omitted;
    Text detail =
        total == 1
            ? Wording.ONE_PROBLEM.render(Map.of())
            : Wording.PROBLEMS.render(Map.of("count", total));
    answer.setDetail(detail.in(language));
    List<Map<String, String>> errors = new ArrayList<>();
    int bytes = 0;
    for (Problem problem : problems) {
      Map<String, String> error = error(problem, language);
      bytes += jsonBytes(error) + 1;
      if (errors.size() == MAX_ERRORS || bytes > ERRORS_BUDGET) {
        break;
      }
      errors.add(error);
    }
    answer.setProperty("errors", errors);
    long notWritten = omitted + problems.size() - errors.size();
    if (notWritten > 0) {
      answer.setProperty("omittedErrors", notWritten);
    }
    return answer;
  }

  /** Returns {@code problem} as an element of {@code errors}. */
  private static Map<String, String> error(Problem problem, Language language) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", Template.wellFormed(problem.getPath()));
    error.put("code", problem.getCode().name());
    error.put("message", Template.wellFormed(problem.getMessage(language)));
    return error;
  }

  /** Returns the length of {@code error} as compact UTF-8 JSON, as the service counts it. */
  static int jsonBytes(Map<String, String> error) {
    int bytes = ERROR_FRAME;
    for (String value : error.values()) {
      bytes += jsonStringBytes(value);
    }
    return bytes;
  }

  /**
   * Returns the length of {@code text} as a JSON string in UTF-8, with its quotes, escaped as
   * Jackson escapes by default: {@code \"}, {@code \\}, the five short control escapes, {@code
   * \}{@code u00XX} for the other control characters, nothing else.
   */
  private static int jsonStringBytes(String text) {
    int bytes = 2 + Utf8.encodedLength(text);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        bytes += 1;
      } else if (c < 0x20) {
        bytes += (c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') ? 1 : 5;
      }
    }
    return bytes;
  }
}
