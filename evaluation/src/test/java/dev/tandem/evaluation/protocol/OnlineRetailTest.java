package dev.tandem.evaluation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.recommend.Query;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cleaning and basket rules on a hand-made file. */
class OnlineRetailTest {
  private static final String HEADER =
      "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";

  private static OnlineRetail read(String rows) {
    return OnlineRetail.read(new StringReader(HEADER + rows));
  }

  @Test
  void read_dropsCancellationsAdjustmentsAndNonProducts() {
    OnlineRetail data = read(String.join("\n",
        "1,85123a,HEART,6,2010-12-01 08:26:00,2.55,17850.0,UK",
        "C2,85123A,HEART,-1,2010-12-01 09:00:00,2.55,17850.0,UK",
        "A3,B,Adjust bad debt,1,2011-08-12 14:50:00,-11062.06,,UK",
        "4,POST,POSTAGE,1,2010-12-01 09:00:00,18,12583.0,France",
        "5,22423,CAKESTAND,0,2010-12-01 09:00:00,12.75,,UK",
        "6,22423,CAKESTAND,1,2010-12-01 09:00:00,0,,UK",
        "7,123456,TOO LONG,1,2010-12-01 09:00:00,1,,UK",
        "8,\"22423\",\"CAKESTAND, REGENCY\",2,2010-12-02 10:00:00,12.75,,UK"));
    assertThat(data.rowsRead()).isEqualTo(8);
    assertThat(data.lines()).extracting(RetailLine::invoice).containsExactly("1", "8");
    assertThat(data.lines().get(0).item()).isEqualTo("85123A");
    assertThat(data.lines().get(0).customer()).isEqualTo("17850");
    assertThat(data.lines().get(1).customer()).isNull();
    assertThat(data.lines().get(1).title()).isEqualTo("CAKESTAND, REGENCY");
    assertThat(data.lines().get(1).revenue()).isEqualTo(25.5);
    assertThat(data.lines().get(1).time()).isEqualTo(OnlineRetail.epochMillis("2010-12-02 10:00:00"));
  }

  @Test
  void invoices_distinctItemsInOrderOfFirstAppearance() {
    OnlineRetail data = read(String.join("\n",
        "1,22423,A,1,2010-12-01 08:26:00,2,,UK",
        "1,85123A,B,2,2010-12-01 08:26:00,3,,UK",
        "1,22423,A,5,2010-12-01 08:26:00,1,,UK"));
    Invoice invoice = data.invoices().get(0);
    assertThat(invoice.size()).isEqualTo(2);
    assertThat(invoice.item(0)).isEqualTo("22423");
    assertThat(invoice.firstLines().get(0).revenue()).isEqualTo(2.0);
    assertThat(invoice.lines()).hasSize(3);
  }

  @Test
  void hiddenItem_positionQModSizeAndUnknownCartItemsLeftOut() {
    Map<String, Integer> index = Map.of("a", 0, "b", 1, "c", 2);
    List<String> basket = List.of("a", "x", "c");
    TestCase q0 = HiddenItem.query(0, basket, new double[] {1, 2, 3}, index);
    assertThat(q0.query()).isEqualTo(Query.forItems(2));
    assertThat(q0.relevant()).containsExactly(0);
    assertThat(q0.values()).containsExactly(1.0);
    TestCase q4 = HiddenItem.query(4, basket, new double[] {1, 2, 3}, index);
    assertThat(q4.query()).isEqualTo(Query.forItems(0, 2));
    assertThat(q4.relevant()).isEmpty();
    assertThat(q4.unseenRelevant()).isEqualTo(1);
    assertThat(q4.relevantCount()).isEqualTo(1);
  }
}
