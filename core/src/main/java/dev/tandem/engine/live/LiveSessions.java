package dev.tandem.engine.live;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * What each browsing session looked at in this visit, in memory only: per session id, the distinct
 * items of its acknowledged views, clicks, carts and purchases, latest first, at most {@code
 * maxEvents}. At most {@code maxSessions} sessions are kept (the one idle longest goes first), and a
 * session idle for {@code idle} (by the injected clock) is forgotten. Thread-safe.
 */
public final class LiveSessions {
  /** The events that say what a shopper is looking at now. */
  static final Set<EventType> VISIT = EnumSet.of(
      EventType.VIEW, EventType.CLICK, EventType.ADD_TO_CART, EventType.PURCHASE);

  private static final String[] NONE = new String[0];
  private final Clock clock;
  private final int maxSessions;
  private final int maxEvents;
  private final Duration idle;
  /** In the order of last activity: the first entry has been idle longest. */
  private final LinkedHashMap<String, Visit> bySession = new LinkedHashMap<>();

  private record Visit(String[] items, Instant lastActive) {}

  public LiveSessions(Clock clock, int maxSessions, int maxEvents, Duration idle) {
    if (maxSessions < 1 || maxEvents < 1 || idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("sessions need positive bounds: " + maxSessions
          + " sessions, " + maxEvents + " events each, idle " + idle);
    }
    this.clock = clock;
    this.maxSessions = maxSessions;
    this.maxEvents = maxEvents;
    this.idle = idle;
  }

  /** Takes a committed batch: its visit events that name a session. */
  public synchronized void accept(List<Event> events) {
    Instant now = clock.instant();
    for (Event e : events) {
      if (e.sessionId() != null && VISIT.contains(e.type())) {
        Visit before = bySession.remove(e.sessionId());
        bySession.put(e.sessionId(), new Visit(with(before, e.itemId()), now));
      }
    }
    forgetIdleAndOverflow(now);
  }

  private String[] with(Visit before, String item) {
    List<String> items = new ArrayList<>(maxEvents);
    items.add(item);
    for (int i = 0; before != null && i < before.items.length && items.size() < maxEvents; i++) {
      if (!before.items[i].equals(item)) {
        items.add(before.items[i]);
      }
    }
    return items.toArray(NONE);
  }

  private void forgetIdleAndOverflow(Instant now) {
    Iterator<Visit> oldestFirst = bySession.values().iterator();
    while (oldestFirst.hasNext()) {
      Visit visit = oldestFirst.next();
      if (bySession.size() <= maxSessions && !expired(visit, now)) {
        break;
      }
      oldestFirst.remove();
    }
  }

  private boolean expired(Visit visit, Instant now) {
    return !visit.lastActive.plus(idle).isAfter(now);
  }

  /** The session's items in this visit, latest first; empty when unknown, null or idle too long. */
  public synchronized String[] recentItems(String sessionId) {
    Visit visit = sessionId == null ? null : bySession.get(sessionId);
    if (visit == null) {
      return NONE;
    }
    if (expired(visit, clock.instant())) {
      bySession.remove(sessionId);
      return NONE;
    }
    return visit.items.clone();
  }

  public synchronized int sessionCount() {
    return bySession.size();
  }
}
