package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One problem with some input, from validation to the wire: where it is, a stable {@link
 * ProblemCode}, and what is wrong as a {@link Text} in every language. Broken validity rules of an
 * application, JSON or CSV that does not fit the format, policy parameters that break a promise and
 * requests the service cannot take are all problems; the service's {@code errors}, a CSV answer's
 * {@code problems} cell and the start-up messages are renderings of them.
 */
@Value.Immutable
public interface Problem {

  /** The path that stands for the whole input (the JSON document, the CSV record). */
  String WHOLE = "$";

  /**
   * Where the problem is: an application field ({@code primarySector}), a JSON path ({@code
   * sectors[1]}, {@code maturity.stages.PRECLINICAL}), a query parameter ({@code on}), or {@link
   * #WHOLE}.
   */
  String getPath();

  /** The file the problem is in, for problems of a policy file; else empty. */
  Optional<String> getFile();

  /**
   * The spreadsheet cell the problem is in, for problems of a workbook: an Excel reference with the
   * sheet's own name, such as {@code '申请表'!F7}; else empty.
   */
  Optional<String> getCell();

  /** The stable code of the problem. */
  ProblemCode getCode();

  /** What is wrong, and what to do, in every language. */
  Text getText();

  /** Returns what is wrong in {@code language}. */
  default String getMessage(Language language) {
    return getText().in(language);
  }

  /** Returns this problem as one line for people: {@code path: message}, or with the file first. */
  default String describe(Language language) {
    String where = getFile().map(file -> file + ": ").orElse("") + getPath();
    return where + ": " + getMessage(language);
  }

  /** Returns this problem, found in {@code file}. */
  default Problem inFile(String file) {
    return new Builder().from(this).file(file).build();
  }

  /**
   * Describes each of {@code problems} in English, as {@link #describe} does, joined by {@code ";
   * "}: the message of an exception that carries them.
   */
  static String describeAll(Collection<? extends Problem> problems) {
    return problems.stream()
        .map(problem -> problem.describe(Language.ENGLISH))
        .collect(Collectors.joining("; "));
  }

  /**
   * Returns the problem {@code code} at {@code path}, its message rendered from the code's template
   * with {@code facts}; the fact {@code path} is added when the template names it.
   *
   * @throws IllegalArgumentException if the facts are not the ones the template names
   */
  static Problem of(String path, ProblemCode code, Map<String, ?> facts) {
    Map<String, ?> all = facts;
    if (code.template().factNames().contains("path") && !facts.containsKey("path")) {
      all =
          ImmutableMap.<String, Object>builder()
              .putAll(facts)
              .put("path", FieldLabel.of(path))
              .buildOrThrow();
    }
    return new Builder().path(path).code(code).text(code.template().render(all)).build();
  }

  /**
   * Returns the problem {@code code} at {@code path}, whose template names no fact but the path.
   */
  static Problem of(String path, ProblemCode code) {
    return of(path, code, Map.of());
  }

  /** Builds problems; prefer {@link #of}, which renders the message from the code. */
  class Builder extends ImmutableProblem.Builder {}
}
