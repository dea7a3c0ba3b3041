package io.github.regeneligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.regeneligibility.model.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LiveEditionsTest {
  private static final Clock JUNE_2026 =
      Clock.fixed(
              LocalDate.of(2026, 6, 1).atStartOfDay(Eligibility.DEFAULT_ZONE).toInstant(),
              ZoneOffset.UTC)
          .withZone(Eligibility.DEFAULT_ZONE);
  private static final PolicyEdition E2026 = Eligibility.defaultEdition();
  private static final PolicyEdition E2027 =
      Editions.defaults().version("2027.1").effectiveFrom(LocalDate.of(2027, 1, 1)).build();
  private static final Problem PROBLEM = Problem.of("horizon.bands", PolicyCode.POLICY_NO_BANDS);

  @Test
  void applyAndRefuse_keepTheSetUntilAChangeIsApplied_andTellTheListeners() {
    PolicyEditions first = Eligibility.editions(List.of(E2026), JUNE_2026);
    PolicyEditions second = Eligibility.editions(List.of(E2026, E2027), JUNE_2026);
    LiveEditions live = LiveEditions.of(first);
    List<String> heard = new ArrayList<>();
    live.addListener(
        LiveEditions.Listener.of(
            editions -> heard.add("applied " + editions.getEditions().size()),
            problems -> heard.add("refused " + problems.size())));

    live.refuse(List.of(PROBLEM));
    PolicyEditions whileRefused = live.current();
    ImmutableList<Problem> problems = live.problems();
    live.apply(second);

    assertThat(whileRefused).isSameAs(first);
    assertThat(problems).containsExactly(PROBLEM);
    assertThat(live.current()).isSameAs(second);
    assertThat(live.problems()).isEmpty();
    assertThat(heard).containsExactly("refused 1", "applied 2");
  }

  @Test
  void refuse_withoutAProblem_isACallerBug() {
    LiveEditions live = LiveEditions.of(Eligibility.defaultEditions());

    assertThatThrownBy(() -> live.refuse(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a refused change needs at least one problem");
  }

  @Test
  void statusOn_eachEditionOnEachSideOfAChange() {
    PolicyEditions editions = Eligibility.editions(List.of(E2026, E2027), JUNE_2026);
    LocalDate lastDay = LocalDate.of(2026, 12, 31);
    LocalDate firstDay = LocalDate.of(2027, 1, 1);

    assertThat(editions.statusOn(E2026, lastDay)).isEqualTo(EditionStatus.IN_FORCE);
    assertThat(editions.statusOn(E2027, lastDay)).isEqualTo(EditionStatus.SCHEDULED);
    assertThat(editions.statusOn(E2026, firstDay)).isEqualTo(EditionStatus.SUPERSEDED);
    assertThat(editions.statusOn(E2027, firstDay)).isEqualTo(EditionStatus.IN_FORCE);
    assertThatThrownBy(
            () -> Eligibility.editions(List.of(E2026), JUNE_2026).statusOn(E2027, firstDay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not one of this set");
  }
}
