package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.factors.Ease;
import dev.tandem.recommend.factors.EaseModel;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import dev.tandem.recommend.neighbours.ItemKnn;
import dev.tandem.recommend.neighbours.ItemKnnModel;
import dev.tandem.recommend.neighbours.Rp3Beta;
import dev.tandem.recommend.neighbours.UserKnn;
import dev.tandem.recommend.neighbours.UserKnnModel;
import dev.tandem.recommend.popularity.Popularity;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.recommend.sessions.SessionKnnModel;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Every saved model's reader by algorithm name, for {@code ModelFiles.load(file,
 * ModelReaders.all())}: the file says which model it holds. It lives beside the blends because a
 * blend reads its components with the same map.
 */
public final class ModelReaders {
  private static final Map<String, PersistentRecommender.Reader> ALL = all(new HashMap<>());

  private ModelReaders() {}

  public static Map<String, PersistentRecommender.Reader> all() {
    return ALL;
  }

  private static Map<String, PersistentRecommender.Reader> all(
      Map<String, PersistentRecommender.Reader> readers) {
    Map<String, PersistentRecommender.Reader> view = Collections.unmodifiableMap(readers);
    readers.putAll(Popularity.readers());
    readers.put(ItemKnn.ALGORITHM, ItemKnnModel.reader());
    readers.put(Rp3Beta.ALGORITHM, Rp3Beta.reader());
    readers.put(UserKnn.ALGORITHM, UserKnnModel.reader());
    readers.put(SessionKnn.ALGORITHM, SessionKnnModel.reader());
    readers.put(Ease.ALGORITHM, EaseModel.reader());
    readers.put(ImplicitAls.ALGORITHM, ImplicitAlsModel.reader());
    readers.put(Hybrid.ALGORITHM, HybridModel.reader(view));
    readers.put(RankedHybrid.ALGORITHM, RankedHybridModel.reader(view));
    return view;
  }
}
