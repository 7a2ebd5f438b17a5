package dev.tandem.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The live-session settings: their defaults, overrides, and every mistake reported at once. */
class ServerConfigTest {

  @Test
  void sessions_haveDefaults() {
    assertThat(ServerConfig.from(Map.of()).sessions())
        .isEqualTo(new ServerConfig.Sessions(100_000, 20, 30));
  }

  @Test
  void sessions_areReadFromTheSettingsAndTheEnvironment() {
    ServerConfig config = ServerConfig.load(null, Map.of("TANDEM_SESSION_IDLE_MINUTES", "15"),
        Map.of("max-sessions", "500", "max-session-events", "8"));
    assertThat(config.sessions()).isEqualTo(new ServerConfig.Sessions(500, 8, 15));
  }

  @Test
  void badSessionSettings_areAllReportedAtOnce() {
    assertThatThrownBy(() -> ServerConfig.from(Map.of("max-sessions", "0",
        "max-session-events", "many", "session-idle-minutes", "-5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 mistake(s)")
        .hasMessageContaining("max-sessions")
        .hasMessageContaining("max-session-events")
        .hasMessageContaining("session-idle-minutes");
  }
}
