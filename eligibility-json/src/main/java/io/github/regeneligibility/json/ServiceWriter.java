package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Template;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.PolicyEditions;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the service's own documents: its health ({@code status}, the {@code policy} in force,
 * {@code policyProblems}) and the list of the editions it serves; and a problem's fields, which
 * every document listing problems shares.
 */
final class ServiceWriter {
  private ServiceWriter() {}

  static void health(
      PolicyEditions editions, List<Problem> policyProblems, Language language, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("status", "UP");
    out.writeFieldName("policy");
    AssessmentWriter.writeReference(editions.inForceToday().getReference(), out);
    out.writeArrayFieldStart("policyProblems");
    for (Problem problem : policyProblems) {
      out.writeStartObject();
      out.writeStringField("file", problem.getFile().orElse(""));
      problemFields("path", problem, language, out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void editions(PolicyEditions editions, JsonGenerator out) throws IOException {
    LocalDate today = editions.today();
    out.writeStartObject();
    out.writeArrayFieldStart("editions");
    for (PolicyEdition edition : editions.getEditions()) {
      out.writeStartObject();
      out.writeStringField("id", edition.getId());
      out.writeStringField("version", edition.getVersion());
      out.writeStringField("effectiveFrom", edition.getEffectiveFrom().toString());
      out.writeStringField("status", editions.statusOn(edition, today).name());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /**
   * Writes where {@code problem} is (under {@code pathName}), its code and its message, each
   * {@linkplain Template#wellFormed well-formed}.
   */
  static void problemFields(String pathName, Problem problem, Language language, JsonGenerator out)
      throws IOException {
    out.writeStringField(pathName, Template.wellFormed(problem.getPath()));
    out.writeStringField("code", problem.getCode().name());
    out.writeStringField("message", Template.wellFormed(problem.getMessage(language)));
  }
}
