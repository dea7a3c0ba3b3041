package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PolicyEditionsTest {
  private static final PolicyEdition Y2026 = Eligibility.defaultEdition();
  private static final PolicyEdition Y2027 =
      Editions.effectiveFrom(LocalDate.of(2027, 1, 1), "2027.1");

  private static PolicyEditions at(String instant) {
    return Eligibility.editions(
        List.of(Y2027, Y2026), Clock.fixed(Instant.parse(instant), Eligibility.DEFAULT_ZONE));
  }

  @Test
  void inForceOn_theDayBeforeAChange_isTheOldEdition() {
    assertThat(at("2026-06-01T00:00:00Z").inForceOn(LocalDate.of(2026, 12, 31))).isSameAs(Y2026);
  }

  @Test
  void inForceOn_theDayOfAChange_isTheNewEdition() {
    assertThat(at("2026-06-01T00:00:00Z").inForceOn(LocalDate.of(2027, 1, 1))).isSameAs(Y2027);
    assertThat(at("2026-06-01T00:00:00Z").inForceOn(LocalDate.of(2031, 5, 5))).isSameAs(Y2027);
  }

  @Test
  void inForceToday_takesTodayInShanghai() {
    // 16:00 UTC on 31 December is already 1 January in Asia/Shanghai (UTC+8).
    assertThat(at("2026-12-31T16:00:00Z").inForceToday()).isSameAs(Y2027);
    assertThat(at("2026-12-31T15:59:59Z").inForceToday()).isSameAs(Y2026);
  }

  @Test
  void inForceOn_beforeTheFirstEdition_isAClearError() {
    assertThatThrownBy(() -> at("2026-06-01T00:00:00Z").inForceOn(LocalDate.of(2025, 12, 31)))
        .isInstanceOfSatisfying(
            NoEditionInForceException.class,
            e -> {
              assertThat(e.getDate()).isEqualTo(LocalDate.of(2025, 12, 31));
              assertThat(e.getEarliest()).isEqualTo(LocalDate.of(2026, 1, 1));
            })
        .hasMessage(
            "no policy edition is in force on 2025-12-31: the earliest takes effect on 2026-01-01");
  }

  @Test
  void assessorOn_isSharedPerEdition() {
    PolicyEditions editions = at("2026-06-01T00:00:00Z");

    assertThat(editions.assessorOn(LocalDate.of(2026, 3, 1)))
        .isSameAs(editions.assessorOn(LocalDate.of(2026, 9, 1)));
    assertThat(editions.assessorOn(LocalDate.of(2027, 3, 1)).getEdition()).isSameAs(Y2027);
  }

  @Test
  void editions_areListedEarliestFirst() {
    assertThat(at("2026-06-01T00:00:00Z").getEditions()).containsExactly(Y2026, Y2027);
  }

  @Test
  void editions_twoOnOneDay_areRefused() {
    PolicyEdition twin = Editions.effectiveFrom(LocalDate.of(2026, 1, 1), "2026.2");

    assertThatThrownBy(() -> Eligibility.editions(List.of(Y2026, twin), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "editions park-intake 2026.1 and park-intake 2026.2 both take effect on 2026-01-01:"
                + " give each its own date");
  }

  @Test
  void editions_none_areRefused() {
    assertThatThrownBy(() -> Eligibility.editions(List.of(), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a set of policy editions needs at least one edition");
  }
}
