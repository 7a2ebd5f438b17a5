package dev.tandem.engine.bundle;

import java.nio.file.Path;

/**
 * One bundle directory as listed: its version, and either its manifest and no problem (usable as
 * far as a listing can tell; the checksum is verified on loading), or the problem that rules it out
 * ("no manifest: an unfinished write", "checksum mismatch", "rolled back").
 *
 * @param manifest the manifest, or null when it is missing or unreadable
 * @param problem why the bundle cannot serve, or null
 */
public record Bundle(int version, Path directory, BundleManifest manifest, String problem) {
  public boolean usable() {
    return problem == null;
  }
}
