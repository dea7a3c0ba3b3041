package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.regeneligibility.model.Language;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code Accept-Language} reader answers every header value with a language, never an
 * exception, and Chinese only for a header that names Chinese (once its spaces are dropped). The
 * committed inputs under {@code AcceptLanguageFuzzTestInputs} replay in every build; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
final class AcceptLanguageFuzzTest {

  // A campaign (JAZZER_FUZZ=1) runs for its maxDuration, past the build's default test timeout.
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  @FuzzTest(maxDuration = "3m")
  void of_anyHeader_answersALanguage(FuzzedDataProvider data) {
    String header = data.consumeRemainingAsString();

    Language language = AcceptLanguage.of(header);

    assertThat(language).isNotNull();
    if (language == Language.CHINESE) {
      // The JDK's parser drops every space first, so "z h-CN" names zh-CN to it.
      assertThat(header.replace(" ", "").toLowerCase(Locale.ROOT)).contains("zh");
    }
  }
}
