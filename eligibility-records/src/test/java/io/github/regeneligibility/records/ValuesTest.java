package io.github.regeneligibility.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.regeneligibility.model.Application;
import io.github.regeneligibility.model.Assessment;
import io.github.regeneligibility.model.Language;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.Tier;
import io.github.regeneligibility.rules.Eligibility;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ValuesTest {

  @Test
  void ofTier_eachTier_isItsOwnDisposition() {
    assertThat(Disposition.ofTier(Tier.PRIORITY)).isEqualTo(Disposition.ACCEPT);
    assertThat(Disposition.ofTier(Tier.ELIGIBLE)).isEqualTo(Disposition.ACCEPT);
    assertThat(Disposition.ofTier(Tier.RESERVE)).isEqualTo(Disposition.RESERVE);
    assertThat(Disposition.ofTier(Tier.INELIGIBLE)).isEqualTo(Disposition.DECLINE);
    assertThat(Disposition.DEFER.label(Language.CHINESE)).isEqualTo("暂缓决定");
  }

  @Test
  void parse_anyCase_isTheRole_andRolesSayWhatTheyMayDo() {
    assertThat(UserRole.parse("officer")).contains(UserRole.OFFICER);
    assertThat(UserRole.parse("Auditor")).contains(UserRole.AUDITOR);
    assertThat(UserRole.parse("root")).isEmpty();
    assertThat(UserRole.OFFICER.mayRecord()).isTrue();
    assertThat(UserRole.AUDITOR.mayRecord()).isFalse();
    assertThat(UserRole.ADMIN.mayRecord()).isFalse();
    assertThat(UserRole.ADMIN.mayManage()).isTrue();
    assertThat(UserRole.OFFICER.mayManage()).isFalse();
    assertThat(UserRole.AUDITOR.mayRead()).isTrue();
    assertThat(UserRole.ADMIN.label(Language.CHINESE)).isEqualTo("管理员");
  }

  @Test
  void outcome_encoded_readsBackEqual() {
    Application application = Fixtures.validated(Fixtures.application("A", "B", 4));
    Assessment assessment = Eligibility.assessor(Eligibility.defaultEdition()).assess(application);
    Outcome outcome = Outcome.of(assessment);

    assertThat(outcome.encode())
        .isEqualTo(
            "PRIORITY 77 SCOPE=true HORIZON=true SECTOR_FIT=30 MATURITY=24 HORIZON=15 ROLE=8");
    assertThat(Outcome.parse(outcome.encode())).isEqualTo(outcome);
    assertThatThrownBy(() -> Outcome.parse("PRIORITY 77"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void problems_ofABadQuery_nameEachParameter_inBothLanguages() {
    RecordQuery query =
        RecordStoreTest.query()
            .withApplicationId("x".repeat(RecordQuery.MAX_TEXT_LENGTH + 1))
            .withPeriod(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1))
            .withLimit(101)
            .withCursor("not-a-cursor")
            .build();

    assertThat(query.problems())
        .extracting(Problem::getPath)
        .containsExactly("applicationId", "to", "limit", "cursor");
    assertThat(query.problems())
        .extracting(problem -> problem.getMessage(Language.ENGLISH))
        .containsExactly(
            "applicationId has 201 characters: at most 200 are allowed.",
            "The first day 2026-06-02 is after the last day 2026-06-01.",
            "limit must be a whole number from 1 to 100, not 101.",
            "cursor is not a cursor that a page of results handed out: start again without it.");
    assertThat(query.problems().get(1).getMessage(Language.CHINESE))
        .isEqualTo("起始日期 2026年6月2日 晚于截止日期 2026年6月1日。");
    assertThat(RecordQuery.all().problems()).isEmpty();
  }

  @Test
  void cursor_readsBackItsPosition_andOnlyItsOwnShape() {
    String cursor = RecordQuery.cursorBefore(42);
    RecordQuery query = withCursor(cursor);

    assertThat(query.before()).hasValue(42);
    assertThat(query.problems()).isEmpty();
    assertThat(withCursor(RecordQuery.cursorBefore(0)).before()).isEmpty();
    assertThat(withCursor("YWJj").before()).isEmpty();
  }

  private static RecordQuery withCursor(String cursor) {
    return RecordStoreTest.query().withLimit(10).withCursor(cursor).build();
  }

  @Test
  void passwords_hashArgon2id_withItsOwnSalt_andCheckOnlyTheSamePassword() {
    Passwords passwords = new Passwords();

    String first = passwords.hash("correct horse battery".toCharArray());
    String second = passwords.hash("correct horse battery".toCharArray());

    assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
    assertThat(passwords.matches("correct horse battery".toCharArray(), first)).isTrue();
    assertThat(passwords.matches("correct horse batterx".toCharArray(), first)).isFalse();
    assertThat(passwords.matches("correct horse battery".toCharArray(), "$2a$10$bcrypt")).isFalse();
    assertThat(passwords.matchesNone("anything".toCharArray())).isFalse();
  }

  @Test
  void loginLimits_perAddress_limitEveryNameFromIt() {
    MovableClock clock = new MovableClock(Fixtures.JUNE_2026);
    LoginLimits limits = new LoginLimits(clock);
    for (int i = 0; i < LoginLimits.PER_ADDRESS; i++) {
      assertThat(limits.isLimited("user" + i, "10.0.0.1")).isFalse();
      limits.failed("user" + i, "10.0.0.1");
    }

    assertThat(limits.isLimited("someone.else", "10.0.0.1")).isTrue();
    assertThat(limits.isLimited("someone.else", "10.0.0.2")).isFalse();
    clock.advance(LoginLimits.WINDOW);
    assertThat(limits.isLimited("someone.else", "10.0.0.1")).isFalse();
  }

  @Test
  void loginLimits_retryAfter_isUntilTheFailureThatTippedTheLimitLeavesTheWindow() {
    MovableClock clock = new MovableClock(Fixtures.JUNE_2026);
    LoginLimits limits = new LoginLimits(clock);
    limits.failed("li.wei", "10.0.0.1");
    clock.advance(Duration.ofMinutes(1));
    for (int i = 1; i < LoginLimits.PER_NAME; i++) {
      assertThat(limits.retryAfter("li.wei", "10.0.0.1")).isZero();
      limits.failed("li.wei", "10.0.0.1");
    }
    clock.advance(Duration.ofMinutes(2));

    assertThat(limits.retryAfter("li.wei", "10.0.0.1"))
        .isEqualTo(LoginLimits.WINDOW.minus(Duration.ofMinutes(3)));
    assertThat(limits.retryAfter("zhang.min", "10.0.0.2")).isZero();
    clock.advance(LoginLimits.WINDOW.minus(Duration.ofMinutes(3)));
    assertThat(limits.retryAfter("li.wei", "10.0.0.1")).isZero();
  }

  @Test
  void login_limitedWithoutAWait_orAWaitWhenNotLimited_isRefused() {
    assertThat(
            new Login(Login.Status.LIMITED, Optional.empty(), Duration.ofSeconds(3)).retryAfter())
        .hasSeconds(3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Login(Login.Status.LIMITED, Optional.empty()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Login(Login.Status.REFUSED, Optional.empty(), Duration.ofSeconds(1)));
  }
}
