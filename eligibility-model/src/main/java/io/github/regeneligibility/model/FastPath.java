package io.github.regeneligibility.model;

import com.google.common.collect.ImmutableSortedSet;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The fast path of {@link ApplicationValidator}: decides, without Hibernate Validator, that a form
 * breaks none of the constraints of {@link ApplicationForm}. It answers only "valid" or "ask
 * Hibernate Validator"; every violation (its code, field, message and place in the list) still
 * comes from Hibernate Validator, which stays the validator of record.
 */
final class FastPath {

  /*
   * Why accepts(form) is true only when Hibernate Validator finds no violation, and (for the forms
   * the library builds) whenever it finds none:
   *
   * Each check below is the constraint that Hibernate Validator 9 runs, as it runs it. @NotNull
   * with Unwrapping.Unwrap on an Optional: the Optional is present. @Pattern:
   * Pattern.compile(regexp).matcher(value).matches(), which walks code points. @Size on a string:
   * String.length(), in chars (a supplementary character counts two); on a collection: size().
   * @Min and @Max on an Integer: the value against the bound. @UniqueElements: no two equal
   * elements. @CrossFieldRules: CrossFieldRulesValidator, which reads the same ValidityRules
   * predicates as the checks here.
   *
   * Names are scanned by char, not by code point. That gives the regular expressions' answer
   * because no supplementary code point is a control character (Cc) or white space, and a
   * surrogate char, paired or lone, is neither: a name has a control character, or only white
   * space, exactly when its chars do. A regular expression walks a string by code point, taking a
   * high surrogate followed by a low one as one supplementary code point and any other surrogate
   * as a code point of its own, of category Cs: so \P{Cs}* fails exactly when some surrogate char
   * is not half of such a pair, which is what the scan checks. "Blank" is the regex's: (?U)\S is the complement of Unicode's
   * White_Space (Zs, Zl, Zp, U+0009-U+000D, U+0085), not Character.isWhitespace, nor String.isBlank
   * (which count U+001C-U+001F as white space, and U+00A0, U+2007, U+202F as not).
   *
   * What keeps this from drifting away from the annotations: CONSTRAINTS is the table of
   * constraints these checks implement. ApplicationValidator uses the fast path only if the
   * constraints Hibernate Validator finds on the form's class, read from its own metadata, are
   * exactly these (every attribute but the message, which only the violations use). An annotation
   * added, removed or changed turns the fast path off, so that Hibernate Validator decides alone,
   * and fails FastPathTest. Forms of any other class than the one the builder makes (an
   * embedder's own implementation may add constraints) always go to Hibernate Validator.
   */

  /** The longest id, in chars. */
  private static final int ID_MAX_LENGTH = 64;

  /** The constraints that {@link #accepts} implements, as {@link #describe} renders them. */
  static final ImmutableSortedSet<String> CONSTRAINTS = constraints();

  private FastPath() {}

  private static ImmutableSortedSet<String> constraints() {
    ImmutableSortedSet.Builder<String> lines = ImmutableSortedSet.naturalOrder();
    lines.add("(form) @CrossFieldRules(groups=[], payload=[])");
    List<String> required =
        List.of(
            "id",
            "projectName",
            "applicantName",
            "origin",
            "role",
            "primarySector",
            "yearsToIndustrialization");
    required.forEach(
        field -> lines.add(field + " @NotNull(groups=[], payload=[Unwrapping.Unwrap])"));
    lines.add(
        "id<String> @Pattern(flags=[], groups=[], payload=[], regexp=[A-Za-z0-9._-]{1,"
            + ID_MAX_LENGTH
            + "})");
    for (String name : List.of("projectName", "applicantName")) {
      String pattern = name + "<String> @Pattern(flags=[], groups=[], payload=[], regexp=";
      lines.add(
          pattern + ApplicationForm.NOT_BLANK + ")",
          pattern + "\\P{Cc}*)",
          pattern + ApplicationForm.WELL_FORMED + ")",
          name
              + "<String> @Size(groups=[], max="
              + Application.MAX_NAME_LENGTH
              + ", min=0, payload=[])");
    }
    return lines
        .add(
            "sectors @Size(groups=[], max=" + Application.MAX_SECTORS + ", min=1, payload=[])",
            "sectors @UniqueElements(groups=[], payload=[])",
            "yearsToIndustrialization<Integer> @Min(groups=[], payload=[], value=0)",
            "yearsToIndustrialization<Integer> @Max(groups=[], payload=[], value="
                + Application.MAX_YEARS
                + ")")
        .build();
  }

  /**
   * Returns whether {@code constraints}, Hibernate Validator's metadata of a form class, holds
   * exactly the constraints that {@link #accepts} implements.
   */
  static boolean implementsExactly(BeanDescriptor constraints) {
    return describe(constraints).equals(CONSTRAINTS);
  }

