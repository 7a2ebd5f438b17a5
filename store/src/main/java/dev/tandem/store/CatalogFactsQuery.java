package dev.tandem.store;

import dev.tandem.dataset.IdIndex;
import dev.tandem.engine.businessrules.CatalogFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Reads the items' stock and unit cost into {@link CatalogFacts}, indexed like a snapshot's items:
 * a NULL stock is "not tracked" (-1), a NULL cost "unknown" (NaN); items the store has and the
 * index does not are ignored, items the index has and the store does not stay unknown.
 */
final class CatalogFactsQuery {
  private static final String ITEMS = "select id, stock, cost from items";

  private CatalogFactsQuery() {}

  static CatalogFacts read(Connection connection, IdIndex items) throws SQLException {
    int[] stock = new int[items.size()];
    double[] cost = new double[items.size()];
    Arrays.fill(stock, -1);
    Arrays.fill(cost, Double.NaN);
    try (PreparedStatement select = connection.prepareStatement(ITEMS);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        int item = items.indexOf(row.getString(1));
        if (item >= 0) {
          int units = row.getInt(2);
          stock[item] = row.wasNull() ? -1 : units;
          double unitCost = row.getDouble(3);
          cost[item] = row.wasNull() ? Double.NaN : unitCost;
        }
      }
    }
    return CatalogFacts.of(stock, cost);
  }
}
