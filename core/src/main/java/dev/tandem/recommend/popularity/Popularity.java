package dev.tandem.recommend.popularity;

import dev.tandem.recommend.PersistentRecommender;
import java.util.Map;

/** The popularity models' readers, by algorithm name, for {@code ModelFiles.load}. */
public final class Popularity {
  private Popularity() {}

  public static Map<String, PersistentRecommender.Reader> readers() {
    return Map.of(
        GlobalPopularity.ALGORITHM, PopularityModel.READER,
        TrendingPopularity.ALGORITHM, PopularityModel.READER,
        CategoryPopularity.ALGORITHM, CategoryPopularityModel.READER);
  }
}
