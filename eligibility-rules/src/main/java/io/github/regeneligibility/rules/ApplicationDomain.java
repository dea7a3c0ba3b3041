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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The valid domain: every application shape the validity rules allow, numbered from 0 to {@link
 * #size()} (exclusive). A shape is what the rules read: a (sector set, primary sector) choice, a
 * profile (a role, and for a product role a pathway and a stage the pathway allows) and whole years
 * 0–50. Origin, names and id are not part of a shape: they never change an assessment.
 *
 * <p>There are 448 sector choices (each of the 7 sectors is primary in the 64 sets that hold it),
 * 48 profiles (each product role has 9 stages on the drug pathway, 9 on the device pathway and 5 on
 * the research track; each service role has neither) and 51 years: {@value #SIZE} shapes.
 *
 * <p>Shape numbers are {@code (choice × 48 + profile) × 51 + years}: choices are ordered by the bit
 * mask of their sector set over sector ordinals, then by primary sector; profiles by role, pathway
 * and stage; so the neighbours that monotonicity arguments compare (the next stage on a pathway,
 * one year fewer, one more sector with the same primary) are found by arithmetic. Nothing is
 * materialised: {@link #form} and {@link #application} build one shape when asked.
 */
public final class ApplicationDomain {

  /** The number of valid application shapes: 448 × 48 × 51. */
  public static final int SIZE = 1_096_704;

  /** The number of whole years a shape can declare, 0 to {@link Application#MAX_YEARS}. */
  public static final int YEARS = Application.MAX_YEARS + 1;

  /** A role, and for a product role a pathway and a stage that pathway allows. */
  public record Profile(Role role, Optional<Pathway> pathway, Optional<Stage> stage) {}

  /** A non-empty set of sectors and its primary sector, one of them. */
  public record SectorChoice(ImmutableSet<Sector> sectors, Sector primary) {}

  private static final Sector[] SECTORS = Sector.values();
  private static final ImmutableList<Profile> PROFILES = enumerateProfiles();
  private static final int[] CHOICE_MASK;
  private static final ImmutableList<SectorChoice> CHOICES;
  private static final int[][] CHOICE_BY_MASK_AND_PRIMARY = new int[1 << SECTORS.length][];

  static {
    ImmutableList.Builder<SectorChoice> choices = ImmutableList.builder();
    int[] masks = new int[SECTORS.length << (SECTORS.length - 1)];
    int choice = 0;
    for (int mask = 1; mask < 1 << SECTORS.length; mask++) {
      int[] byPrimary = new int[SECTORS.length];
      Arrays.fill(byPrimary, -1);
      ImmutableSet<Sector> set = sectors(mask);
      for (Sector primary : set) {
        choices.add(new SectorChoice(set, primary));
        masks[choice] = mask;
        byPrimary[primary.ordinal()] = choice++;
      }
      CHOICE_BY_MASK_AND_PRIMARY[mask] = byPrimary;
    }
    CHOICE_MASK = masks;
    CHOICES = choices.build();
  }

  private static final int[] PROFILE_BY_KEY =
      new int[Role.values().length * (Pathway.values().length + 1) * (Stage.values().length + 1)];

  static {
    Arrays.fill(PROFILE_BY_KEY, -1);
    for (int p = 0; p < PROFILES.size(); p++) {
      Profile profile = PROFILES.get(p);
      PROFILE_BY_KEY[
              profileKey(
                  profile.role(), profile.pathway().orElse(null), profile.stage().orElse(null))] =
          p;
    }
  }

  private ApplicationDomain() {}

  private static int profileKey(Role role, @Nullable Pathway pathway, @Nullable Stage stage) {
    int key = role.ordinal() * (Pathway.values().length + 1);
    key += pathway == null ? 0 : pathway.ordinal() + 1;
    return key * (Stage.values().length + 1) + (stage == null ? 0 : stage.ordinal() + 1);
  }

  /** Returns the number of shapes, {@value #SIZE}. */
  public static int size() {
    return SIZE;
  }

  /** Returns the number of every shape, in order. */
  public static IntStream indices() {
    return IntStream.range(0, SIZE);
  }

  /** Returns every profile (48), in the order of their numbers. */
  public static ImmutableList<Profile> profiles() {
    return PROFILES;
  }

  /** Returns every sector choice (448), in the order of their numbers. */
  public static ImmutableList<SectorChoice> sectorChoices() {
    return CHOICES;
  }

  /**
   * Returns the number of the shape with sector choice {@code choice}, profile {@code profile} and
   * {@code years} years.
   *
   * @throws IndexOutOfBoundsException if any of them is out of its range
   */
  public static int index(int choice, int profile, int years) {
    checkIndex(choice, CHOICES.size(), "choice");
    checkIndex(profile, PROFILES.size(), "profile");
    checkIndex(years, YEARS, "years");
    return (choice * PROFILES.size() + profile) * YEARS + years;
  }

  /**
   * Returns the number of the sector choice of {@code sectors} with {@code primary}.
   *
   * @throws IllegalArgumentException if {@code sectors} is empty or does not hold {@code primary}
   */
  public static int sectorChoice(Set<Sector> sectors, Sector primary) {
    int mask = 0;
    for (Sector sector : sectors) {
      mask |= 1 << sector.ordinal();
    }
    int choice = sectorChoice(mask, primary);
    if (choice < 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "primary %s is not among the sectors %s", primary, sectors));
    }
    return choice;
  }

  /**
   * Returns the number of the profile of {@code role}, {@code pathway} and {@code stage}.
   *
   * @throws IllegalArgumentException if the validity rules do not allow that combination
   */
  public static int profile(Role role, Optional<Pathway> pathway, Optional<Stage> stage) {
    int profile = PROFILE_BY_KEY[profileKey(role, pathway.orElse(null), stage.orElse(null))];
    if (profile < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "no valid profile has role %s, pathway %s, stage %s",
              role,
              pathway,
              stage));
    }
    return profile;
  }

  /** Returns the number of the shape of {@code application}. */
  public static int indexOf(Application application) {
    return index(
        sectorChoice(application.getSectors(), application.getPrimarySector()),
        profile(application.getRole(), application.getPathway(), application.getStage()),
        application.getYearsToIndustrialization());
  }

  /** Returns the sector choice number of shape {@code index}. */
  public static int sectorChoiceOf(int index) {
    return checkIndex(index, SIZE, "index") / YEARS / PROFILES.size();
  }

  /** Returns the profile number of shape {@code index}. */
  public static int profileOf(int index) {
    return checkIndex(index, SIZE, "index") / YEARS % PROFILES.size();
  }

  /** Returns the years to industrialisation of shape {@code index}. */
  public static int yearsOf(int index) {
    return checkIndex(index, SIZE, "index") % YEARS;
  }

  /**
   * Returns a form builder holding shape {@code index}, with the id {@code DOMAIN-<index>},
   * placeholder names and a domestic origin, which the caller may replace: they never change an
   * assessment.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not a shape number
   */
  public static ApplicationForm.Builder form(int index) {
    SectorChoice choice = CHOICES.get(sectorChoiceOf(index));
    Profile profile = PROFILES.get(profileOf(index));
    ApplicationForm.Builder form = new ApplicationForm.Builder();
    form.id("DOMAIN-" + index)
        .projectName("Application shape " + index)
        .applicantName("Domain")
        .origin(Origin.DOMESTIC)
        .role(profile.role())
        .addAllSectors(choice.sectors())
        .primarySector(choice.primary())
        .pathway(profile.pathway())
        .stage(profile.stage())
        .yearsToIndustrialization(yearsOf(index));
    return form;
  }

  /**
   * Returns the valid application of shape {@code index} (with the identity of {@link #form}),
   * built through {@link ApplicationValidator} as every application is.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not a shape number
   */
  public static Application application(int index) {
    return ApplicationValidator.shared().validate(form(index).build()).orElseThrow();
  }

  /** Returns every shape's application, in order, each built when the stream reaches it. */
  public static Stream<Application> applications() {
    return indices().mapToObj(ApplicationDomain::application);
  }

  /** Returns the bit mask, over sector ordinals, of sector choice {@code choice}'s set. */
  static int sectorMask(int choice) {
    return CHOICE_MASK[choice];
  }

  /** Returns the sector choice of the set with bit mask {@code mask} and {@code primary}, or -1. */
  static int sectorChoice(int mask, Sector primary) {
    return mask <= 0 || mask >= 1 << SECTORS.length
        ? -1
        : CHOICE_BY_MASK_AND_PRIMARY[mask][primary.ordinal()];
  }

  private static int checkIndex(int value, int size, String name) {
    if (value < 0 || value >= size) {
      throw new IndexOutOfBoundsException(
          String.format(Locale.ROOT, "%s must be from 0 to %d, not %d", name, size - 1, value));
    }
    return value;
  }

  private static ImmutableSet<Sector> sectors(int mask) {
    return Sets.immutableEnumSet(
        Arrays.stream(SECTORS).filter(s -> (mask & (1 << s.ordinal())) != 0).toList());
  }

  private static ImmutableList<Profile> enumerateProfiles() {
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
}
