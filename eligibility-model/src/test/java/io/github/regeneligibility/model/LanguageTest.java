package io.github.regeneligibility.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

final class LanguageTest {

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
  void ofAcceptLanguage_simplifiedChineseMostPreferred_isChinese(String header) {
    assertThat(Language.ofAcceptLanguage(header)).isEqualTo(Language.CHINESE);
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
  void ofAcceptLanguage_otherwise_isEnglish(String header) {
    assertThat(Language.ofAcceptLanguage(header)).isEqualTo(Language.ENGLISH);
  }

  @ParameterizedTest
  @NullAndEmptySource
  void ofAcceptLanguage_absent_isEnglish(String header) {
    assertThat(Language.ofAcceptLanguage(header)).isEqualTo(Language.ENGLISH);
  }
}
