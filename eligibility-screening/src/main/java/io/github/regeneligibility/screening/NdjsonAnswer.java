package io.github.regeneligibility.screening;

import io.github.regeneligibility.json.EligibilityJson;
import io.github.regeneligibility.json.ProblemDocument;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The NDJSON answer: {@code {"line": N, "assessment": {…}}} or {@code {"line": N, "error": {…}}}
 * for each record, then {@code {"end": {"lines", "assessments", "errors"}}} when the answer is
 * complete. Each row is written as bytes, the assessment or the problem document by the JSON
 * binding straight into the part: no row is written as text and encoded again.
 */
record NdjsonAnswer(EligibilityJson json, Language language) implements AnswerFormat {

  @Override
  public void begin(OutputStream out) {}

  @Override
  public Rows rows(OutputStream out) {
    return new Rows() {
      @Override
      public boolean canSay(ProblemDocument problem) {
        return true;
      }

      @Override
      public void write(Screened record) throws IOException {
        if (record.assessment().isPresent()) {
          out.write(ascii("{\"line\":" + record.number() + ",\"assessment\":"));
          json.writeAssessment(record.assessment().get(), language, out);
        } else {
          out.write(ascii("{\"line\":" + record.number() + ",\"error\":"));
          record.problem().orElseThrow().write(out, language);
        }
        out.write('}');
        out.write('\n');
      }

      @Override
      public void finish() {}
    };
  }

  @Override
  public void end(OutputStream out, long records, long assessed, long refused) throws IOException {
    out.write(
        ascii(
            "{\"end\":{\"lines\":"
                + records
                + ",\"assessments\":"
                + assessed
                + ",\"errors\":"
                + refused
                + "}}\n"));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
