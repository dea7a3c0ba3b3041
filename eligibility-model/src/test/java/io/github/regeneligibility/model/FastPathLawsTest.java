package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The proof that the fast path of {@link ApplicationValidator} changes nothing: on the same forms,
 * the validator the library uses and Hibernate Validator alone give the same application or the
 * same problems, and the fast path accepts a form exactly when Hibernate Validator finds no
 * violation ({@link Equivalence}). Every shape of the valid domain is compared by the rules' {@code
 * FastPathDomainTest}.
 */
final class FastPathLawsTest {

  @Test
  @DisplayName(
      "Every generated valid form is accepted by the fast path, with the application Hibernate"
          + " Validator gives.")
  void everyGeneratedValidFormIsAcceptedByTheFastPathWithTheApplicationHibernateValidatorGives() {
    qt().withExamples(3_000)
        .forAll(FormGenerators.validForms())
        .checkAssert(
            form ->
                assertThat(Equivalence.assertSameAsHibernateValidator(form).isValid()).isTrue());
  }

  @Test
  @DisplayName(
      "Breaking any single rule, for every violation code, gives exactly Hibernate Validator's"
          + " violations.")
  void breakingAnySingleRuleForEveryViolationCodeGivesExactlyHibernateValidatorsViolations() {
    Set<ProblemCode> reached = new HashSet<>();
    for (FormGenerators.FormBreach breach : FormGenerators.BREACHES) {
      qt().withExamples(150)
          .forAll(
              FormGenerators.validForms(breach.roles())
                  .flatMap(form -> breach.generator().apply(form)))
          .checkAssert(
              broken ->
                  Equivalence.assertSameAsHibernateValidator(broken).getViolations().stream()
                      .map(Problem::getCode)
                      .forEach(reached::add));
    }
    assertThat(reached).containsAll(EnumSet.allOf(ValidityCode.class));
  }

  @Test
  @DisplayName(
      "Replacing one to three fields of a valid form by arbitrary values gives exactly Hibernate"
          + " Validator's result.")
  void replacingOneToThreeFieldsOfAValidFormGivesExactlyHibernateValidatorsResult() {
    int[] valid = new int[1];
    qt().withExamples(5_000)
        .forAll(FormGenerators.mutatedForms())
        .checkAssert(
            form -> {
              if (Equivalence.assertSameAsHibernateValidator(form).isValid()) {
                valid[0]++;
              }
            });
    assertThat(valid[0]).as("valid mutations among 5,000").isPositive().isLessThan(5_000);
  }

  @Test
  @DisplayName(
      "Every arbitrary form, valid or breaking many rules, gives exactly Hibernate Validator's result.")
  void everyArbitraryFormGivesExactlyHibernateValidatorsResult() {
    qt().withExamples(5_000)
        .forAll(FormGenerators.arbitraryForms())
        .checkAssert(Equivalence::assertSameAsHibernateValidator);
  }

  @Test
  @DisplayName(
      "Ids and names of Unicode white space, control and format characters and surrogates, short"
          + " or at a length limit in chars or code points, are judged as Hibernate Validator"
          + " judges them.")
  void idsAndNamesOfUnicodeEdgesAndAtTheLengthLimitsAreJudgedAsHibernateValidatorJudgesThem() {
    Multiset<String> accepted = HashMultiset.create();
    Multiset<String> refused = HashMultiset.create();
    qt().withExamples(5_000)
        .forAll(
            FormGenerators.validForms(),
            FormGenerators.edgyStrings(64),
            FormGenerators.edgyStrings(Application.MAX_NAME_LENGTH),
            FormGenerators.edgyStrings(Application.MAX_NAME_LENGTH))
        .checkAssert(
            (form, id, projectName, applicantName) -> {
              Map<String, UnaryOperator<ApplicationForm.Builder>> changes =
                  Map.of(
                      "id", b -> b.id(id),
                      "projectName", b -> b.projectName(projectName),
                      "applicantName", b -> b.applicantName(applicantName));
              changes.forEach(
                  (field, change) -> {
                    ApplicationForm changed =
                        change.apply(new ApplicationForm.Builder().from(form)).build();
                    boolean valid = Equivalence.assertSameAsHibernateValidator(changed).isValid();
                    (valid ? accepted : refused).add(field);
                  });
            });
    for (String field : List.of("id", "projectName", "applicantName")) {
      assertThat(accepted.count(field)).as("%s accepted", field).isGreaterThan(100);
      assertThat(refused.count(field)).as("%s refused", field).isGreaterThan(100);
    }
  }

  /**
   * About 1.1 million runs of Hibernate Validator: seconds on two cores, more on a busy machine.
   */
  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  @DisplayName(
      "Every code point, alone as an id and a project name and after a letter as an applicant name,"
          + " is judged as Hibernate Validator judges it.")
  void everyCodePointAsIdAndNamesIsJudgedAsHibernateValidatorJudgesIt() {
    ApplicationForm valid = ApplicationValidatorTest.innovator().build();
    long accepted =
        IntStream.rangeClosed(Character.MIN_CODE_POINT, Character.MAX_CODE_POINT)
            .parallel()
            .filter(
                codePoint -> {
                  String alone = Character.toString(codePoint);
                  ApplicationForm form =
                      new ApplicationForm.Builder()
                          .from(valid)
                          .id(alone)
                          .projectName(alone)
                          .applicantName("x" + alone)
                          .build();
                  Set<String> refused =
                      Equivalence.hibernateValidator(form).getViolations().stream()
                          .map(Problem::getPath)
                          .collect(Collectors.toSet());
                  boolean id = FastPath.isId(form.getId());
                  boolean projectName = FastPath.isName(form.getProjectName());
                  boolean applicantName = FastPath.isName(form.getApplicantName());
                  if (id == refused.contains("id")
                      || projectName == refused.contains("projectName")
                      || applicantName == refused.contains("applicantName")) {
                    throw new AssertionError(
                        String.format(
                            Locale.ROOT,
                            "U+%04X: the fast path accepts id %s, projectName %s, applicantName %s;"
                                + " Hibernate Validator refuses %s",
                            codePoint,
                            id,
                            projectName,
                            applicantName,
                            refused));
                  }
                  if (refused.isEmpty()) {
                    Equivalence.assertSameAsHibernateValidator(form);
                  }
                  return refused.isEmpty();
                })
            .count();
    // The id format allows 65 characters, each also a name.
    assertThat(accepted).isEqualTo(Primitives.ID_CHARACTERS.length());
  }
}
