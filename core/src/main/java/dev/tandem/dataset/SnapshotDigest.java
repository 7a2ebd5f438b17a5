package dev.tandem.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over every array of a {@link Snapshot}: the ids (items, shoppers, baskets, categories),
 * the item columns, the baskets' shoppers and times, every event column and both matrices. Two
 * snapshots with equal digests hold the same data in the same order, so benchmark runs and stores
 * can be compared for identical content. Reads the snapshot through its public accessors only.
 */
public final class SnapshotDigest {
  private final MessageDigest sha;
  private final ByteBuffer buffer = ByteBuffer.allocate(8);

  private SnapshotDigest() {
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The lowercase hex SHA-256 of the snapshot's content. */
  public static String of(Snapshot snapshot) {
    SnapshotDigest digest = new SnapshotDigest();
    digest.ids(snapshot.items());
    digest.ids(snapshot.users());
    digest.ids(snapshot.baskets());
    digest.ids(snapshot.categories());
    digest.itemColumns(snapshot);
    digest.basketColumns(snapshot);
    digest.events(snapshot.events());
    digest.matrix(snapshot.userItems());
    digest.matrix(snapshot.basketItems());
    return HexFormat.of().formatHex(digest.sha.digest());
  }

  private void ids(IdIndex ids) {
    putLong(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      text(ids.idOf(i));
    }
  }

  private void itemColumns(Snapshot snapshot) {
    for (int item = 0; item < snapshot.itemCount(); item++) {
      text(snapshot.itemTitle(item));
      putLong(Double.doubleToLongBits(snapshot.itemPrice(item)));
      putLong(snapshot.itemCategory(item));
    }
  }

  private void basketColumns(Snapshot snapshot) {
    for (int basket = 0; basket < snapshot.basketCount(); basket++) {
      putLong(snapshot.basketUser(basket));
      putLong(snapshot.basketTime(basket));
    }
  }

  private void events(EventColumns events) {
    putLong(events.size());
    for (int e = 0; e < events.size(); e++) {
      putLong(events.user(e));
      putLong(events.item(e));
      putLong(events.basket(e));
      putLong(events.type(e).ordinal());
      putLong(events.quantity(e));
      putLong(Float.floatToIntBits(events.unitPrice(e)));
      putLong(events.time(e));
    }
  }

  private void matrix(CsrMatrix matrix) {
    putLong(matrix.rowCount());
    putLong(matrix.columnCount());
    for (int row = 0; row < matrix.rowCount(); row++) {
      putLong(matrix.rowEnd(row));
    }
    for (int p = 0; p < matrix.nonZeroCount(); p++) {
      putLong(matrix.columnAt(p));
      putLong(Float.floatToIntBits(matrix.valueAt(p)));
    }
  }

  private void text(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    putLong(bytes.length);
    sha.update(bytes);
  }

  private void putLong(long value) {
    buffer.clear();
    sha.update(buffer.putLong(value).array());
  }
}
