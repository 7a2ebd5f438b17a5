package dev.tandem.server;

import dev.tandem.store.Store;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Runs the server until the process is stopped: {@code ServerMain [CONFIG.properties]}, with
 * environment overrides ({@code TANDEM_PORT}, {@code TANDEM_STORE}, ...). Prints one line, {@code
 * listening on http://HOST:PORT}, once it serves. {@code tandem serve} runs the same.
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) throws InterruptedException {
    ServerConfig config;
    try {
      config = ServerConfig.load(args.length > 0 ? Path.of(args[0]) : null, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println("tandem serve: " + e.getMessage());
      System.exit(2);
      return;
    }
    TandemServer server = start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tandem-shutdown"));
    System.out.println("listening on http://" + config.host() + ":" + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }

  /** Opens the configured store and starts serving. */
  public static TandemServer start(ServerConfig config) {
    return new TandemServer(config, Store.open(config.store()), Clock.systemUTC()).start();
  }
}
