package dev.tandem.sparkpeer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/data/fimi} by walking up from the working directory. */
public final class FimiFiles {
  private FimiFiles() {}

  public static Optional<Path> directory() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path fimi = dir.resolve("shared").resolve("data").resolve("fimi");
      if (Files.isRegularFile(fimi.resolve("retail.dat.gz"))
          && Files.isRegularFile(fimi.resolve("chess.dat.gz"))) {
        return Optional.of(fimi);
      }
    }
    return Optional.empty();
  }
}
