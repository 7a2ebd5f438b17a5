package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineModel;
import dev.tandem.recommend.Recommender;
import dev.tandem.recommend.factors.ImplicitAls;

/**
 * The engine model and the served factor model (implicit ALS, defaults) of the last snapshot asked
 * for, so the engine's rows of one report (the same training snapshot under several objectives)
 * build each once: the first row's training time holds the builds. Thread-safe.
 */
final class EngineModels {
  private static Snapshot snapshot;
  private static EngineModel model;
  private static Recommender factors;

  private EngineModels() {}

  static synchronized EngineModel of(Snapshot training) {
    if (snapshot != training) {
      model = EngineModel.build(training);
      factors = null;
      snapshot = training;
    }
    return model;
  }

  static synchronized Recommender factors(Snapshot training) {
    of(training);
    if (factors == null) {
      factors = ImplicitAls.defaults().train(training);
    }
    return factors;
  }
}