  /**
   * Returns every constraint of {@code bean}, one line each: where it is ({@code (form)} for the
   * class, a property, or a property's element type), the annotation and its attributes but the
   * message; a cascade or a composed constraint shows too.
   */
  static ImmutableSortedSet<String> describe(BeanDescriptor bean) {
    ImmutableSortedSet.Builder<String> lines = ImmutableSortedSet.naturalOrder();
    bean.getConstraintDescriptors().forEach(c -> lines.add(describe("(form)", c)));
    for (PropertyDescriptor property : bean.getConstrainedProperties()) {
      String name = property.getPropertyName();
      property.getConstraintDescriptors().forEach(c -> lines.add(describe(name, c)));
      if (property.isCascaded()) {
        lines.add(name + " @Valid");
      }
      for (ContainerElementTypeDescriptor element :
          property.getConstrainedContainerElementTypes()) {
        String where = name + "<" + element.getElementClass().getSimpleName() + ">";
        element.getConstraintDescriptors().forEach(c -> lines.add(describe(where, c)));
        if (element.isCascaded() || !element.getConstrainedContainerElementTypes().isEmpty()) {
          lines.add(where + " @Valid");
        }
      }
    }
    return lines.build();
  }

  private static String describe(String where, ConstraintDescriptor<?> constraint) {
    Map<String, Object> attributes = new TreeMap<>(constraint.getAttributes());
    attributes.remove("message");
    String line =
        where
            + " @"
            + constraint.getAnnotation().annotationType().getSimpleName()
            + attributes.entrySet().stream()
                .map(attribute -> attribute.getKey() + "=" + render(attribute.getValue()))
                .collect(Collectors.joining(", ", "(", ")"));
    return constraint.getComposingConstraints().isEmpty() ? line : line + " composed";
  }

  private static String render(Object value) {
    if (value instanceof Class<?> type) {
      Class<?> outer = type.getEnclosingClass();
      return outer == null ? type.getSimpleName() : render(outer) + "." + type.getSimpleName();
    }
    if (value instanceof Object[] values) {
      return Arrays.stream(values)
          .map(FastPath::render)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  /**
   * Returns true only when Hibernate Validator would find no violation in {@code form}; false when
   * it would find some, and for every form not built by {@link ApplicationForm.Builder}.
   */
  static boolean accepts(ApplicationForm form) {
    if (form.getClass() != ImmutableApplicationForm.class) {
      return false;
    }
    Optional<Role> role = form.getRole();
    Optional<Sector> primary = form.getPrimarySector();
    Optional<Pathway> pathway = form.getPathway();
    Optional<Stage> stage = form.getStage();
    Optional<Integer> years = form.getYearsToIndustrialization();
    return isId(form.getId())
        && isName(form.getProjectName())
        && isName(form.getApplicantName())
        && form.getOrigin().isPresent()
        && role.isPresent()
        && distinctSectors(form.getSectors())
        && primary.isPresent()
        && ValidityRules.primaryAmongSectors(primary.get(), form.getSectors())
        && ValidityRules.presentExactlyForProductRoles(role.get(), pathway)
        && ValidityRules.presentExactlyForProductRoles(role.get(), stage)
        && (pathway.isEmpty()
            || stage.isEmpty()
            || ValidityRules.stageWithinPathway(pathway.get(), stage.get()))
        && years.isPresent()
        && ValidityRules.yearsInRange(years.get());
  }

  /** Returns whether {@code given} is present and {@code [A-Za-z0-9._-]{1,64}}. */
  static boolean isId(Optional<String> given) {
    if (given.isEmpty()) {
      return false;
    }
    String id = given.get();
    int length = id.length();
    if (length < 1 || length > ID_MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code given} is present, at most {@link Application#MAX_NAME_LENGTH} chars,
   * some not white space ({@link ApplicationForm#NOT_BLANK}), none a control character ({@code
   * \P{Cc}*}), every surrogate half of a pair ({@link ApplicationForm#WELL_FORMED}).
   */
  static boolean isName(Optional<String> given) {
    if (given.isEmpty()) {
      return false;
    }
    String name = given.get();
    int length = name.length();
    if (length > Application.MAX_NAME_LENGTH) {
      return false;
    }
    boolean blank = true;
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      // General category Cc, which Unicode's stability policy fixes: U+0000-U+001F, U+007F-U+009F.
      if (c <= 0x1F || (c >= 0x7F && c <= 0x9F)) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == length
            || !Character.isLowSurrogate(name.charAt(i + 1))) {
          return false;
        }
        i++; // the pair's low half: a supplementary code point, never white space nor Cc
        blank = false;
        continue;
      }
      if (blank && !isWhiteSpace(c)) {
        blank = false;
      }
    }
    return !blank;
  }

  /** Unicode's White_Space, as {@code (?U)\s} reads it. */
  private static boolean isWhiteSpace(char c) {
    if (c <= 0x20) {
      return c == ' ' || (c >= 0x09 && c <= 0x0D);
    }
    if (c < 0x85) {
      return false;
    }
    int separators =
        (1 << Character.SPACE_SEPARATOR)
            | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR);
    return c == 0x85 || ((separators >> Character.getType(c)) & 1) != 0;
  }

  /** 1 to {@link Application#MAX_SECTORS} sectors, none listed twice. */
  private static boolean distinctSectors(List<Sector> sectors) {
    if (!ValidityRules.sectorCountInRange(sectors.size())) {
      return false;
    }
    int seen = 0;
    for (Sector sector : sectors) {
      int bit = 1 << sector.ordinal();
      if ((seen & bit) != 0) {
        return false;
      }
      seen |= bit;
    }
    return true;
  }
}
