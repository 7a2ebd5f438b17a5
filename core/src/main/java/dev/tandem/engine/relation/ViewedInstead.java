package dev.tandem.engine.relation;

import dev.tandem.dataset.EventColumns;
import dev.tandem.dataset.Snapshot;
import dev.tandem.shop.EventType;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Substitute evidence from browsing, when the shop sends view events: in a session (a known
 * shopper's events with no gap longer than {@code gapMillis}), two items both viewed and exactly
 * one of them bought were "chosen instead of each other"; both viewed and both bought count
 * against. Only the first 50 distinct items viewed in a session are paired. Immutable.
 */
public final class ViewedInstead {
  /** Sessions end after 30 minutes without an event. */
  public static final long DEFAULT_GAP_MILLIS = 30 * 60 * 1000L;

  static final int MAX_VIEWS = 50;
  private static final ViewedInstead NONE =
      new ViewedInstead(new Long2IntOpenHashMap(), new Long2IntOpenHashMap());

  private final Long2IntOpenHashMap chosenInstead;
  private final Long2IntOpenHashMap boughtBoth;

  private ViewedInstead(Long2IntOpenHashMap chosenInstead, Long2IntOpenHashMap boughtBoth) {
    this.chosenInstead = chosenInstead;
    this.boughtBoth = boughtBoth;
  }

  /** No browsing evidence (a shop without view events). */
  public static ViewedInstead none() {
    return NONE;
  }

  public static ViewedInstead of(Snapshot snapshot) {
    return of(snapshot, DEFAULT_GAP_MILLIS);
  }

  public static ViewedInstead of(Snapshot snapshot, long gapMillis) {
    ViewedInstead counts =
        new ViewedInstead(new Long2IntOpenHashMap(), new Long2IntOpenHashMap());
    Session[] sessions = new Session[snapshot.userCount()];
    EventColumns events = snapshot.events();
    boolean anyView = false;
    for (int e = 0; e < events.size(); e++) {
      int user = events.user(e);
      EventType type = events.type(e);
      if (user < 0 || (type != EventType.VIEW && type != EventType.PURCHASE)) {
        continue;
      }
      anyView |= type == EventType.VIEW;
      Session session = sessions[user];
      if (session == null || events.time(e) - session.last > gapMillis) {
        if (session != null) {
          counts.add(session);
        }
        session = new Session();
        sessions[user] = session;
      }
      session.add(events.item(e), type == EventType.VIEW, events.time(e));
    }
    for (Session session : sessions) {
      if (session != null) {
        counts.add(session);
      }
    }
    return anyView ? counts : NONE;
  }

  private void add(Session session) {
    if (session.bought.isEmpty()) {
      return;
    }
    int[] viewed = session.viewed.toIntArray();
    for (int i = 0; i < viewed.length; i++) {
      for (int j = i + 1; j < viewed.length; j++) {
        boolean a = session.bought.contains(viewed[i]);
        boolean b = session.bought.contains(viewed[j]);
        if (a != b) {
          chosenInstead.addTo(key(viewed[i], viewed[j]), 1);
        } else if (a) {
          boughtBoth.addTo(key(viewed[i], viewed[j]), 1);
        }
      }
    }
  }

  static long key(int a, int b) {
    return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
  }

  /** Sessions where both were viewed and exactly one bought. */
  public int chosenInstead(int a, int b) {
    return chosenInstead.get(key(a, b));
  }

  /** Sessions where both were viewed and both bought. */
  public int boughtBoth(int a, int b) {
    return boughtBoth.get(key(a, b));
  }

  public boolean isEmpty() {
    return chosenInstead.isEmpty() && boughtBoth.isEmpty();
  }

  /** One shopper's session in progress. */
  private static final class Session {
    final IntArrayList viewed = new IntArrayList();
    final IntOpenHashSet bought = new IntOpenHashSet();
    long last;

    void add(int item, boolean view, long time) {
      last = time;
      if (!view) {
        bought.add(item);
      } else if (viewed.size() < MAX_VIEWS && !viewed.contains(item)) {
        viewed.add(item);
      }
    }
  }
}
