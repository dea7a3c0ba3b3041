package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a message echoes of the input can always be written: {@link Template#wellFormed} and {@link
 * Template#echo}, checked over every string of up to eight chars drawn from a letter, a Chinese
 * character, a high and a low surrogate, alone and padded to straddle the echo's limit.
 */
final class TemplateEchoTest {

  private static final char[] ALPHABET = {'a', '名', '\uD83D', '\uDE00'};
  private static final int LONGEST = 8;

  /** Every string of {@link #ALPHABET} of length 0 to {@link #LONGEST}: 87,381 strings. */
  private static List<String> everyString() {
    List<String> all = new ArrayList<>();
    all.add("");
    int from = 0;
    for (int length = 1; length <= LONGEST; length++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (char c : ALPHABET) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    return all;
  }

  private static boolean encodable(String text) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(text);
  }

  @Test
  @DisplayName(
      "wellFormed keeps every char but an unpaired surrogate, which becomes U+FFFD, and its answer"
          + " can always be encoded.")
  void wellFormedKeepsEveryCharButAnUnpairedSurrogate() {
    List<String> strings = everyString();
    assertThat(strings).hasSize(87_381);
    for (String text : strings) {
      String formed = Template.wellFormed(text);

      assertThat(encodable(formed)).as("%s encodable", formed).isTrue();
      assertThat(formed).hasSameSizeAs(text);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean paired =
            (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                || (Character.isLowSurrogate(c)
                    && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
        char expected = Character.isSurrogate(c) && !paired ? '\uFFFD' : c;
        assertThat(formed.charAt(i)).as("char %d of %s", i, text).isEqualTo(expected);
      }
      if (encodable(text)) {
        assertThat(formed).isSameAs(text);
      }
    }
  }

  @Test
  @DisplayName(
      "echo is the well-formed input up to the limit, else a well-formed prefix of at most the"
          + " limit ending in an ellipsis, never cut inside a surrogate pair.")
  void echoIsWellFormedAndCutOutsidePairs() {
    for (String tail : everyString()) {
      for (int pad = Template.ECHO_LIMIT - LONGEST; pad <= Template.ECHO_LIMIT; pad += 2) {
        String given = "x".repeat(pad) + tail;

        String echo = Template.echo(given);

        assertThat(encodable(echo)).as("%s encodable", echo).isTrue();
        if (given.length() <= Template.ECHO_LIMIT) {
          assertThat(echo).isEqualTo(Template.wellFormed(given));
        } else {
          assertThat(echo).endsWith("…");
          String kept = echo.substring(0, echo.length() - 1);
          boolean pairAtTheLimit =
              Character.isHighSurrogate(given.charAt(Template.ECHO_LIMIT - 1))
                  && Character.isLowSurrogate(given.charAt(Template.ECHO_LIMIT));
          int cut = pairAtTheLimit ? Template.ECHO_LIMIT - 1 : Template.ECHO_LIMIT;
          assertThat(kept).isEqualTo(Template.wellFormed(given.substring(0, cut)));
        }
      }
    }
  }

  @Test
  void echo_pairStraddlingTheLimit_isLeftOutWhole() {
    String given = "a".repeat(Template.ECHO_LIMIT - 1) + "\uD83D\uDE00" + "b";

    assertThat(Template.echo(given)).isEqualTo("a".repeat(Template.ECHO_LIMIT - 1) + "…");
  }

  @Test
  void echo_loneSurrogate_isTheReplacementCharacter() {
    assertThat(Template.echo("role \uD800")).isEqualTo("role \uFFFD");
    assertThat(Template.echo("\uDC00\uD800")).isEqualTo("\uFFFD\uFFFD");
  }
}
