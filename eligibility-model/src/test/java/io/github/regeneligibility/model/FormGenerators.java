package io.github.regeneligibility.model;

import static io.github.regeneligibility.model.Primitives.between;
import static io.github.regeneligibility.model.Primitives.malformedNames;
import static io.github.regeneligibility.model.Primitives.outside;
import static io.github.regeneligibility.model.Primitives.strings;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The QuickTheories generators of application forms: valid ones, and the same with one validity
 * rule broken. They draw only from QuickTheories' source of randomness, so a counterexample shrinks
 * towards short names and small numbers. Public because the rules' tests show that these forms
 * reach every tier.
 */
public final class FormGenerators {

  private static final String NAME_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 -()&,.'·/é";
  private static final String BLANKS = " \u00a0\u2003\u3000";
  private static final List<Stage> BEYOND_RESEARCH_TRACK =
      Arrays.stream(Stage.values())
          .filter(stage -> !Pathway.CLINICAL_RESEARCH.highestStage().isAtLeast(stage))
          .toList();

  private FormGenerators() {}

  /** Valid forms: any id, names, origin, role, pathway and allowed stage, sectors and years. */
  public static Gen<ApplicationForm> validForms() {
    return validForms(Roles.ANY);
  }

  /** Valid forms of the roles {@code roles} includes. */
  static Gen<ApplicationForm> validForms(Roles roles) {
    List<Role> included = Arrays.stream(Role.values()).filter(roles::include).toList();
    return in -> {
      Role role = Generate.pick(included).generate(in);
      ApplicationForm.Builder form = new ApplicationForm.Builder();
      if (role.isProductRole()) {
        Pathway pathway = Generate.enumValues(Pathway.class).generate(in);
        form.pathway(pathway)
            .stage(
                Generate.pick(List.copyOf(EnumSet.range(Stage.DISCOVERY, pathway.highestStage())))
                    .generate(in));
      }
      List<Sector> sectors = new ArrayList<>(Arrays.asList(Sector.values()));
      for (int i = 0; i < sectors.size() - 1; i++) {
        int j = between(i, sectors.size() - 1).generate(in);
        sectors.set(j, sectors.set(i, sectors.get(j)));
      }
      List<Sector> chosen = sectors.subList(0, between(1, sectors.size()).generate(in));
      return form.id(strings(Primitives.ID_CHARACTERS, 1, 64).generate(in))
          .projectName(names(1, 200).generate(in))
          .applicantName(names(1, 200).generate(in))
          .origin(Generate.enumValues(Origin.class).generate(in))
          .role(role)
          .sectors(chosen)
          .primarySector(Generate.pick(chosen).generate(in))
          .yearsToIndustrialization(between(0, 50).generate(in))
          .build();
    };
  }

  /** A valid form, the same form with one validity rule broken, and the violation it must give. */
  public record BrokenForm(
      ApplicationForm valid, String field, ValidityCode code, ApplicationForm broken) {}

  /** Which roles a form breach applies to. */
  enum Roles {
    ANY,
    PRODUCT,
    SERVICE;

    boolean include(Role role) {
      return this == ANY || (this == PRODUCT) == role.isProductRole();
    }
  }

  /**
   * One single-rule breach: the violation code, the field it must name (written here, not read from
   * the code), the roles it applies to, and a generator of broken forms.
   */
  public record FormBreach(
      String field,
      ValidityCode code,
      Roles roles,
      Function<ApplicationForm, Gen<ApplicationForm>> generator) {}

  /** A name field: its name, its setter, and the codes of its four rules. */
  private record NameField(
      String field,
      BiFunction<ApplicationForm.Builder, Optional<String>, ApplicationForm.Builder> setter,
      Function<ApplicationForm, String> getter,
      List<ValidityCode> requiredBlankLengthControlSurrogate) {}

