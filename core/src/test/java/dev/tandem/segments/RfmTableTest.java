package dev.tandem.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tandem.dataset.Snapshot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * RFM of real Online Retail customers, checked against values worked out from the raw file with a
 * separate script (same cleaning: product codes, positive prices; cancellations are returns): the
 * last invoice is 2011-12-09 12:50, so "as of" is one millisecond later.
 */
class RfmTableTest {

  private static void check(RfmTable rfm, Snapshot snapshot, String customer, double recency,
      int orders, double spent) {
    int row = rfm.rowOf(snapshot.users().indexOf(customer));
    assertThat(row).as(customer).isNotNegative();
    assertThat(rfm.recencyDays(row)).as(customer).isCloseTo(recency, offset(1e-6));
    assertThat(rfm.frequency(row)).as(customer).isEqualTo(orders);
    assertThat(rfm.monetary(row)).as(customer).isCloseTo(spent, offset(0.01));
  }

  @Test
  void ofAll_matchesHandComputedCustomers() {
    Snapshot snapshot = RetailData.snapshot();
    RfmTable rfm = RfmTable.ofAll(snapshot);
    assertThat(Instant.ofEpochMilli(rfm.asOf())).isEqualTo("2011-12-09T12:50:00.001Z");
    assertThat(rfm.size()).isEqualTo(4334);
    // 12346 bought 74,215 MEDIUM CERAMIC TOP STORAGE JAR on 2011-01-18 10:01 and returned them all
    check(rfm, snapshot, "12346", 325.11736111, 1, 0.0);
    // 12347: 7 invoices, the last on 2011-12-07 15:52
    check(rfm, snapshot, "12347", 1.87361111, 7, 4310.00);
    // 12348: 4 invoices, POSTAGE lines excluded (not a product code)
    check(rfm, snapshot, "12348", 74.98402778, 4, 1437.24);
    // 14646: the largest wholesaler
    check(rfm, snapshot, "14646", 1.02638889, 72, 278778.02);
  }

  @Test
  void of_ignoresEverythingFromTheInstantOn() {
    Snapshot snapshot = RetailData.snapshot();
    long asOf = Instant.parse("2011-01-01T00:00:00Z").toEpochMilli();
    RfmTable rfm = RfmTable.of(snapshot, asOf);
    // 17850 (first purchase 2010-12-01 08:26) is in; 12347's first invoice 2010-12-07 14:57 too
    assertThat(rfm.rowOf(snapshot.users().indexOf("17850"))).isNotNegative();
    // 18287 first bought on 2011-05-22: not a customer yet
    assertThat(rfm.rowOf(snapshot.users().indexOf("18287"))).isEqualTo(-1);
    for (int row = 0; row < rfm.size(); row++) {
      assertThat(rfm.recencyDays(row)).isPositive().isLessThanOrEqualTo(rfm.tenureDays(row));
      assertThat(rfm.tenureDays(row)).isLessThan(32);
    }
  }
}
