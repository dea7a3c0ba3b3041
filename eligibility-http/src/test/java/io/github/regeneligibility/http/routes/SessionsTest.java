package io.github.regeneligibility.http.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.records.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The page's sessions: random ids and CSRF tokens, an end after their lifetime, a bound. */
final class SessionsTest {

  private static final Instant START = Instant.parse("2026-06-01T02:00:00Z");

  @Test
  void session_isFoundUntilItsLifetimeEnds_thenForgotten() {
    MovableClock clock = new MovableClock(START);
    Sessions sessions = new Sessions(clock);
    Sessions.Session session = sessions.start("li.wei");

    clock.advance(Sessions.LIFETIME.minusSeconds(1));
    assertThat(sessions.find(session.id())).contains(session);
    clock.advance(Duration.ofSeconds(1));
    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.size()).isZero();
  }

  @Test
  void session_hasRandomIdAndCsrfToken_andAcceptsOnlyItsOwnToken() {
    Sessions sessions = new Sessions(new MovableClock(START));
    Sessions.Session first = sessions.start("li.wei");
    Sessions.Session second = sessions.start("li.wei");

    assertThat(first.id()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.id());
    assertThat(first.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.id());
    assertThat(first.acceptsCsrf(first.csrfToken())).isTrue();
    assertThat(first.acceptsCsrf(second.csrfToken())).isFalse();
    assertThat(first.acceptsCsrf("")).isFalse();
  }

  @Test
  void sessions_pastTheBound_endTheOldestFirst() {
    Sessions sessions = new Sessions(new MovableClock(START));
    Sessions.Session oldest = sessions.start("user0");
    Sessions.Session next = sessions.start("user1");
    for (int i = 2; i <= Sessions.MAX_SESSIONS; i++) {
      sessions.start("user" + i);
    }

    assertThat(sessions.size()).isEqualTo(Sessions.MAX_SESSIONS);
    assertThat(sessions.find(oldest.id())).isEmpty();
    assertThat(sessions.find(next.id())).contains(next);
  }

  @Test
  void ended_orUnknown_orOverlongId_isNotFound() {
    Sessions sessions = new Sessions(new MovableClock(START));
    Sessions.Session session = sessions.start("li.wei");
    sessions.end(session.id());

    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.find("x".repeat(10_000))).isEmpty();
  }
}
