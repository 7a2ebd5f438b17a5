package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.server.ApiKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code tandem serve}'s own options (the server itself is tested in the server module). */
class ServeCommandTest {

  private static Map<String, String> options(String... args) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs(args);
    return serve.options();
  }

  @Test
  void hashKey_printsTheSha256ForAKeyLine() {
    CommandLineRun run = CommandLineRun.of("serve", "--hash-key", "storefront-secret");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo(ApiKeys.hash("storefront-secret")).hasSize(64);
  }

  @Test
  void options_layTheCommandLineOverTheFile() {
    assertThat(options("--store", "shop.db", "--port", "9000"))
        .containsEntry("store", "shop.db").containsEntry("port", "9000").doesNotContainKey("host");
    // with a file and no --store, the file's store is kept
    assertThat(options("--config", "server.properties")).doesNotContainKey("store");
    assertThat(options("--config", "server.properties", "--store", "other.db"))
        .containsEntry("store", "other.db");
    assertThat(options()).containsEntry("store", StoreOption.DEFAULT);
  }
}
