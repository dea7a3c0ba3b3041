package io.github.regeneligibility.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import io.github.regeneligibility.rules.HorizonBand;
import io.github.regeneligibility.rules.HorizonPoints;
import io.github.regeneligibility.rules.InvalidPolicyException;
import io.github.regeneligibility.rules.MaturityPoints;
import io.github.regeneligibility.rules.PolicyEdition;
import io.github.regeneligibility.rules.RolePoints;
import io.github.regeneligibility.rules.SectorFitPoints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Binds policy files to {@link PolicyEdition}s and back. The format mirrors the edition's
 * attributes one to one; every property is required and unknown ones are refused.
 */
final class PolicyBinding {

  private static final ImmutableSet<String> EDITION =
      ImmutableSet.of(
          "id", "version", "effectiveFrom", "focusSectors", "horizonLimit", "sectorFit",
          "maturity", "horizon", "role", "priorityMilestone", "eligibilityThreshold");
  private static final ImmutableSet<String> SECTOR_FIT =
      ImmutableSet.of("maxPoints", "primaryFocus", "secondaryFocus", "otherRegenerative", "none");
  private static final ImmutableSet<String> MATURITY =
      ImmutableSet.of("maxPoints", "stages", "operatingService");
  private static final ImmutableSet<String> HORIZON =
      ImmutableSet.of("maxPoints", "bands", "beyond");
  private static final ImmutableSet<String> BAND = ImmutableSet.of("upToYears", "points");
  private static final ImmutableSet<String> ROLE = ImmutableSet.of("maxPoints", "roles");

  private final List<InputProblem> problems = new ArrayList<>();
  private final TreeReader reader = new TreeReader(problems);

  private PolicyBinding() {}

  /** Returns the edition the tree describes, or every problem in it. */
  static PolicyEdition read(JsonNode tree, String source) throws PolicyFileException {
    PolicyBinding binding = new PolicyBinding();
    Optional<PolicyEdition.Builder> edition = binding.edition(tree);
    if (edition.isEmpty() || !binding.problems.isEmpty()) {
      throw new PolicyFileException(source, binding.problems);
    }
    try {
      return edition.get().build();
    } catch (InvalidPolicyException e) {
      throw new PolicyFileException(
          source,
          e.getProblems().stream().map(InputProblem::of).collect(ImmutableList.toImmutableList()));
    }
  }

