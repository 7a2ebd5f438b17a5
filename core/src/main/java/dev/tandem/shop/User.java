package dev.tandem.shop;

import java.util.Map;

/**
 * A shopper known to the shop.
 *
 * @param id the shop's own customer id, never blank
 * @param attributes any further attributes (country, segment, ...), by name
 */
public record User(String id, Map<String, String> attributes) {
  public User {
    Require.id("user id", id);
    attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
  }

  public static User of(String id) {
    return new User(id, Map.of());
  }
}