  private static final ImmutableList<NameField> NAME_FIELDS =
      ImmutableList.of(
          new NameField(
              "projectName",
              ApplicationForm.Builder::projectName,
              form -> form.getProjectName().orElseThrow(),
              List.of(
                  ValidityCode.PROJECT_NAME_REQUIRED,
                  ValidityCode.PROJECT_NAME_BLANK,
                  ValidityCode.PROJECT_NAME_LENGTH,
                  ValidityCode.PROJECT_NAME_CONTROL_CHARACTER,
                  ValidityCode.PROJECT_NAME_UNPAIRED_SURROGATE)),
          new NameField(
              "applicantName",
              ApplicationForm.Builder::applicantName,
              form -> form.getApplicantName().orElseThrow(),
              List.of(
                  ValidityCode.APPLICANT_NAME_REQUIRED,
                  ValidityCode.APPLICANT_NAME_BLANK,
                  ValidityCode.APPLICANT_NAME_LENGTH,
                  ValidityCode.APPLICANT_NAME_CONTROL_CHARACTER,
                  ValidityCode.APPLICANT_NAME_UNPAIRED_SURROGATE)));

  /** The table of single-rule breaches: one for each violation code. */
  public static final ImmutableList<FormBreach> BREACHES = breaches();

  private static ImmutableList<FormBreach> breaches() {
    ImmutableList.Builder<FormBreach> breaches = ImmutableList.builder();
    breaches.add(
        missing("id", ValidityCode.ID_REQUIRED, Roles.ANY, b -> b.id(Optional.empty())),
        new FormBreach(
            "id",
            ValidityCode.ID_FORMAT,
            Roles.ANY,
            form -> malformedNames(64).map(id -> edit(form, b -> b.id(id)))));
    for (NameField name : NAME_FIELDS) {
      List<ValidityCode> codes = name.requiredBlankLengthControlSurrogate();
      UnaryOperator<ApplicationForm> cleared =
          form -> edit(form, b -> name.setter().apply(b, Optional.empty()));
      breaches.add(
          new FormBreach(
              name.field(),
              codes.get(0),
              Roles.ANY,
              form -> Generate.constant(cleared.apply(form))),
          named(name, codes.get(1), form -> strings(BLANKS, 0, 200)),
          named(name, codes.get(2), form -> names(201, 400)),
          named(name, codes.get(3), form -> withControlCharacter(name.getter().apply(form))),
          named(name, codes.get(4), form -> withUnpairedSurrogate(name.getter().apply(form))));
    }
    breaches.add(
        missing("origin", ValidityCode.ORIGIN_REQUIRED, Roles.ANY, b -> b.origin(Optional.empty())),
        missing("role", ValidityCode.ROLE_REQUIRED, Roles.ANY, b -> b.role(Optional.empty())),
        new FormBreach(
            "sectors",
            ValidityCode.SECTORS_COUNT,
            Roles.ANY,
            form -> Generate.constant(edit(form, b -> b.sectors(List.of())))),
        new FormBreach(
            "sectors",
            ValidityCode.SECTORS_DUPLICATE,
            Roles.ANY,
            FormGenerators::withDuplicateSector),
        missing(
            "primarySector",
            ValidityCode.PRIMARY_SECTOR_REQUIRED,
            Roles.ANY,
            b -> b.primarySector(Optional.empty())),
        new FormBreach(
            "primarySector",
            ValidityCode.PRIMARY_SECTOR_NOT_IN_SECTORS,
            Roles.ANY,
            FormGenerators::withPrimaryOutsideSectors),
        missing(
            "pathway",
            ValidityCode.PATHWAY_REQUIRED,
            Roles.PRODUCT,
            b -> b.pathway(Optional.empty())),
        new FormBreach(
            "pathway",
            ValidityCode.PATHWAY_NOT_ALLOWED,
            Roles.SERVICE,
            form -> Generate.enumValues(Pathway.class).map(p -> edit(form, b -> b.pathway(p)))),
        missing(
            "stage", ValidityCode.STAGE_REQUIRED, Roles.PRODUCT, b -> b.stage(Optional.empty())),
        new FormBreach(
            "stage",
            ValidityCode.STAGE_NOT_ALLOWED,
            Roles.SERVICE,
            form -> Generate.enumValues(Stage.class).map(s -> edit(form, b -> b.stage(s)))),
        new FormBreach(
            "stage",
            ValidityCode.STAGE_BEYOND_RESEARCH_TRACK,
            Roles.PRODUCT,
            form ->
                Generate.pick(BEYOND_RESEARCH_TRACK)
                    .map(s -> edit(form, b -> b.pathway(Pathway.CLINICAL_RESEARCH).stage(s)))),
        missing(
            "yearsToIndustrialization",
            ValidityCode.YEARS_REQUIRED,
            Roles.ANY,
            b -> b.yearsToIndustrialization(Optional.empty())),
        new FormBreach(
            "yearsToIndustrialization",
            ValidityCode.YEARS_RANGE,
            Roles.ANY,
            form ->
                outside(0, 50).map(years -> edit(form, b -> b.yearsToIndustrialization(years)))));
    return breaches.build();
  }

