package dev.tandem.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.OnlineRetail;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSegmentsTest {

  private static CustomerSegments segments(int k, long seed) {
    Snapshot snapshot = RetailData.snapshot();
    return CustomerSegments.build(snapshot, SegmentSettings.defaults().withK(k).withSeed(seed),
        OnlineRetail.model().types());
  }

  @Test
  void build_onOnlineRetail_describesSegmentsThatAddUp() {
    CustomerSegments segments = segments(0, 42);
    assertThat(segments.size()).isBetween(3, 8);
    List<Segment> all = segments.segments();
    assertThat(all.stream().mapToInt(Segment::customers).sum()).isEqualTo(4334);
    assertThat(all.stream().mapToDouble(Segment::revenueShare).sum()).isCloseTo(1, offset(1e-9));
    for (int s = 1; s < all.size(); s++) {
      assertThat(all.get(s).revenueShare()).isLessThanOrEqualTo(all.get(s - 1).revenueShare());
    }
    Segment top = all.get(0);
    Segment last = all.get(all.size() - 1);
    assertThat(top.name()).isEqualTo("champions");
    assertThat(top.frequency().median()).isGreaterThan(last.frequency().median());
    assertThat(top.recencyDays().median()).isLessThan(last.recencyDays().median());
    assertThat(top.topTypes()).hasSize(3).doesNotContain("(other)");
    assertThat(segments.silhouette()).isBetween(0.25, 1.0);
  }

  @Test
  void build_sameSeedSameSegments() {
    CustomerSegments a = segments(5, 7);
    CustomerSegments b = segments(5, 7);
    assertThat(b.clustering().assignments()).containsExactly(a.clustering().assignments());
    assertThat(b.segments()).extracting(Segment::name)
        .containsExactlyElementsOf(a.segments().stream().map(Segment::name).toList());
    int user = RetailData.snapshot().users().indexOf("14646");
    assertThat(a.segments().get(a.segmentOf(user)).name()).isEqualTo("champions");
  }

  @Test
  void names_followTheCentroidRules() {
    assertThat(SegmentNames.base(-0.5, 1.2, 300)).isEqualTo("champions");
    assertThat(SegmentNames.base(-0.5, 0.2, 300)).isEqualTo("loyal");
    assertThat(SegmentNames.base(-0.5, -0.8, 60)).isEqualTo("new");
    assertThat(SegmentNames.base(-0.5, -0.8, 300)).isEqualTo("occasional");
    assertThat(SegmentNames.base(0.4, 0.9, 300)).isEqualTo("at risk");
    assertThat(SegmentNames.base(1.6, -0.5, 300)).isEqualTo("lapsed");
    assertThat(SegmentNames.base(0.5, -0.5, 300)).isEqualTo("fading");
    SegmentNames names = new SegmentNames();
    assertThat(names.name(-1, 1, 10)).isEqualTo("champions");
    assertThat(names.name(-1, 2, 10)).isEqualTo("champions 2");
  }
}
