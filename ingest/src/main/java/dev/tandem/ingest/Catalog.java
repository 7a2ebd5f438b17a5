package dev.tandem.ingest;

import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Items and users gathered from event rows (an export where each line repeats the item's title and
 * price, and the customer's attributes). One item per id: the most frequent price (ties: the
 * lower) and title (ties: alphabetical); its other fields, and a user's attributes, as first seen.
 */
final class Catalog {
  private final Map<String, Item> firstItems = new HashMap<>();
  private final Map<String, Tally> tallies = new HashMap<>();
  private final Map<String, User> users = new HashMap<>();

  void add(Item item) {
    firstItems.putIfAbsent(item.id(), item);
    Tally tally = tallies.computeIfAbsent(item.id(), k -> new Tally());
    tally.price(item.price());
    tally.text(item.title());
  }

  void add(User user) {
    users.putIfAbsent(user.id(), user);
  }

  /** Sends the gathered items and users, sorted by id. */
  void sendTo(Intake intake) {
    new TreeMap<>(firstItems).forEach((id, first) -> {
      Tally tally = tallies.get(id);
      intake.item(new Item(id, tally.commonText(), first.categoryPath(), first.brand(),
          tally.commonPrice(), first.currency(), first.cost(), first.stock(), first.attributes()));
    });
    new TreeMap<>(users).values().forEach(intake::user);
  }
}