  /** The breach that leaves a required field out. */
  private static FormBreach missing(
      String field, ValidityCode code, Roles roles, UnaryOperator<ApplicationForm.Builder> clear) {
    return new FormBreach(field, code, roles, form -> Generate.constant(edit(form, clear)));
  }

  /** The breach that gives name field {@code name} a value from {@code values}. */
  private static FormBreach named(
      NameField name, ValidityCode code, Function<ApplicationForm, Gen<String>> values) {
    return new FormBreach(
        name.field(),
        code,
        Roles.ANY,
        form ->
            values
                .apply(form)
                .map(value -> edit(form, b -> name.setter().apply(b, Optional.of(value)))));
  }

  /** A valid form, and the same form with one validity rule broken (any rule of the table). */
  public static Gen<BrokenForm> brokenForms() {
    return validForms()
        .flatMap(
            form -> {
              Role role = form.getRole().orElseThrow();
              List<FormBreach> applicable =
                  BREACHES.stream().filter(breach -> breach.roles().include(role)).toList();
              return Generate.pick(applicable)
                  .flatMap(
                      breach ->
                          breach
                              .generator()
                              .apply(form)
                              .map(
                                  broken ->
                                      new BrokenForm(form, breach.field(), breach.code(), broken)));
            });
  }

  /**
   * Characters on which the rules for blank names, control characters and lengths can go wrong:
   * Unicode's white space (which {@code (?U)\s} matches) and the white space of {@link
   * Character#isWhitespace} that is not Unicode's (U+001C–U+001F, also control characters), other
   * controls, format characters that look like white space but are not (U+200B, U+FEFF, U+180E,
   * U+E0001), surrogates lone, reversed and paired, and letters and near misses of the id format.
   */
  public static final ImmutableList<String> UNICODE_EDGES =
      ImmutableList.of(
          units(' '),
          units('\t'),
          units('\n'),
          units(0x0B),
          units('\f'),
          units('\r'),
          units(0x85),
          units(0xA0),
          units(0x1680),
          units(0x2000),
          units(0x2007),
          units(0x200A),
          units(0x2028),
          units(0x2029),
          units(0x202F),
          units(0x205F),
          units(0x3000),
          units(0x1C),
          units(0x1D),
          units(0x1E),
          units(0x1F),
          units(0x00),
          units(0x07),
          units(0x7F),
          units(0x80),
          units(0x9F),
          units(0xAD),
          units(0x180E),
          units(0x200B),
          units(0x200C),
          units(0x200D),
          units(0x2060),
          units(0xFEFF),
          units(0xDB40, 0xDC01),
          units(0xD800),
          units(0xDBFF),
          units(0xDC00),
          units(0xDFFF),
          units(0xDC00, 0xD800),
          units(0xD83D, 0xDE00),
          units(0xD840, 0xDC00),
          units(0xDBFF, 0xDFFF),
          "a",
          "Z",
          "0",
          ".",
          "_",
          "-",
          "名",
          "é",
          units('e', 0x301),
          units(0xE000),
          units(0xFFFE),
          units(0xFFFF),
          units(0xFF41),
          units(0x212A),
          "/",
          "@",
          "`",
          "{",
          "[",
          ":");

  /** Returns the string of these UTF-16 code units, lone surrogates and all. */
  private static String units(int... units) {
    StringBuilder out = new StringBuilder(units.length);
    for (int unit : units) {
      out.append((char) unit);
    }
    return out.toString();
  }

