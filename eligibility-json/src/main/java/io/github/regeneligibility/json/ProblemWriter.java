package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import java.io.IOException;

/**
 * The one writer of a {@link Problem} as JSON: where it is, its code and its message, each text
 * {@linkplain Template#wellFormed well-formed} so that no input can keep a problem from being
 * written. A problem document's {@code errors}, an impact's invalid members and the problems of
 * policy files are all written here; they differ only in the name of where the problem is ({@code
 * field} or {@code path}) and in the file, which only problems of policy files name.
 */
final class ProblemWriter {
  private ProblemWriter() {}

  /**
   * Writes {@code {"field", "code", "message"}}: a problem of an application or a request; with
   * {@code "cell"} after {@code "field"} when the problem is in a cell of a workbook.
   */
  static void write(Problem problem, Language language, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("field", Template.wellFormed(problem.getPath()));
    if (problem.getCell().isPresent()) {
      out.writeStringField("cell", Template.wellFormed(problem.getCell().get()));
    }
    out.writeStringField("code", problem.getCode().name());
    out.writeStringField("message", Template.wellFormed(problem.getMessage(language)));
    out.writeEndObject();
  }

  /**
   * Writes {@code {"file", "path", "code", "message"}}: a problem of a policy file, its file empty
   * when it has none.
   */
  static void writeInFile(Problem problem, Language language, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("file", Template.wellFormed(problem.getFile().orElse("")));
    fields("path", problem, language, out);
    out.writeEndObject();
  }

  private static void fields(String where, Problem problem, Language language, JsonGenerator out)
      throws IOException {
    out.writeStringField(where, Template.wellFormed(problem.getPath()));
    out.writeStringField("code", problem.getCode().name());
    out.writeStringField("message", Template.wellFormed(problem.getMessage(language)));
  }
}
