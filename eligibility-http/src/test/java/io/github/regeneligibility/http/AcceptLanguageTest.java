package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

final class AcceptLanguageTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "zh",
        "ZH-cn",
        "zh-Hans",
        "zh-Hans-CN",
        "zh-CN-x-private",
        "en;q=0.5, zh",
        "fr-CH, fr;q=0.9, zh;q=0.8, en;q=0.7",
        "zh-TW;q=0.9, zh-CN;q=0.8"
      })
  void of_simplifiedChineseMostPreferred_isChinese(String header) {
    assertThat(AcceptLanguage.of(header)).isEqualTo(Language.CHINESE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en",
        "en-US",
        "*",
        "de",
        "zh-TW",
        "zh-Hant",
        "zh;q=0",
        "zh;q=0, *",
        "en, zh;q=0.9",
        "*, zh;q=0.5",
        "zh-;;;q=bad",
        "'-,'",
        "zh, en;q=2"
      })
  void of_otherwise_isEnglish(String header) {
    assertThat(AcceptLanguage.of(header)).isEqualTo(Language.ENGLISH);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void of_absent_isEnglish(String header) {
    assertThat(AcceptLanguage.of(header)).isEqualTo(Language.ENGLISH);
  }
}