  /**
   * Strings of {@link #UNICODE_EDGES} and plain characters, short ones and ones whose length in
   * chars lies within two of {@code limit} (a supplementary character counts two chars, one code
   * point), so that they fall on both sides of a limit counted either way.
   */
  public static Gen<String> edgyStrings(int limit) {
    Gen<String> piece =
        Generate.frequency(
            List.of(
                Pair.of(3, Generate.pick(UNICODE_EDGES)),
                Pair.of(1, strings(NAME_CHARACTERS, 1, 1))));
    Gen<String> shortOnes =
        SourceDSL.lists().of(piece).ofSizeBetween(0, 8).map(list -> String.join("", list));
    Gen<String> nearLimit =
        between(limit - 2, limit + 2)
            .zip(
                between(0, 4),
                piece,
                between(0, 1),
                (chars, supplementary, edge, withEdge) -> {
                  String end = withEdge == 1 ? edge : "";
                  int plain = Math.max(0, chars - 2 * supplementary - end.length());
                  return "\uD83D\uDE00".repeat(supplementary) + "x".repeat(plain) + end;
                });
    return Generate.frequency(List.of(Pair.of(2, shortOnes), Pair.of(1, nearLimit)));
  }

  /** How to copy each field, in the order of {@link ApplicationForm#FIELDS}, from a form. */
  private static final ImmutableList<BiConsumer<ApplicationForm.Builder, ApplicationForm>> COPIES =
      ImmutableList.of(
          (b, f) -> b.id(f.getId()),
          (b, f) -> b.projectName(f.getProjectName()),
          (b, f) -> b.applicantName(f.getApplicantName()),
          (b, f) -> b.origin(f.getOrigin()),
          (b, f) -> b.role(f.getRole()),
          (b, f) -> b.sectors(f.getSectors()),
          (b, f) -> b.primarySector(f.getPrimarySector()),
          (b, f) -> b.pathway(f.getPathway()),
          (b, f) -> b.stage(f.getStage()),
          (b, f) -> b.yearsToIndustrialization(f.getYearsToIndustrialization()));

