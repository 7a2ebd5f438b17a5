package dev.tandem.evaluation.protocol;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The real data sets for tests, read once per JVM. The bundled Online Retail file must be there;
 * FIMI retail.dat lives in {@code shared/data} beside the project: tests skip without it, except
 * with {@code CI=true}, where they fail (CI has it).
 */
public final class RealData {
  private static OnlineRetail onlineRetail;

  private RealData() {}

  public static synchronized OnlineRetail onlineRetail() {
    if (onlineRetail == null) {
      onlineRetail = OnlineRetail.read(
          DataFiles.require(DataFiles.onlineRetail(), DataFiles.ONLINE_RETAIL));
    }
    return onlineRetail;
  }

  /** retail.dat.gz, or the test is skipped (failed on CI) with a message saying where to put it. */
  public static Path fimiRetail() {
    Optional<Path> file = DataFiles.fimiRetail();
    String message = DataFiles.FIMI_RETAIL + " not found above " + Path.of("").toAbsolutePath();
    if (file.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true: the data must be there)");
    }
    assumeTrue(file.isPresent(), message + ": skipped");
    return file.get();
  }

  /** The Olist folder, or the test is skipped (failed on CI) with a message saying where. */
  public static Path olist() {
    Optional<Path> folder = DataFiles.olist();
    String message = DataFiles.OLIST_ITEMS + " not found above " + Path.of("").toAbsolutePath();
    if (folder.isEmpty() && "true".equals(System.getenv("CI"))) {
      fail(message + " (CI=true: the data must be there)");
    }
    assumeTrue(folder.isPresent(), message + ": skipped");
    return folder.get();
  }
}
