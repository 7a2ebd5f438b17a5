package dev.tandem.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Saves a model with {@link ModelFiles}, loads it back and checks it answers exactly the same. */
public final class RoundTrip {
  private RoundTrip() {}

  public static PersistentRecommender check(
      PersistentRecommender model, PersistentRecommender.Reader reader, List<Query> queries)
      throws IOException {
    return check(model, Map.of(model.provenance().algorithm(), reader), queries);
  }

  /** The same, the file's reader picked from {@code readers} by the algorithm it names. */
  public static PersistentRecommender check(PersistentRecommender model,
      Map<String, PersistentRecommender.Reader> readers, List<Query> queries) throws IOException {
    Path directory = Files.createTempDirectory("tandem-model");
    Path file = directory.resolve("model.bin");
    try {
      ModelFiles.save(file, model);
      PersistentRecommender loaded =
          ModelFiles.load(file, readers);
      assertThat(loaded.provenance()).isEqualTo(model.provenance());
      assertThat(loaded.sizeInBytes()).isEqualTo(model.sizeInBytes());
      int answered = 0;
      for (Query query : queries) {
        Recommendations expected = model.recommend(query, 10);
        Recommendations actual = loaded.recommend(query, 10);
        assertThat(actual.items()).as("%s", query).containsExactly(expected.items());
        for (int r = 0; r < expected.size(); r++) {
          assertThat(actual.score(r)).isEqualTo(expected.score(r));
        }
        answered += expected.size() > 0 ? 1 : 0;
      }
      assertThat(answered).as("queries the model answered").isPositive();
      return loaded;
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(directory);
    }
  }
}
