package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The media-type reader answers every header value: a media type or nothing, never an exception.
 * The committed inputs under {@code MediaTypeFuzzTestInputs} replay in every build; {@code
 * JAZZER_FUZZ=1} fuzzes.
 */
final class MediaTypeFuzzTest {

  // A campaign (JAZZER_FUZZ=1) runs for its maxDuration, past the build's default test timeout.
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  @FuzzTest(maxDuration = "3m")
  void parse_anyText_answersWithoutThrowing(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    Optional<MediaType.Parsed> parsed = MediaType.parse(text);
    boolean json = MediaType.JSON.accepts(text);
    boolean csv = MediaType.prefersCsv(text);

    parsed.ifPresent(
        type -> {
          assertThat(type.name()).contains("/").isEqualTo(type.name().toLowerCase(Locale.ROOT));
          assertThat(type.weight()).isBetween(0.0, 1.0);
        });
    if (json) {
      assertThat(parsed).isPresent();
      assertThat(parsed.get().name()).isEqualTo("application/json");
      assertThat(parsed.get().charset().orElse(StandardCharsets.UTF_8))
          .isEqualTo(StandardCharsets.UTF_8);
    }
    if (csv) {
      assertThat(text.toLowerCase(Locale.ROOT)).contains("text/csv");
    }
  }
}