  private Optional<PolicyEdition.Builder> edition(JsonNode tree) {
    Optional<ObjectNode> found = reader.object(tree, "");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode json = found.get();
    reader.refuseUnknown(json, "", EDITION);
    requireAll(json, "", EDITION);
    PolicyEdition.Builder edition = new PolicyEdition.Builder();
    reader.string(json.get("id"), "id").ifPresent(edition::id);
    reader.string(json.get("version"), "version").ifPresent(edition::version);
    reader.date(json.get("effectiveFrom"), "effectiveFrom").ifPresent(edition::effectiveFrom);
    reader
        .constants(json.get("focusSectors"), "focusSectors", Sector.class)
        .ifPresent(edition::addAllFocusSectors);
    reader.wholeNumber(json.get("horizonLimit"), "horizonLimit").ifPresent(edition::horizonLimit);
    // Parts are read into builders and built only when the whole file bound without a problem:
    // a builder with a missing attribute must never be built.
    Optional<SectorFitPoints.Builder> fit = nested(json, "sectorFit", SECTOR_FIT).map(this::sectorFit);
    Optional<MaturityPoints.Builder> maturity =
        nested(json, "maturity", MATURITY).map(this::maturity);
    Optional<HorizonPoints.Builder> horizon = nested(json, "horizon", HORIZON).map(this::horizon);
    Optional<RolePoints.Builder> role = nested(json, "role", ROLE).map(this::role);
    reader
        .constant(json.get("priorityMilestone"), "priorityMilestone", Stage.class)
        .ifPresent(edition::priorityMilestone);
    reader
        .wholeNumber(json.get("eligibilityThreshold"), "eligibilityThreshold")
        .ifPresent(edition::eligibilityThreshold);
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        edition
            .sectorFit(fit.orElseThrow().build())
            .maturity(maturity.orElseThrow().build())
            .horizon(horizon.orElseThrow().build())
            .role(role.orElseThrow().build()));
  }

  private Optional<ObjectNode> nested(ObjectNode parent, String name, ImmutableSet<String> known) {
    JsonNode node = parent.get(name);
    if (TreeReader.absent(node)) {
      return Optional.empty();
    }
    Optional<ObjectNode> found = reader.object(node, name);
    found.ifPresent(
        json -> {
          reader.refuseUnknown(json, name, known);
          requireAll(json, name, known);
        });
    return found;
  }

  private void requireAll(ObjectNode json, String path, ImmutableSet<String> names) {
    for (String name : names) {
      reader.require(json, path, name);
    }
  }

  private void number(ObjectNode json, String path, String name, Consumer<Integer> into) {
    reader.wholeNumber(json.get(name), TreeReader.child(path, name)).ifPresent(into);
  }

  private SectorFitPoints.Builder sectorFit(ObjectNode json) {
    SectorFitPoints.Builder points = new SectorFitPoints.Builder();
    number(json, "sectorFit", "maxPoints", points::maxPoints);
    number(json, "sectorFit", "primaryFocus", points::primaryFocus);
    number(json, "sectorFit", "secondaryFocus", points::secondaryFocus);
    number(json, "sectorFit", "otherRegenerative", points::otherRegenerative);
    number(json, "sectorFit", "none", points::none);
    return points;
  }

  private MaturityPoints.Builder maturity(ObjectNode json) {
    MaturityPoints.Builder points = new MaturityPoints.Builder();
    number(json, "maturity", "maxPoints", points::maxPoints);
    number(json, "maturity", "operatingService", points::operatingService);
    table(json.get("stages"), "maturity.stages", Stage.class, points::putStages);
    return points;
  }

  private HorizonPoints.Builder horizon(ObjectNode json) {
    HorizonPoints.Builder points = new HorizonPoints.Builder();
    number(json, "horizon", "maxPoints", points::maxPoints);
    number(json, "horizon", "beyond", points::beyond);
    reader
        .array(json.get("bands"), "horizon.bands")
        .ifPresent(
            (ArrayNode bands) -> {
              for (int i = 0; i < bands.size(); i++) {
                String path = TreeReader.element("horizon.bands", i);
                Optional<ObjectNode> band = reader.object(bands.get(i), path);
                if (band.isEmpty()) {
                  continue;
                }
                reader.refuseUnknown(band.get(), path, BAND);
                requireAll(band.get(), path, BAND);
                Optional<Integer> upTo =
                    reader.wholeNumber(band.get().get("upToYears"), path + ".upToYears");
                Optional<Integer> bandPoints =
                    reader.wholeNumber(band.get().get("points"), path + ".points");
                if (upTo.isPresent() && bandPoints.isPresent()) {
                  points.addBands(HorizonBand.of(upTo.get(), bandPoints.get()));
                }
              }
            });
    return points;
  }

  private RolePoints.Builder role(ObjectNode json) {
    RolePoints.Builder points = new RolePoints.Builder();
    number(json, "role", "maxPoints", points::maxPoints);
    table(json.get("roles"), "role.roles", Role.class, points::putRoles);
    return points;
  }

  /** Reads an object whose property names are constants of {@code type} and values numbers. */
  private <E extends Enum<E>> void table(
      JsonNode node, String path, Class<E> type, java.util.function.BiConsumer<E, Integer> into) {
    if (TreeReader.absent(node)) {
      return;
    }
    reader
        .object(node, path)
        .ifPresent(
            json -> {
              for (Map.Entry<String, JsonNode> field : json.properties()) {
                String at = TreeReader.child(path, field.getKey());
                Optional<E> key = constantNamed(field.getKey(), at, type);
                Optional<Integer> value = reader.wholeNumber(field.getValue(), at);
                if (key.isPresent() && value.isPresent()) {
                  into.accept(key.get(), value.get());
                }
              }
            });
  }

  private <E extends Enum<E>> Optional<E> constantNamed(String name, String path, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    problems.add(BindingCode.UNKNOWN_PROPERTY.problem(path));
    return Optional.empty();
  }

  /** Writes {@code edition} in the policy-file format. */
  static void write(PolicyEdition edition, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", edition.getId());
    out.writeStringField("version", edition.getVersion());
    out.writeStringField("effectiveFrom", edition.getEffectiveFrom().toString());
    out.writeArrayFieldStart("focusSectors");
    for (Sector sector : edition.getFocusSectors()) {
      out.writeString(sector.name());
    }
    out.writeEndArray();
    out.writeNumberField("horizonLimit", edition.getHorizonLimit());
    SectorFitPoints fit = edition.getSectorFit();
    out.writeObjectFieldStart("sectorFit");
    out.writeNumberField("maxPoints", fit.getMaxPoints());
    out.writeNumberField("primaryFocus", fit.getPrimaryFocus());
    out.writeNumberField("secondaryFocus", fit.getSecondaryFocus());
    out.writeNumberField("otherRegenerative", fit.getOtherRegenerative());
    out.writeNumberField("none", fit.getNone());
    out.writeEndObject();
    MaturityPoints maturity = edition.getMaturity();
    out.writeObjectFieldStart("maturity");
    out.writeNumberField("maxPoints", maturity.getMaxPoints());
    out.writeObjectFieldStart("stages");
    for (Map.Entry<Stage, Integer> stage : maturity.getStages().entrySet()) {
      out.writeNumberField(stage.getKey().name(), stage.getValue());
    }
    out.writeEndObject();
    out.writeNumberField("operatingService", maturity.getOperatingService());
    out.writeEndObject();
    HorizonPoints horizon = edition.getHorizon();
    out.writeObjectFieldStart("horizon");
    out.writeNumberField("maxPoints", horizon.getMaxPoints());
    out.writeArrayFieldStart("bands");
    for (HorizonBand band : horizon.getBands()) {
      out.writeStartObject();
      out.writeNumberField("upToYears", band.getUpToYears());
      out.writeNumberField("points", band.getPoints());
      out.writeEndObject();
    }
    out.writeEndArray();
    out.writeNumberField("beyond", horizon.getBeyond());
    out.writeEndObject();
    RolePoints role = edition.getRole();
    out.writeObjectFieldStart("role");
    out.writeNumberField("maxPoints", role.getMaxPoints());
    out.writeObjectFieldStart("roles");
    for (Map.Entry<Role, Integer> points : role.getRoles().entrySet()) {
      out.writeNumberField(points.getKey().name(), points.getValue());
    }
    out.writeEndObject();
    out.writeEndObject();
    out.writeStringField("priorityMilestone", edition.getPriorityMilestone().name());
    out.writeNumberField("eligibilityThreshold", edition.getEligibilityThreshold());
    out.writeEndObject();
  }
}
