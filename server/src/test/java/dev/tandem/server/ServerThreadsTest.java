package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code threads} setting: validated, and a fixed pool of that many request threads. */
class ServerThreadsTest {

  @Test
  void threads_defaultToJavalinsPool_andComeFromTheEnvironment() {
    assertThat(ServerConfig.from(Map.of()).threads()).isZero();
    assertThat(ServerConfig.load(null, Map.of("TANDEM_THREADS", "16")).threads()).isEqualTo(16);
  }

  @Test
  void threads_belowWhatJettyNeedsOrNotANumber_areMistakes() {
    for (String wrong : new String[] {"4", "-1", "1001", "many"}) {
      assertThatThrownBy(() -> ServerConfig.from(Map.of("threads", wrong)))
          .as("threads = %s", wrong).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threads must be");
    }
  }

  @Test
  void fixedPool_servesWithAtMostThatManyRequestThreads() throws Exception {
    Path dir = Files.createTempDirectory("tandem-threads");
    ServerConfig config = ServerConfig.from(Map.of("port", "0", "threads", "8",
        "store", dir.resolve("shop.db").toString()));
    try (TandemServer server = ServerMain.start(config)) {
      Http http = new Http(server.port());
      for (int i = 0; i < 20; i++) {
        assertThat(http.get("/health", null).status()).isEqualTo(200);
      }
      long pool = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().startsWith(TandemServer.HTTP_THREADS)).count();
      assertThat(pool).isBetween(1L, 8L);
    }
  }
}
