package dev.tandem.engine.bundle;

import dev.tandem.engine.EngineModel;

/** A model read back from a verified bundle, with the bundle's manifest. */
public record RestoredModel(EngineModel model, BundleManifest manifest, long loadMillis) {}
