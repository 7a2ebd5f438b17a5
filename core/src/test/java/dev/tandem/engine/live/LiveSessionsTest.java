package dev.tandem.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sessions in memory: latest first, bounded per session and in count, forgotten when idle. */
class LiveSessionsTest {
  private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");
  private final MovableClock clock = new MovableClock();

  @Test
  void visitEvents_areKeptLatestFirstAndDistinct() {
    LiveSessions sessions = new LiveSessions(clock, 10, 10, Duration.ofMinutes(30));
    sessions.accept(List.of(event("s1", EventType.VIEW, "A"), event("s1", EventType.VIEW, "B"),
        event("s1", EventType.ADD_TO_CART, "A"), event("s2", EventType.PURCHASE, "C")));

    assertThat(sessions.recentItems("s1")).containsExactly("A", "B");
    assertThat(sessions.recentItems("s2")).containsExactly("C");
    assertThat(sessions.recentItems("other")).isEmpty();
    assertThat(sessions.recentItems(null)).isEmpty();
  }

  @Test
  void eventsWithoutSessionOrNotAVisit_areIgnored() {
    LiveSessions sessions = new LiveSessions(clock, 10, 10, Duration.ofMinutes(30));
    sessions.accept(List.of(event(null, EventType.VIEW, "A"), event("s1", EventType.RETURN, "B"),
        event("s1", EventType.REMOVE_FROM_CART, "C")));
    assertThat(sessions.sessionCount()).isZero();
  }

  @Test
  void eachSession_keepsItsLatestEventsOnly() {
    LiveSessions sessions = new LiveSessions(clock, 10, 3, Duration.ofMinutes(30));
    for (String item : List.of("A", "B", "C", "D", "E")) {
      sessions.accept(List.of(event("s1", EventType.VIEW, item)));
    }
    assertThat(sessions.recentItems("s1")).containsExactly("E", "D", "C");
  }

  @Test
  void theSessionIdleLongest_goesFirstWhenFull() {
    LiveSessions sessions = new LiveSessions(clock, 2, 5, Duration.ofMinutes(30));
    sessions.accept(List.of(event("s1", EventType.VIEW, "A")));
    clock.advance(Duration.ofSeconds(1));
    sessions.accept(List.of(event("s2", EventType.VIEW, "B")));
    clock.advance(Duration.ofSeconds(1));
    sessions.accept(List.of(event("s1", EventType.VIEW, "C"))); // s1 active again: s2 is oldest
    sessions.accept(List.of(event("s3", EventType.VIEW, "D")));

    assertThat(sessions.sessionCount()).isEqualTo(2);
    assertThat(sessions.recentItems("s2")).isEmpty();
    assertThat(sessions.recentItems("s1")).containsExactly("C", "A");
    assertThat(sessions.recentItems("s3")).containsExactly("D");
  }

  @Test
  void anIdleSession_isForgotten() {
    LiveSessions sessions = new LiveSessions(clock, 10, 5, Duration.ofMinutes(30));
    sessions.accept(List.of(event("s1", EventType.VIEW, "A"), event("s2", EventType.VIEW, "B")));
    clock.advance(Duration.ofMinutes(20));
    sessions.accept(List.of(event("s2", EventType.VIEW, "C")));
    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(sessions.recentItems("s1")).as("idle 29:59").containsExactly("A");

    clock.advance(Duration.ofSeconds(1));
    assertThat(sessions.recentItems("s1")).as("idle 30 minutes").isEmpty();
    assertThat(sessions.recentItems("s2")).containsExactly("C", "B");
    sessions.accept(List.of(event("s3", EventType.VIEW, "D")));
    assertThat(sessions.sessionCount()).isEqualTo(2);

    clock.advance(Duration.ofMinutes(31));
    sessions.accept(List.of(event("s4", EventType.VIEW, "E")));
    assertThat(sessions.sessionCount()).as("expired sessions swept on the next batch").isEqualTo(1);
  }

  @Test
  void boundsMustBePositive() {
    assertThatThrownBy(() -> new LiveSessions(clock, 0, 5, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LiveSessions(clock, 5, 5, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Event event(String session, EventType type, String item) {
    return new Event(session + "-" + item + "-" + type, type, "u1", session,
        type == EventType.PURCHASE ? "o1" : null, item, 1, null, null, T0, null);
  }

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now = T0;

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
