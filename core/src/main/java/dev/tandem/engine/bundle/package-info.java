/**
 * Versioned model bundles on disk: each trained engine model is saved as one directory per version
 * ({@code v000012/}) holding the model's data file and a manifest (version, creation time, data
 * fingerprint, parameters, events seen, checksum). Bundles are written atomically (temporary
 * directory, fsync, rename), verified before use, and pruned to the last N; a server starts from the
 * newest bundle that verifies.
 */
package dev.tandem.engine.bundle;
