package io.github.regeneligibility.json;

import static io.github.regeneligibility.json.BadApplications.VALID;
import static io.github.regeneligibility.json.BadApplications.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.ApplicationValidator;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Role;
import io.github.regeneligibility.model.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class ApplicationJsonTest {
  private static final EligibilityJson JSON = EligibilityJson.create();

  @Test
  void readApplication_valid_yieldsTheApplication() {
    ApplicationInput input = JSON.readApplication(VALID);

    assertThat(input.problems()).isEmpty();
    Application application = input.application().orElseThrow();
    assertThat(application.getRole()).isEqualTo(Role.INNOVATOR);
    assertThat(application.getStage()).contains(Stage.CLINICAL_APPROVED);
    assertThat(application.getYearsToIndustrialization()).isEqualTo(4);
  }

  @Test
  void writeApplication_readBack_isTheSameApplication() {
    Application application = JSON.readApplication(VALID).application().orElseThrow();

    String written = JSON.writeApplication(application);

    assertThat(JSON.readApplication(written).application()).contains(application);
    assertThat(written).startsWith("{\"id\":").contains("\"stage\":\"CLINICAL_APPROVED\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.regeneligibility.json.BadApplications#oneProblemEach")
  void create_withAValidatorOfItsOwn_readsAsTheSharedOneDoes(
      String name, String json, String field, String code) {
    EligibilityJson own = EligibilityJson.create(ApplicationValidator.hibernateValidatorOnly());

    assertThat(own.readApplication(json).problems())
        .extracting(Problem::getPath, p -> p.getCode().name())
        .containsExactly(tuple(field, code));
    assertThat(own.readApplication(VALID).application())
        .isEqualTo(JSON.readApplication(VALID).application());
  }

  @Test
  void readApplication_serviceWithNullPathwayAndStage_isValid() {
    String json = with("role", "\"SERVICE_PROVIDER\"", "pathway", "null", "stage", "null");

    assertThat(JSON.readApplication(json).isValid()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.github.regeneligibility.json.BadApplications#oneProblemEach")
  void readApplication_badInput_namesTheFieldOnce(
      String name, String json, String field, String code) {
    ApplicationInput input = JSON.readApplication(json);

    assertThat(input.application()).isEmpty();
    assertThat(input.problems())
        .extracting(Problem::getPath, p -> p.getCode().name())
        .containsExactly(tuple(field, code));
    assertThat(input.problems().get(0).getMessage(Language.ENGLISH)).isNotBlank();
    assertThat(input.problems().get(0).getMessage(Language.CHINESE)).matches(".*\\p{IsHan}.*");
  }

  @Test
  void readApplication_bindingAndValidityProblems_areReportedTogetherInFieldOrder() {
    String json = with("id", "\"bad id\"", "origin", "\"MARS\"").replace("{", "{\"typo\": 1, ");

    assertThat(JSON.readApplication(json).problems())
        .extracting(Problem::getPath, p -> p.getCode().name())
        .containsExactly(
            tuple("id", "ID_FORMAT"),
            tuple("origin", "UNKNOWN_VALUE"),
            tuple("typo", "UNKNOWN_PROPERTY"));
  }

  @Test
  void readApplication_unknownSectorThatIsThePrimary_isNotReportedTwice() {
    String json =
        with("sectors", "[\"STEM_CELL\"]")
            .replace("\"primarySector\": \"STEM_CELLS\"", "\"primarySector\": \"STEM_CELLS\"");

    assertThat(JSON.readApplication(json).problems())
        .extracting(Problem::getPath)
        .containsExactly("sectors[0]");
  }

  @Test
  void problemMessages_arePinned() {
    Problem wrongType =
        JSON.readApplication(with("yearsToIndustrialization", "\"3\"")).problems().get(0);
    Problem unknown = JSON.readApplication(with("origin", "\"MARS\"")).problems().get(0);

    assertThat(wrongType.getMessage(Language.ENGLISH))
        .isEqualTo("yearsToIndustrialization must be a whole number.");
    assertThat(wrongType.getMessage(Language.CHINESE)).isEqualTo("“距产业化年限”须为整数。");
    assertThat(unknown.getMessage(Language.ENGLISH))
        .isEqualTo("origin must be one of DOMESTIC, FOREIGN, JOINT_VENTURE, not \"MARS\".");
  }

  @Test
  void malformedJson_messageNamesThePlaceAndNoClass() {
    Problem problem = JSON.readApplication("{\"id\": }").problems().get(0);

    assertThat(problem.getMessage(Language.ENGLISH))
        .isEqualTo("The body is not well-formed JSON: unexpected input at line 1, column 8.")
        .doesNotContain("jackson", "Exception");
    assertThat(problem.getMessage(Language.CHINESE))
        .isEqualTo("请求体不是格式正确的 JSON：出现意外的输入（第 1 行第 8 列）。");
  }

  @Test
  void limitExceeded_messageIsInBothLanguages() {
    Problem problem =
        JSON.readApplication(with("id", "[".repeat(40) + "]".repeat(40))).problems().get(0);

    assertThat(problem.getMessage(Language.ENGLISH))
        .isEqualTo("The body exceeds a limit: nesting deeper than 16 levels.");
    assertThat(problem.getMessage(Language.CHINESE)).isEqualTo("请求体超出限制：嵌套超过 16 层。");
  }
}
