package io.github.regeneligibility.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every valid application shape: each combination of origin, role, pathway and stage (as the
 * validity rules allow them), non-empty set of sectors, primary sector among them, and whole years
 * 0–50. Only the free text (id and names) is fixed.
 *
 * <p>How many: each of the 7 sectors is primary in the 64 sets that hold it, so 448 (sectors,
 * primary) pairs; each of the 2 product roles has 9 stages on the drug pathway, 9 on the device
 * pathway and 5 on the research track, and each of the 2 service roles has neither, so 48 (role,
 * pathway, stage) triples; 51 years; 3 origins: {@value #COUNT} shapes in all. Shape {@code i} is
 * decoded from {@code i} digit by digit, so the shapes can be validated in parallel.
 */
final class ApplicationShapes {
  /** The number of valid application shapes. */
  static final int COUNT = 3 * 48 * 448 * 51;

  static final ImmutableList<RoleShape> ROLES = roles();
  static final ImmutableList<SectorShape> SECTORS = sectors();
  private static final int YEARS = Application.MAX_YEARS + 1;
  private static final Origin[] ORIGINS = Origin.values();

  private ApplicationShapes() {}

  /**
   * Returns every {@code stride}-th valid application shape (every shape for 1), each validated
   * like any other application.
   */
  static Application[] every(int stride) {
    if (stride < 1) {
      throw new IllegalArgumentException("stride must be 1 or more, not " + stride);
    }
    ApplicationValidator validator = ApplicationValidator.shared();
    return IntStream.range(0, (COUNT + stride - 1) / stride)
        .parallel()
        .mapToObj(i -> validator.validate(form(i * stride)).orElseThrow())
        .toArray(Application[]::new);
  }

  /** Returns the form of shape {@code index}, 0 to {@link #COUNT} (exclusive). */
  static ApplicationForm form(int index) {
    int rest = index;
    int years = rest % YEARS;
    rest /= YEARS;
    SectorShape sectors = SECTORS.get(rest % SECTORS.size());
    rest /= SECTORS.size();
    RoleShape role = ROLES.get(rest % ROLES.size());
    rest /= ROLES.size();
    Origin origin = ORIGINS[rest];
    return new ApplicationForm.Builder()
        .id("SHAPE-" + index)
        .projectName("Shape")
        .applicantName("Shape Co.")
        .origin(origin)
        .role(role.role())
        .addAllSectors(sectors.sectors())
        .primarySector(sectors.primary())
        .pathway(role.pathway())
        .stage(role.stage())
        .yearsToIndustrialization(years)
        .build();
  }

  private static ImmutableList<RoleShape> roles() {
    ImmutableList.Builder<RoleShape> roles = ImmutableList.builder();
    for (Role role : Role.values()) {
      if (!role.isProductRole()) {
        roles.add(new RoleShape(role, Optional.empty(), Optional.empty()));
        continue;
      }
      for (Pathway pathway : Pathway.values()) {
        for (Stage stage : EnumSet.range(Stage.DISCOVERY, pathway.highestStage())) {
          roles.add(new RoleShape(role, Optional.of(pathway), Optional.of(stage)));
        }
      }
    }
    return roles.build();
  }

  private static ImmutableList<SectorShape> sectors() {
    ImmutableList.Builder<SectorShape> shapes = ImmutableList.builder();
    for (int mask = 1; mask < 1 << Sector.values().length; mask++) {
      EnumSet<Sector> sectors = EnumSet.noneOf(Sector.class);
      for (Sector sector : Sector.values()) {
        if ((mask & (1 << sector.ordinal())) != 0) {
          sectors.add(sector);
        }
      }
      for (Sector primary : sectors) {
        shapes.add(new SectorShape(ImmutableList.copyOf(sectors), primary));
      }
    }
    return shapes.build();
  }

  /** A role with the pathway and stage it gives, if any. */
  record RoleShape(Role role, Optional<Pathway> pathway, Optional<Stage> stage) {}

  /** A set of sectors with one of them as the primary sector. */
  record SectorShape(ImmutableList<Sector> sectors, Sector primary) {}
}
