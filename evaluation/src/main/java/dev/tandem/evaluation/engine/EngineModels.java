package dev.tandem.evaluation.engine;

import dev.tandem.dataset.Snapshot;
import dev.tandem.engine.EngineModel;

/**
 * The engine model of the last snapshot asked for, so the engine's rows of one report (the same
 * training snapshot under several objectives) build it once: the first row's training time holds
 * the build. Thread-safe.
 */
final class EngineModels {
  private static Snapshot snapshot;
  private static EngineModel model;

  private EngineModels() {}

  static synchronized EngineModel of(Snapshot training) {
    if (snapshot != training) {
      model = EngineModel.build(training);
      snapshot = training;
    }
    return model;
  }
}
