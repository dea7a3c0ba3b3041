package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.PolicyReference;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.EditionTiers;
import io.github.regeneligibility.rules.ParameterSensitivity;
import io.github.regeneligibility.rules.PolicyImpact;
import io.github.regeneligibility.rules.ScoreChanges;
import io.github.regeneligibility.rules.TierTransition;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes policy impacts as JSON: {@code {"from": ref, "to": ref, "domain": {...}, "cohort":
 * {...}}}, each scope with {@code applications}, {@code transitions} (each {@code from}, {@code
 * to}, {@code count}, {@code example}, and who moves), {@code scoreChanges} and {@code editions}; a
 * cohort also lists its {@code invalid} members by index with their problems.
 */
final class ImpactWriter {
  private ImpactWriter() {}

  static void write(
      PolicyImpact domain,
      Optional<PolicyImpact> cohort,
      List<EligibilityJson.InvalidMember> invalid,
      Language language,
      JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    reference("from", domain.getFromEdition(), out);
    reference("to", domain.getToEdition(), out);
    out.writeFieldName("domain");
    scope(domain, out);
    if (cohort.isPresent()) {
      out.writeFieldName("cohort");
      out.writeStartObject();
      scopeFields(cohort.get(), out);
      out.writeArrayFieldStart("invalid");
      for (EligibilityJson.InvalidMember member : invalid) {
        out.writeStartObject();
        out.writeNumberField("index", member.index());
        out.writeArrayFieldStart("problems");
        for (Problem problem : member.problems()) {
          ProblemWriter.write(problem, language, out);
        }
        out.writeEndArray();
        out.writeEndObject();
      }
      out.writeEndArray();
      out.writeEndObject();
    }
    out.writeEndObject();
  }

  static void writeSensitivity(
      PolicyReference edition, List<ParameterSensitivity> sensitivities, JsonGenerator out)
      throws IOException {
    out.writeStartObject();
    reference("edition", edition, out);
    out.writeArrayFieldStart("parameters");
    for (ParameterSensitivity s : sensitivities) {
      out.writeStartObject();
      out.writeStringField("parameter", s.getParameter());
      out.writeNumberField("value", s.getValue());
      optional("changedWhenLowered", s.getChangedWhenLowered(), out);
      optional("changedWhenRaised", s.getChangedWhenRaised(), out);
      out.writeBooleanField("movesNothing", s.movesNothing());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void optional(String name, OptionalInt value, JsonGenerator out)
      throws IOException {
    if (value.isPresent()) {
      out.writeNumberField(name, value.getAsInt());
    } else {
      out.writeNullField(name);
    }
  }

  private static void scope(PolicyImpact impact, JsonGenerator out) throws IOException {
    out.writeStartObject();
    scopeFields(impact, out);
    out.writeEndObject();
  }

  private static void scopeFields(PolicyImpact impact, JsonGenerator out) throws IOException {
    out.writeNumberField("applications", impact.getApplications());
    out.writeArrayFieldStart("transitions");
    for (TierTransition t : impact.getTransitions()) {
      out.writeStartObject();
      out.writeStringField("from", t.getFromTier().name());
      out.writeStringField("to", t.getToTier().name());
      out.writeNumberField("count", t.getCount());
      out.writeObjectFieldStart("example");
      out.writeNumberField("index", t.getExampleIndex());
      out.writeFieldName("application");
      application(t.getExample(), out);
      out.writeNumberField("fromScore", t.getExampleFromScore());
      out.writeNumberField("toScore", t.getExampleToScore());
      out.writeEndObject();
      counts("byRole", t.getByRole(), out);
      counts("byPrimarySector", t.getByPrimarySector(), out);
      counts("byStage", t.getByStage(), out);
      counts("byYears", t.getByYears(), out);
      out.writeEndObject();
    }
    out.writeEndArray();
    ScoreChanges changes = impact.getScoreChanges();
    out.writeObjectFieldStart("scoreChanges");
    out.writeNumberField("min", changes.getMin());
    out.writeNumberField("max", changes.getMax());
    out.writeNumberField("mean", changes.getMean());
    counts("histogram", changes.getHistogram(), out);
    out.writeEndObject();
    out.writeObjectFieldStart("editions");
    editionTiers("from", impact.getFromTiers(), out);
    editionTiers("to", impact.getToTiers(), out);
    out.writeEndObject();
  }

  private static void editionTiers(String name, EditionTiers tiers, JsonGenerator out)
      throws IOException {
    out.writeObjectFieldStart(name);
    counts("tierCounts", tiers.getTierCounts(), out);
    out.writeObjectFieldStart("reachableTiers");
    for (Map.Entry<Role, ? extends Iterable<Tier>> role : tiers.getReachableTiers().entrySet()) {
      out.writeArrayFieldStart(role.getKey().name());
      for (Tier tier : role.getValue()) {
        out.writeString(tier.name());
      }
      out.writeEndArray();
    }
    out.writeEndObject();
    out.writeArrayFieldStart("thresholdSweep");
    for (int count : tiers.getThresholdSweep()) {
      out.writeNumber(count);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private static void counts(String name, Map<?, Integer> counts, JsonGenerator out)
      throws IOException {
    out.writeObjectFieldStart(name);
    for (Map.Entry<?, Integer> entry : counts.entrySet()) {
      out.writeNumberField(String.valueOf(entry.getKey()), entry.getValue());
    }
    out.writeEndObject();
  }

  private static void reference(String name, PolicyReference policy, JsonGenerator out)
      throws IOException {
    out.writeObjectFieldStart(name);
    out.writeStringField("id", policy.getId());
    out.writeStringField("version", policy.getVersion());
    out.writeStringField("effectiveFrom", policy.getEffectiveFrom().toString());
    out.writeEndObject();
  }

  /** Writes an application in the request format of {@code POST /v1/assessments}. */
  static void application(Application application, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", application.getId());
    out.writeStringField("projectName", application.getProjectName());
    out.writeStringField("applicantName", application.getApplicantName());
    out.writeStringField("origin", application.getOrigin().name());
    out.writeStringField("role", application.getRole().name());
    out.writeArrayFieldStart("sectors");
    for (Sector sector : application.getSectors()) {
      out.writeString(sector.name());
    }
    out.writeEndArray();
    out.writeStringField("primarySector", application.getPrimarySector().name());
    if (application.getPathway().isPresent()) {
      out.writeStringField("pathway", application.getPathway().get().name());
    }
    if (application.getStage().isPresent()) {
      out.writeStringField("stage", application.getStage().get().name());
    }
    out.writeNumberField("yearsToIndustrialization", application.getYearsToIndustrialization());
    out.writeEndObject();
  }
}
