package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MediaTypeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "APPLICATION/JSON",
        " application/json ; charset=utf-8",
        "application/json;charset=\"UTF-8\"",
        "application/json; version=1"
      })
  void accepts_jsonInUtf8_isTrue(String contentType) {
    assertThat(MediaType.JSON.accepts(contentType)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json; charset=iso-8859-1",
        "application/json-patch+json",
        "application/x-ndjson",
        "text/json",
        ""
      })
  void accepts_otherTypesOrCharsets_isFalse(String contentType) {
    assertThat(MediaType.JSON.accepts(contentType)).isFalse();
  }

  @Test
  void require_missingContentType_throwsA415Problem() {
    assertThatThrownBy(() -> MediaType.NDJSON.require(null, "POST /v1/assessments/batch"))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(415);
              assertThat(e.problem().detail().in(Language.ENGLISH))
                  .isEqualTo(
                      "POST /v1/assessments/batch takes application/x-ndjson: give the body's"
                          + " Content-Type.");
            });
  }
}