  /**
   * Forms whose every field is drawn on its own, missing or present, valid or not: ids and names
   * from valid ones, malformed ones and {@link #edgyStrings}, any enum value, 0–9 sectors with
   * repeats, years around and far outside 0–50. Most break several rules at once.
   */
  public static Gen<ApplicationForm> arbitraryForms() {
    Gen<Optional<String>> ids =
        optional(
            Generate.frequency(
                List.of(
                    Pair.of(2, strings(Primitives.ID_CHARACTERS, 1, 64)),
                    Pair.of(1, malformedNames(64)),
                    Pair.of(2, edgyStrings(64)))));
    Gen<Optional<String>> names =
        optional(
            Generate.frequency(
                List.of(
                    Pair.of(2, names(1, 200)),
                    Pair.of(1, strings(BLANKS, 0, 5)),
                    Pair.of(2, edgyStrings(Application.MAX_NAME_LENGTH)))));
    Gen<List<Sector>> sectors =
        SourceDSL.lists().of(Generate.enumValues(Sector.class)).ofSizeBetween(0, 9);
    Gen<Optional<Integer>> years =
        optional(
            Generate.frequency(
                List.of(
                    Pair.of(3, between(-3, 55)),
                    Pair.of(1, Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE))))));
    return in ->
        new ApplicationForm.Builder()
            .id(ids.generate(in))
            .projectName(names.generate(in))
            .applicantName(names.generate(in))
            .origin(optional(Generate.enumValues(Origin.class)).generate(in))
            .role(optional(Generate.enumValues(Role.class)).generate(in))
            .sectors(sectors.generate(in))
            .primarySector(optional(Generate.enumValues(Sector.class)).generate(in))
            .pathway(optional(Generate.enumValues(Pathway.class)).generate(in))
            .stage(optional(Generate.enumValues(Stage.class)).generate(in))
            .yearsToIndustrialization(years.generate(in))
            .build();
  }

  /** Valid forms with one to three fields replaced by those of an {@link #arbitraryForms}. */
  public static Gen<ApplicationForm> mutatedForms() {
    Gen<List<Integer>> fields =
        SourceDSL.lists().of(between(0, COPIES.size() - 1)).ofSizeBetween(1, 3);
    return validForms()
        .zip(
            arbitraryForms(),
            fields,
            (valid, other, changed) -> {
              ApplicationForm.Builder form = new ApplicationForm.Builder().from(valid);
              changed.forEach(field -> COPIES.get(field).accept(form, other));
              return form.build();
            });
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return Generate.frequency(
        List.of(
            Pair.of(1, Generate.constant(Optional.<T>empty())),
            Pair.of(5, values.map(Optional::of))));
  }

  private static ApplicationForm edit(
      ApplicationForm form, UnaryOperator<ApplicationForm.Builder> change) {
    return change.apply(new ApplicationForm.Builder().from(form)).build();
  }

  /** Names: 1 or more characters that are not all blank, none a control character. */
  private static Gen<String> names(int minLength, int maxLength) {
    return strings(NAME_CHARACTERS.replace(" ", ""), 1, 1)
        .zip(
            SourceDSL.lists().of(nameCharacters()).ofSizeBetween(minLength - 1, maxLength - 1),
            (first, rest) -> first + String.join("", rest));
  }

  private static Gen<String> nameCharacters() {
    Gen<String> latin = strings(NAME_CHARACTERS, 1, 1);
    Gen<String> chinese = between(0x4E00, 0x9FA5).map(Character::toString);
    return Generate.frequency(List.of(Pair.of(3, latin), Pair.of(1, chinese)));
  }

  /** Returns {@code name} with one control character (C0, DEL or C1) put in somewhere. */
  private static Gen<String> withControlCharacter(String name) {
    Gen<Integer> control =
        Generate.frequency(
            List.of(Pair.of(2, between(0x00, 0x1F)), Pair.of(1, between(0x7F, 0x9F))));
    String shorter = name.length() >= 200 ? name.substring(0, 199) : name;
    return control.zip(
        between(0, shorter.length()),
        (character, at) ->
            shorter.substring(0, at) + Character.toString(character) + shorter.substring(at));
  }

  /**
   * Returns {@code name} with one unpaired surrogate put in somewhere: a high or a low half alone,
   * never where it would pair with a neighbour, nor split a pair that is there.
   */
  private static Gen<String> withUnpairedSurrogate(String name) {
    String shorter = name.length() >= 200 ? name.substring(0, 199) : name;
    Gen<Integer> at =
        between(0, shorter.length())
            .assuming(
                i ->
                    (i == 0 || !Character.isHighSurrogate(shorter.charAt(i - 1)))
                        && (i == shorter.length() || !Character.isLowSurrogate(shorter.charAt(i))));
    return between(0xD800, 0xDFFF)
        .zip(
            at,
            (half, i) -> {
              char c = (char) half.intValue();
              return shorter.substring(0, i) + c + shorter.substring(i);
            });
  }

  /** Returns {@code form} with one of its sectors listed twice, still at most seven. */
  private static Gen<ApplicationForm> withDuplicateSector(ApplicationForm form) {
    List<Sector> sectors = form.getSectors();
    Sector primary = form.getPrimarySector().orElseThrow();
    return between(0, sectors.size() - 1)
        .zip(
            between(0, sectors.size()),
            (copied, at) -> {
              Sector copy = sectors.get(copied);
              List<Sector> changed = new ArrayList<>(sectors);
              if (changed.size() == Sector.values().length) {
                // Seven already: drop one that is neither the primary nor the copied sector.
                changed.remove(
                    changed.stream()
                        .filter(s -> s != primary && s != copy)
                        .findFirst()
                        .orElseThrow());
              }
              changed.add(Math.min(at, changed.size()), copy);
              return edit(form, b -> b.sectors(changed));
            });
  }

  /** Returns {@code form} with a primary sector that is not among its sectors. */
  private static Gen<ApplicationForm> withPrimaryOutsideSectors(ApplicationForm form) {
    List<Sector> sectors = form.getSectors();
    Sector primary = form.getPrimarySector().orElseThrow();
    List<Sector> outside =
        Arrays.stream(Sector.values()).filter(s -> !sectors.contains(s)).toList();
    if (!outside.isEmpty()) {
      return Generate.pick(outside).map(s -> edit(form, b -> b.primarySector(s)));
    }
    List<Sector> others = sectors.stream().filter(s -> s != primary).toList();
    return Generate.pick(others)
        .map(
            s ->
                edit(
                    form,
                    b ->
                        b.sectors(sectors.stream().filter(t -> t != s).toList()).primarySector(s)));
  }
}
