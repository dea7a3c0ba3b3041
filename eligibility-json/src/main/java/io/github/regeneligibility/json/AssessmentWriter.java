package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.CriterionResult;
import io.github.regeneligibility.model.Gate;
import io.github.regeneligibility.model.GateResult;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Reason;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Improvement;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes an {@link Assessment} in the service's wire format, streaming to a generator. */
final class AssessmentWriter {
  private AssessmentWriter() {}

  /** Writes the assessment, and its improvements when {@code improvements} is not null. */
  static void write(
      Assessment assessment,
      @Nullable List<Improvement> improvements,
      Language language,
      JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    out.writeStringField("applicationId", assessment.getApplicationId());
    out.writeFieldName("policy");
    writeReference(assessment.getPolicy(), out);
    writeOutcome(assessment.getTier(), assessment.getScore(), out);
    out.writeArrayFieldStart("gates");
    for (GateResult gate : assessment.getGates()) {
      out.writeStartObject();
      out.writeStringField("gate", gate.getGate().name());
      out.writeBooleanField("passed", gate.isPassed());
      writeReason(gate.getReason(), language, out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeArrayFieldStart("criteria");
    for (CriterionResult criterion : assessment.getCriteria()) {
      out.writeStartObject();
      out.writeStringField("criterion", criterion.getCriterion().name());
      out.writeNumberField("points", criterion.getPoints());
      out.writeNumberField("maxPoints", criterion.getMaxPoints());
      writeReason(criterion.getReason(), language, out);
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeObjectFieldStart("tierReason");
    writeReason(assessment.getTierReason(), language, out);
    out.writeEndObject();
    if (improvements != null) {
      out.writeArrayFieldStart("improvements");
      for (Improvement improvement : improvements) {
        writeImprovement(improvement, language, out);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void writeImprovement(
      Improvement improvement, Language language, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("field", improvement.getField().wireName());
    out.writeFieldName("value");
    writeValue(improvement.getValue(), out);
    writeOutcome(improvement.getTier(), improvement.getScore(), out);
    out.writeArrayFieldStart("passesGates");
    for (Gate gate : improvement.getPassedGates()) {
      out.writeString(gate.name());
    }
    out.writeEndArray();
    writeReason(improvement.getReason(), language, out);
    out.writeEndObject();
  }

  /** Writes the tier and score of an assessment, or of the outcome of an improvement. */
  private static void writeOutcome(Tier tier, int score, JsonGenerator out) throws IOException {
    out.writeStringField("tier", tier.name());
    out.writeNumberField("score", score);
  }

  static void writeReference(PolicyReference policy, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", policy.getId());
    out.writeStringField("version", policy.getVersion());
    out.writeStringField("effectiveFrom", policy.getEffectiveFrom().toString());
    out.writeEndObject();
  }

  /** Writes a reason's code, its message in {@code language} and the facts it names. */
  static void writeReason(Reason reason, Language language, JsonGenerator out) throws IOException {
    out.writeStringField("reasonCode", reason.getCode().name());
    out.writeStringField("message", reason.getMessage(language));
    out.writeObjectFieldStart("facts");
    for (Map.Entry<String, Object> fact : reason.getFacts().entrySet()) {
      out.writeFieldName(fact.getKey());
      writeValue(fact.getValue(), out);
    }
    out.writeEndObject();
  }

  /**
   * Writes a fact of a reason or the value of an improvement: a number, a constant's name, an array
   * of those, or an object keyed by constant names.
   */
  static void writeValue(Object value, JsonGenerator out) throws IOException {
    if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Enum<?> constant) {
      out.writeString(constant.name());
    } else if (value instanceof Collection<?> values) {
      out.writeStartArray();
      for (Object element : values) {
        writeValue(element, out);
      }
      out.writeEndArray();
    } else if (value instanceof Map<?, ?> table) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : table.entrySet()) {
        out.writeFieldName(((Enum<?>) entry.getKey()).name());
        writeValue(entry.getValue(), out);
      }
      out.writeEndObject();
    } else {
      out.writeString(String.valueOf(value));
    }
  }
}
