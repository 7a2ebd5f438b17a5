package dev.tandem.evaluation.protocol;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the protocols' data by walking up from a start directory (the working directory by
 * default): the bundled {@code data/online_retail.csv.gz} of the project, and {@code
 * shared/data/fimi/retail.dat.gz} and {@code shared/data/olist/} beside the project.
 */
public final class DataFiles {
  public static final Path ONLINE_RETAIL = Path.of("data", "online_retail.csv.gz");
  public static final Path FIMI_RETAIL = Path.of("shared", "data", "fimi", "retail.dat.gz");
  public static final Path OLIST_ITEMS = Path.of("shared", "data", "olist", Olist.ITEMS);

  private DataFiles() {}

  public static Optional<Path> onlineRetail() {
    return find(ONLINE_RETAIL, Path.of(""));
  }

  public static Optional<Path> fimiRetail() {
    return find(FIMI_RETAIL, Path.of(""));
  }

  /** The Olist folder (the one holding its order items table). */
  public static Optional<Path> olist() {
    return find(OLIST_ITEMS, Path.of("")).map(Path::getParent);
  }

  /** The first {@code start/relative}, {@code start/../relative}, ... that is a file. */
  public static Optional<Path> find(Path relative, Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The file, or an exception saying where it was looked for. */
  public static Path require(Optional<Path> found, Path relative) {
    return found.orElseThrow(() -> new IllegalStateException(relative + " not found in "
        + Path.of("").toAbsolutePath() + " or any folder above it"));
  }
}
