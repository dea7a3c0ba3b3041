package io.github.regeneligibility.model;

import static io.github.regeneligibility.model.ApplicationValidatorTest.innovator;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guard of the fast path (it runs only while Hibernate Validator's metadata shows exactly the
 * constraints it implements, and only for forms the builder made), and the rules for names at the
 * edges of Unicode, pinned as Hibernate Validator applies them. The proof over generated forms is
 * {@link FastPathLawsTest}.
 */
final class FastPathTest {

  private static final Validator HIBERNATE_VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Test
  void describe_theBuiltFormsClass_isExactlyWhatTheFastPathImplements() {
    BeanDescriptor constraints =
        HIBERNATE_VALIDATOR.getConstraintsForClass(ImmutableApplicationForm.class);

    assertThat(FastPath.describe(constraints)).containsExactlyElementsOf(FastPath.CONSTRAINTS);
    assertThat(FastPath.implementsExactly(constraints)).isTrue();
    assertThat(ApplicationValidator.shared().usesFastPath()).isTrue();
    assertThat(ApplicationValidator.hibernateValidatorOnly().usesFastPath()).isFalse();
  }

  /** A form whose ids are also at most 10 characters: a constraint the fast path does not know. */
  interface ShortIdForm extends ApplicationForm {
    @Override
    Optional<@Size(max = 10, message = "{regen.ID_FORMAT}") String> getId();
  }

  @Test
  void implementsExactly_aConstraintAdded_isFalseAndNamesIt() {
    BeanDescriptor changed = HIBERNATE_VALIDATOR.getConstraintsForClass(ShortIdForm.class);

    assertThat(FastPath.implementsExactly(changed)).isFalse();
    assertThat(Sets.difference(FastPath.describe(changed), FastPath.CONSTRAINTS))
        .containsExactly("id<String> @Size(groups=[], max=10, min=0, payload=[])");
  }

  @Test
  void validate_aFormOfAnotherClass_isLeftToHibernateValidatorWithItsOwnConstraints() {
    ApplicationForm built = innovator().id("LONGER-THAN-TEN").build();
    ApplicationForm own = delegatingShortIdForm(built);

    assertThat(FastPath.accepts(built)).isTrue();
    assertThat(FastPath.accepts(own)).isFalse();
    assertThat(ApplicationValidator.shared().validate(own).getViolations())
        .extracting(Problem::getPath, Problem::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("id", ValidityCode.ID_FORMAT));
  }

  /**
   * Names at the edges of Unicode: the name, whether {@link String#isBlank()} calls it blank, and
   * the codes Hibernate Validator gives. {@code isBlank} (and {@link Character#isWhitespace}, and
   * jakarta's {@code @NotBlank}, which Hibernate Validator checks with {@code isBlank}) is not the
   * rule: the rule is Unicode's White_Space, under which U+00A0, U+2007 and U+202F are white space
   * and U+001C–U+001F are not (they are control characters).
   */
  static Stream<Arguments> namesAtTheEdges() {
    String emoji = "\uD83D\uDE00";
    ValidityCode blank = ValidityCode.PROJECT_NAME_BLANK;
    ValidityCode control = ValidityCode.PROJECT_NAME_CONTROL_CHARACTER;
    ValidityCode surrogate = ValidityCode.PROJECT_NAME_UNPAIRED_SURROGATE;
    return Stream.of(
        edge("ideographic space", "\u3000", true, blank),
        edge("no-break space", "\u00A0", false, blank),
        edge("figure and narrow no-break space", "\u2007\u202F", false, blank),
        edge("next line", "\u0085", false, blank, control),
        edge("file separator", "\u001C", true, control),
        edge("byte order mark", "\uFEFF", false),
        edge("zero width space", "\u200B", false),
        edge("lone high surrogate", "\uD800", false, surrogate),
        edge("lone low surrogate", "a\uDC00", false, surrogate),
        edge("reversed surrogate pair", "\uDE00\uD83D", false, surrogate),
        edge("pair, then a lone high surrogate", "\uD83D\uDE00\uD83D", false, surrogate),
        edge("100 supplementary characters, 200 chars", emoji.repeat(100), false),
        edge(
            "101 supplementary characters, 202 chars",
            emoji.repeat(101),
            false,
            ValidityCode.PROJECT_NAME_LENGTH),
        edge("200 Chinese characters", "名".repeat(200), false),
        edge("empty", "", true, blank));
  }

  private static Arguments edge(String what, String name, boolean isBlank, ValidityCode... codes) {
    return Arguments.of(what, name, isBlank, ImmutableList.copyOf(codes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("namesAtTheEdges")
  void validate_nameAtAnEdgeOfUnicode_isJudgedAsHibernateValidatorJudgesIt(
      String what, String name, boolean isBlank, List<ValidityCode> codes) {
    ValidationResult result =
        Equivalence.assertSameAsHibernateValidator(innovator().projectName(name).build());

    assertThat(name.isBlank()).as("String.isBlank").isEqualTo(isBlank);
    assertThat(HIBERNATE_VALIDATOR.validate(new NotBlankName(name)).isEmpty())
        .as("@NotBlank")
        .isEqualTo(!isBlank);
    assertThat(result.getViolations())
        .extracting(Problem::getCode)
        .containsExactlyElementsOf(codes);
  }

  /** A name under jakarta's {@code @NotBlank}, which is not the rule of {@link ApplicationForm}. */
  private record NotBlankName(@NotBlank String name) {}

  /**
   * A form of a class of its own (a proxy of {@link ShortIdForm} that answers with {@code form}'s
   * values), which Hibernate Validator checks with {@link ShortIdForm}'s rule.
   */
  private static ShortIdForm delegatingShortIdForm(ApplicationForm form) {
    InvocationHandler delegate =
        (proxy, method, arguments) ->
            (method.getDeclaringClass() == Object.class
                    ? method
                    : ApplicationForm.class.getMethod(method.getName()))
                .invoke(form, arguments);
    return (ShortIdForm)
        Proxy.newProxyInstance(
            ShortIdForm.class.getClassLoader(), new Class<?>[] {ShortIdForm.class}, delegate);
  }
}
