package io.github.regeneligibility.rules;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Origin;
import io.github.regeneligibility.model.Primitives;
import io.github.regeneligibility.model.Sector;
import java.util.List;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every valid application shape of {@link ApplicationDomain}, built once through {@link
 * ApplicationValidator} as every caller must, and shared by every test of the JVM; with the
 * neighbours that the monotonicity laws compare (the next stage on the same pathway, one year
 * fewer, one more sector with the same primary), found by the domain's index arithmetic, never by
 * sampling. The origin, names and id of each shape come from {@link #IDENTITIES} in turn, so that
 * these vary across the enumeration too.
 */
final class Shapes {

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

  private static final int SAMPLE = 2_000;
  private static final int PROFILES = ApplicationDomain.profiles().size();
  private static final int YEARS = ApplicationDomain.YEARS;
  private static final int[] NEXT_STAGE_PROFILE = new int[PROFILES];

  static {
    ImmutableList<ApplicationDomain.Profile> profiles = ApplicationDomain.profiles();
    for (int p = 0; p < PROFILES; p++) {
      ApplicationDomain.Profile profile = profiles.get(p);
      boolean next =
          p + 1 < PROFILES
              && profile.stage().isPresent()
              && profiles.get(p + 1).role() == profile.role()
              && profiles.get(p + 1).pathway().equals(profile.pathway());
      NEXT_STAGE_PROFILE[p] = next ? p + 1 : -1;
    }
  }

  private Shapes() {}

  /**
   * Builds every shape's application now rather than on first use, so that a test class can pay for
   * it before its tests (and surefire's per-test times show the sweeps alone).
   */
  static void build() {
    get(0);
  }

  /** Returns how many shapes there are. */
  static int count() {
    return ApplicationDomain.size();
  }

  /** Returns the numbers of every shape. */
  static IntStream all() {
    return ApplicationDomain.indices();
  }

  /** Returns the valid application of shape {@code shape}. */
  static Application get(int shape) {
    return Built.APPLICATIONS[shape];
  }

  /** Returns the shape one stage later on the same pathway, or -1 at the pathway's last stage. */
  static int laterStage(int shape) {
    int profile = ApplicationDomain.profileOf(shape);
    int next = NEXT_STAGE_PROFILE[profile];
    return next < 0 ? -1 : shape + (next - profile) * YEARS;
  }

  /** Returns the shape with one year fewer to industrialisation, or -1 at 0 years. */
  static int oneYearFewer(int shape) {
    return ApplicationDomain.yearsOf(shape) == 0 ? -1 : shape - 1;
  }

  /** Returns the shapes that add one sector to {@code shape}'s, with the same primary sector. */
  static IntStream oneMoreSector(int shape) {
    int choice = ApplicationDomain.sectorChoiceOf(shape);
    int mask = ApplicationDomain.sectorMask(choice);
    Sector primary = ApplicationDomain.sectorChoices().get(choice).primary();
    int rest = shape - choice * PROFILES * YEARS;
    return IntStream.range(0, Sector.values().length)
        .filter(sector -> (mask & (1 << sector)) == 0)
        .map(sector -> ApplicationDomain.sectorChoice(mask | (1 << sector), primary))
        .map(larger -> larger * PROFILES * YEARS + rest);
  }

  /** Samples of 2,000 shape numbers, any shape equally likely, for the generated laws. */
  static Gen<List<Integer>> samples() {
    return SourceDSL.lists()
        .of(Primitives.between(0, count() - 1))
        .ofSize(SAMPLE)
        .describedAs(sample -> "shapes " + sample.stream().distinct().sorted().toList());
  }

  /** Returns the identity that shape {@code shape} has. */
  static Identity identity(int shape) {
    return IDENTITIES.get(shape % IDENTITIES.size());
  }

  /** Returns the form of shape {@code shape} with {@code identity} instead of its own. */
  static ApplicationForm form(int shape, Identity identity) {
    return ApplicationDomain.form(shape)
        .id(identity.id())
        .projectName(identity.projectName())
        .applicantName(identity.applicantName())
        .origin(identity.origin())
        .build();
  }

  /** Validates {@code form}, which must be valid. */
  static Application validate(ApplicationForm form) {
    return ApplicationValidator.shared().validate(form).orElseThrow();
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
