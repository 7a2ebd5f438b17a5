package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.EventType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** Turns rows into events as a mapping's {@code events} section says. */
final class EventRows {
  private final ColumnMapping.Section section;
  private final BoundField id;
  private final BoundField type;
  private final BoundField user;
  private final BoundField session;
  private final BoundField order;
  private final BoundField item;
  private final BoundField quantity;
  private final BoundField unitPrice;
  private final BoundField rating;
  private final BoundField time;
  private final BoundField recommendation;
  private final TimeFormat times;
  private final Occurrences occurrences = new Occurrences();

  EventRows(ColumnMapping.Section section, ZoneId defaultZone, RowReader rows)
      throws SourceException {
    this.section = section;
    this.id = bind("id", rows);
    this.type = bind("type", rows);
    this.user = bind("user", rows);
    this.session = bind("session", rows);
    this.order = bind("order", rows);
    this.item = bind("item", rows);
    this.quantity = bind("quantity", rows);
    this.unitPrice = bind("unitPrice", rows);
    this.rating = bind("rating", rows);
    this.time = bind("time", rows);
    this.recommendation = bind("recommendation", rows);
    ColumnMapping.Field spec = time.spec();
    ZoneId zone = spec.zone() == null ? defaultZone : ZoneId.of(spec.zone());
    this.times = new TimeFormat(spec.format(), zone);
  }

  private BoundField bind(String field, RowReader rows) throws SourceException {
    return BoundField.bind(section.field(field), rows);
  }

  Event read(RowReader row) throws Rejected {
    String eventId = id.required(row);
    if (id.spec().occurrence()) {
      eventId = occurrences.next(eventId);
    }
    EventType eventType = type(row);
    Double stars = rating == null ? null : rating.decimal(row);
    if (eventType == EventType.RATING && stars == null) {
      throw new Rejected(rating == null ? "rating" : rating.label(), "missing value",
          "a rating event needs a rating value");
    }
    Instant when = times.parse(time.text(row), time.label());
    return new Event(eventId, eventType, text(user, row), text(session, row), text(order, row),
        item.required(row), quantity(row), price(row), stars, when, text(recommendation, row));
  }

  private static String text(BoundField field, RowReader row) {
    return field == null ? null : field.text(row);
  }

  private EventType type(RowReader row) throws Rejected {
    String word = type.required(row);
    Map<String, String> values = type.spec().values();
    String ours = values.getOrDefault(word, word);
    return EventType.fromWireName(ours).orElseThrow(() -> new Rejected(type.label(),
        "unknown event type", "'" + word + "' is not an event type; known: "
            + EventType.wireNames() + (values.isEmpty() ? "" : ", " + String.join(", ",
                values.keySet()))));
  }

  private int quantity(RowReader row) throws Rejected {
    Integer units = quantity == null ? null : quantity.integer(row);
    if (units == null) {
      return 1;
    }
    if (units <= 0) {
      throw new Rejected(quantity.label(), "non-positive quantity", "quantity " + units);
    }
    return units;
  }

  private Double price(RowReader row) throws Rejected {
    Double price = unitPrice == null ? null : unitPrice.decimal(row);
    if (price != null && price < 0) {
      throw new Rejected(unitPrice.label(), "negative price", "unit price " + price);
    }
    return price;
  }
}
