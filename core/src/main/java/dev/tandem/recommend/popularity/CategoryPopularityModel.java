package dev.tandem.recommend.popularity;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Query;
import dev.tandem.recommend.Recommendations;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Popularity within the query's categories first: the most popular items of those categories,
 * then the most popular of the rest. An item of those categories scores its count plus (the largest
 * count + 1), so scores stay in descending order. Immutable.
 */
public final class CategoryPopularityModel implements PersistentRecommender {
  /** Reads what {@link #writeState} wrote. */
  public static final Reader READER = CategoryPopularityModel::read;

  private final Provenance provenance;
  private final float[] counts;
  private final int[] categories;
  private final UserCategories userCategories;
  private final RankedItems ranked;
  private final float boost;

  CategoryPopularityModel(
      Provenance provenance, float[] counts, int[] categories, UserCategories userCategories) {
    this.provenance = provenance;
    this.counts = counts;
    this.categories = categories;
    this.userCategories = userCategories;
    this.ranked = new RankedItems(counts);
    float max = 0;
    for (float count : counts) {
      max = Math.max(max, count);
    }
    this.boost = max + 1;
  }

  @Override
  public Recommendations recommend(Query query, int k) {
    int[] wanted = wantedCategories(query);
    if (wanted.length == 0) {
      return ranked.top(query, k, item -> true);
    }
    IntPredicate inWanted = item -> Arrays.binarySearch(wanted, categories[item]) >= 0;
    int[] first = ranked.top(query, k, inWanted).items();
    int[] rest = ranked.top(query, k - first.length, inWanted.negate()).items();
    int[] items = Arrays.copyOf(first, first.length + rest.length);
    System.arraycopy(rest, 0, items, first.length, rest.length);
    float[] scores = new float[items.length];
    for (int r = 0; r < items.length; r++) {
      scores[r] = counts[items[r]] + (r < first.length ? boost : 0);
    }
    return new Recommendations(items, scores);
  }

  /** Sorted distinct categories of the query's items, else of the user's history. */
  private int[] wantedCategories(Query query) {
    int[] items = query.items();
    if (items.length == 0) {
      return userCategories.of(query.user());
    }
    return Arrays.stream(items).filter(i -> i >= 0 && i < categories.length)
        .map(i -> categories[i]).filter(c -> c >= 0).sorted().distinct().toArray();
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public long sizeInBytes() {
    return 32L + 4L * counts.length + 4L * categories.length + userCategories.sizeInBytes()
        + ranked.sizeInBytes();
  }

  @Override
  public void writeState(DataOutput out) throws IOException {
    ScoreArrays.write(out, counts);
    ScoreArrays.write(out, categories);
    ScoreArrays.write(out, userCategories.starts());
    ScoreArrays.write(out, userCategories.categories());
  }

  private static CategoryPopularityModel read(DataInput in, Provenance provenance)
      throws IOException {
    float[] counts = ScoreArrays.read(in);
    int[] categories = ScoreArrays.readInts(in);
    UserCategories users = new UserCategories(ScoreArrays.readInts(in), ScoreArrays.readInts(in));
    return new CategoryPopularityModel(provenance, counts, categories, users);
  }
}
