package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameters of an edition before the policy check sees them: focus sectors, milestone, id and
 * version, and every number under its path in a policy file (the paths the check names). Missing
 * paths are missing parameters.
 */
record EditionDraft(
    String id,
    String version,
    ImmutableSet<Sector> focusSectors,
    Stage priorityMilestone,
    ImmutableMap<String, Integer> numbers) {

  /**
   * Builds the edition.
   *
   * @throws InvalidPolicyException if the policy check refuses it
   */
  PolicyEdition toEdition() {
    MaturityPoints.Builder maturity =
        new MaturityPoints.Builder()
            .maxPoints(number("maturity.maxPoints"))
            .operatingService(number("maturity.operatingService"));
    for (Stage stage : Stage.values()) {
      Optional.ofNullable(numbers.get(stage(stage))).ifPresent(p -> maturity.putStages(stage, p));
    }
    HorizonPoints.Builder horizon =
        new HorizonPoints.Builder()
            .maxPoints(number("horizon.maxPoints"))
            .beyond(number("horizon.beyond"));
    for (int band = 0; numbers.containsKey(bandPoints(band)); band++) {
      horizon.addBands(HorizonBand.of(number(bandYears(band)), number(bandPoints(band))));
    }
    RolePoints.Builder role = new RolePoints.Builder().maxPoints(number("role.maxPoints"));
    for (Role r : Role.values()) {
      Optional.ofNullable(numbers.get(role(r))).ifPresent(p -> role.putRoles(r, p));
    }
    return new PolicyEdition.Builder()
        .id(id)
        .version(version)
        .effectiveFrom(LocalDate.of(2026, 1, 1))
        .focusSectors(focusSectors)
        .horizonLimit(number("horizonLimit"))
        .sectorFit(
            new SectorFitPoints.Builder()
                .maxPoints(number("sectorFit.maxPoints"))
                .primaryFocus(number("sectorFit.primaryFocus"))
                .secondaryFocus(number("sectorFit.secondaryFocus"))
                .otherRegenerative(number("sectorFit.otherRegenerative"))
                .none(number("sectorFit.none"))
                .build())
        .maturity(maturity.build())
        .horizon(horizon.build())
        .role(role.build())
        .priorityMilestone(priorityMilestone)
        .eligibilityThreshold(number("eligibilityThreshold"))
        .build();
  }

  /** Returns the edition, or empty when the policy check refuses it. */
  Optional<PolicyEdition> accepted() {
    try {
      return Optional.of(toEdition());
    } catch (InvalidPolicyException refused) {
      return Optional.empty();
    }
  }

  /** Returns the parameters of {@code edition}. */
  static EditionDraft of(PolicyEdition edition) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    numbers.put("horizonLimit", edition.getHorizonLimit());
    SectorFitPoints sectorFit = edition.getSectorFit();
    numbers.put("sectorFit.maxPoints", sectorFit.getMaxPoints());
    numbers.put("sectorFit.primaryFocus", sectorFit.getPrimaryFocus());
    numbers.put("sectorFit.secondaryFocus", sectorFit.getSecondaryFocus());
    numbers.put("sectorFit.otherRegenerative", sectorFit.getOtherRegenerative());
    numbers.put("sectorFit.none", sectorFit.getNone());
    numbers.put("maturity.maxPoints", edition.getMaturity().getMaxPoints());
    edition.getMaturity().getStages().forEach((s, points) -> numbers.put(stage(s), points));
    numbers.put("maturity.operatingService", edition.getMaturity().getOperatingService());
    numbers.put("horizon.maxPoints", edition.getHorizon().getMaxPoints());
    for (int band = 0; band < edition.getHorizon().getBands().size(); band++) {
      numbers.put(bandYears(band), edition.getHorizon().getBands().get(band).getUpToYears());
      numbers.put(bandPoints(band), edition.getHorizon().getBands().get(band).getPoints());
    }
    numbers.put("horizon.beyond", edition.getHorizon().getBeyond());
    numbers.put("role.maxPoints", edition.getRole().getMaxPoints());
    edition.getRole().getRoles().forEach((role, points) -> numbers.put(role(role), points));
    numbers.put("eligibilityThreshold", edition.getEligibilityThreshold());
    return new EditionDraft(
        edition.getId(),
        edition.getVersion(),
        edition.getFocusSectors(),
        edition.getPriorityMilestone(),
        ImmutableMap.copyOf(numbers));
  }

  int number(String path) {
    Integer value = numbers.get(path);
    if (value == null) {
      throw new IllegalArgumentException("no parameter " + path + " in " + this);
    }
    return value;
  }

  /** Returns the number of horizon bands. */
  int bands() {
    int bands = 0;
    while (numbers.containsKey(bandPoints(bands))) {
      bands++;
    }
    return bands;
  }

  /** Returns the paths of every number that is points of a criterion (not a maximum). */
  ImmutableList<String> pointPaths() {
    return numbers.keySet().stream()
        .filter(path -> !path.endsWith("maxPoints") && !path.endsWith("upToYears"))
        .filter(path -> !path.equals("horizonLimit") && !path.equals("eligibilityThreshold"))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the maximum of the criterion that {@code path} belongs to. */
  int maximumOf(String path) {
    return number(path.substring(0, path.indexOf('.')) + ".maxPoints");
  }

  EditionDraft with(String path, int value) {
    Map<String, Integer> changed = new LinkedHashMap<>(numbers);
    changed.put(path, value);
    return new EditionDraft(
        id, version, focusSectors, priorityMilestone, ImmutableMap.copyOf(changed));
  }

  EditionDraft without(String path) {
    Map<String, Integer> changed = new LinkedHashMap<>(numbers);
    changed.remove(path);
    return new EditionDraft(
        id, version, focusSectors, priorityMilestone, ImmutableMap.copyOf(changed));
  }

  EditionDraft withFocusSectors(Set<Sector> sectors) {
    return new EditionDraft(
        id, version, Sets.immutableEnumSet(sectors), priorityMilestone, numbers);
  }

  EditionDraft withId(String newId) {
    return new EditionDraft(newId, version, focusSectors, priorityMilestone, numbers);
  }

  EditionDraft withVersion(String newVersion) {
    return new EditionDraft(id, newVersion, focusSectors, priorityMilestone, numbers);
  }

  /** Returns the path of a parameter. */
  static String stage(Stage stage) {
    return "maturity.stages." + stage;
  }

  static String role(Role role) {
    return "role.roles." + role;
  }

  static String bandYears(int band) {
    return "horizon.bands[" + band + "].upToYears";
  }

  static String bandPoints(int band) {
    return "horizon.bands[" + band + "].points";
  }
}
