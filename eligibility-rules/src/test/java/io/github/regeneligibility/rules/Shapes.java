package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Pathway;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Sector;
import io.github.regeneligibility.model.Stage;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Every valid application shape, enumerated: each non-empty set of sectors with each of its sectors
 * as the primary one, each role (a product role with each pathway and each stage that pathway
 * allows, a service or supply-chain role with neither), and each whole number of years from 0 to
 * 50. That is 448 × 48 × 51 = 1,096,704 applications, each built through {@link
 * ApplicationValidator} as every caller must. They are built once, on first use, and shared by
 * every test of the JVM.
 *
 * <p>Shapes are numbered {@code ((pair × PROFILES) + profile) × YEARS + years}, where {@code
 * pair} numbers the (sector set, primary sector) pairs. The neighbours that the monotonicity laws
 * compare (the next stage on the same pathway, one year fewer, one more sector with the same
 * primary) are therefore found by arithmetic, never by sampling. The origin, names and id of each
 * shape come from {@link #IDENTITIES} in turn, so that these vary across the enumeration too.
 */
final class Shapes {

  /** The role, and for a product role its pathway and a stage the pathway allows. */
  record Profile(Role role, Optional<Pathway> pathway, Optional<Stage> stage) {}

  /** What an application says about who applies, which the rules must never read. */
  record Identity(String id, String projectName, String applicantName, Origin origin) {}

  /** A handful of identities: every origin, Latin and Chinese names, short and long ids. */
  static final ImmutableList<Identity> IDENTITIES =
      ImmutableList.of(
          new Identity(
              "A-1", "Allogeneic MSC therapy", "Example Regenerative Co.", Origin.DOMESTIC),
          new Identity("cart.2026_07", "CAR-T 细胞治疗产品", "北京再生医学有限公司", Origin.FOREIGN),
          new Identity("Z", "x", "y", Origin.JOINT_VENTURE),
          new Identity(
              "A".repeat(64),
              "P".repeat(Application.MAX_NAME_LENGTH),
              "名".repeat(Application.MAX_NAME_LENGTH),
              Origin.DOMESTIC),
          new Identity(
              "0-0.0_0", " Scaffold · 支架 ", "Joint Venture (Sino-German) GmbH", Origin.FOREIGN));

  /** Every non-empty set of sectors, by bit mask over sector ordinals (index {@code mask - 1}). */
  static final ImmutableList<ImmutableSet<Sector>> SECTOR_SETS =
      IntStream.range(1, 1 << Sector.values().length)
          .mapToObj(Shapes::sectors)
          .collect(ImmutableList.toImmutableList());

  /** Every role with every pathway and allowed stage for product roles. */
  static final ImmutableList<Profile> PROFILES = profiles();

  /** Every whole number of years to industrialisation, 0–50. */
  static final int YEARS = Application.MAX_YEARS + 1;

  private static final int SECTORS = Sector.values().length;
  private static final int[] PAIR_MASK;
  private static final Sector[] PAIR_PRIMARY;
  private static final int[][] PAIR_BY_MASK_AND_PRIMARY = new int[1 << SECTORS][SECTORS];
  private static final int[] NEXT_STAGE_PROFILE = new int[PROFILES.size()];

  static {
    int pairs = 0;
    for (ImmutableSet<Sector> set : SECTOR_SETS) {
      pairs += set.size();
    }
    PAIR_MASK = new int[pairs];
    PAIR_PRIMARY = new Sector[pairs];
    for (int[] row : PAIR_BY_MASK_AND_PRIMARY) {
      Arrays.fill(row, -1);
    }
    int pair = 0;
    for (int mask = 1; mask < 1 << SECTORS; mask++) {
      for (Sector primary : SECTOR_SETS.get(mask - 1)) {
        PAIR_MASK[pair] = mask;
        PAIR_PRIMARY[pair] = primary;
        PAIR_BY_MASK_AND_PRIMARY[mask][primary.ordinal()] = pair;
        pair++;
      }
    }
    for (int p = 0; p < PROFILES.size(); p++) {
      Profile profile = PROFILES.get(p);
      boolean next =
          p + 1 < PROFILES.size()
              && profile.stage().isPresent()
              && PROFILES.get(p + 1).role() == profile.role()
              && PROFILES.get(p + 1).pathway().equals(profile.pathway());
      NEXT_STAGE_PROFILE[p] = next ? p + 1 : -1;
    }
  }

  private Shapes() {}

  /**
   * Builds every shape's application now rather than on first use, so that a test class can pay
   * for it before its tests (and surefire's per-test times show the sweeps alone).
   */
  static void build() {
    get(0);
  }

  /** Returns how many shapes there are. */
  static int count() {
    return PAIR_MASK.length * PROFILES.size() * YEARS;
  }

  /** Returns the numbers of every shape. */
  static IntStream all() {
    return IntStream.range(0, count());
  }

  /** Returns the valid application of shape {@code shape}. */
  static Application get(int shape) {
    return Built.APPLICATIONS[shape];
  }

  /** Returns the number of the shape with these attributes (and the identity that shape has). */
  static int shape(ImmutableSet<Sector> sectors, Sector primary, int profile, int years) {
    int mask = 0;
    for (Sector sector : sectors) {
      mask |= 1 << sector.ordinal();
    }
    int pair = PAIR_BY_MASK_AND_PRIMARY[mask][primary.ordinal()];
    if (pair < 0) {
      throw new IllegalArgumentException(primary + " is not among " + sectors);
    }
    return (pair * PROFILES.size() + profile) * YEARS + years;
  }

  /** Returns the shape one stage later on the same pathway, or -1 at the pathway's last stage. */
  static int laterStage(int shape) {
    int next = NEXT_STAGE_PROFILE[profile(shape)];
    return next < 0 ? -1 : shape + (next - profile(shape)) * YEARS;
  }

  /** Returns the shape with one year fewer to industrialisation, or -1 at 0 years. */
  static int oneYearFewer(int shape) {
    return years(shape) == 0 ? -1 : shape - 1;
  }

  /** Returns the shapes that add one sector to {@code shape}'s, with the same primary sector. */
  static IntStream oneMoreSector(int shape) {
    int pair = pair(shape);
    int mask = PAIR_MASK[pair];
    int rest = shape - pair * PROFILES.size() * YEARS;
    return IntStream.range(0, SECTORS)
        .filter(sector -> (mask & (1 << sector)) == 0)
        .map(sector -> PAIR_BY_MASK_AND_PRIMARY[mask | (1 << sector)][PAIR_PRIMARY[pair].ordinal()])
        .map(larger -> larger * PROFILES.size() * YEARS + rest);
  }

  /** Returns the identity that shape {@code shape} has. */
  static Identity identity(int shape) {
    return IDENTITIES.get(shape % IDENTITIES.size());
  }

  /** Returns the form of shape {@code shape} with {@code identity} instead of its own. */
  static ApplicationForm form(int shape, Identity identity) {
    Profile profile = PROFILES.get(profile(shape));
    return new ApplicationForm.Builder()
        .id(identity.id())
        .projectName(identity.projectName())
        .applicantName(identity.applicantName())
        .origin(identity.origin())
        .role(profile.role())
        .addAllSectors(SECTOR_SETS.get(PAIR_MASK[pair(shape)] - 1))
        .primarySector(PAIR_PRIMARY[pair(shape)])
        .pathway(profile.pathway())
        .stage(profile.stage())
        .yearsToIndustrialization(years(shape))
        .build();
  }

  /** Validates {@code form}, which must be valid. */
  static Application validate(ApplicationForm form) {
    return ApplicationValidator.shared().validate(form).orElseThrow();
  }

  private static int years(int shape) {
    return shape % YEARS;
  }

  private static int profile(int shape) {
    return shape / YEARS % PROFILES.size();
  }

  private static int pair(int shape) {
    return shape / YEARS / PROFILES.size();
  }

  private static ImmutableSet<Sector> sectors(int mask) {
    return Sets.immutableEnumSet(
        Arrays.stream(Sector.values())
            .filter(sector -> (mask & (1 << sector.ordinal())) != 0)
            .toList());
  }

  private static ImmutableList<Profile> profiles() {
    ImmutableList.Builder<Profile> profiles = ImmutableList.builder();
    for (Role role : Role.values()) {
      if (!role.isProductRole()) {
        profiles.add(new Profile(role, Optional.empty(), Optional.empty()));
        continue;
      }
      for (Pathway pathway : Pathway.values()) {
        for (Stage stage : Stage.values()) {
          if (pathway.highestStage().isAtLeast(stage)) {
            profiles.add(new Profile(role, Optional.of(pathway), Optional.of(stage)));
          }
        }
      }
    }
    return profiles.build();
  }

  /**
   * Builds every shape's application, in parallel: validation dominates the cost. (This lives here,
   * not in {@link Built}: worker threads running a lambda of a class still being initialised would
   * wait for that initialisation forever.)
   */
  private static Application[] validateEveryShape() {
    Application[] applications = new Application[count()];
    all().parallel().forEach(shape -> applications[shape] = validate(form(shape, identity(shape))));
    return applications;
  }

  /** Holds the applications, built on first use. */
  private static final class Built {
    static final Application[] APPLICATIONS = validateEveryShape();
  }
}
