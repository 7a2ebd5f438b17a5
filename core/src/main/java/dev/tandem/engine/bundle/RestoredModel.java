package dev.tandem.engine.bundle;

import dev.tandem.engine.EngineModel;
import dev.tandem.recommend.factors.ImplicitAlsModel;

/** A model and its factors read back from a verified bundle, with the bundle's manifest. */
public record RestoredModel(
    EngineModel model, ImplicitAlsModel factors, BundleManifest manifest, long loadMillis) {}
