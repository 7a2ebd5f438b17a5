package dev.tandem.cli;

import dev.tandem.server.ApiKeys;
import dev.tandem.server.ServerConfig;
import dev.tandem.server.TandemServer;
import dev.tandem.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tandem serve}: the HTTP API on the store, until the process is stopped. */
@Command(
    mixinStandardHelpOptions = true,
    name = "serve",
    description = {
      "Serve the HTTP JSON API (cross-sell for an item or a cart, events, items, users, models,",
      "health, readiness, Prometheus metrics; GET /openapi.json describes it). The first model",
      "trains in the background; GET /ready answers 200 once it serves. Settings come from",
      "--config, then TANDEM_* environment variables, then these options."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--config", paramLabel = "FILE", description = "A server.properties file.")
  Path config;

  @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 = any free one).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 127.0.0.1).")
  String host;

  @Option(names = "--hash-key", paramLabel = "KEY",
      description = "Print the SHA-256 of a new API key for a key.NAME = ROLE:HASH line, and exit.")
  String hashKey;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** The command line's settings, laid over the file's and the environment's. */
  Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    // --store wins over the file, unless it only holds its default (then the file's store, if any)
    if (config == null || !StoreOption.DEFAULT.equals(store.location)) {
      options.put("store", store.location);
    }
    if (port != null) {
      options.put("port", port.toString());
    }
    if (host != null) {
      options.put("host", host);
    }
    return options;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (hashKey != null) {
      out.println(ApiKeys.hash(hashKey));
      return 0;
    }
    ServerConfig settings = ServerConfig.load(config, System.getenv(), options());
    TandemServer server = new TandemServer(settings, Store.open(settings.store()), Clock.systemUTC());
    server.start();
    String base = "http://" + settings.host() + ":" + server.port();
    out.println("Tandem serves " + settings.store() + " on " + base + " (Ctrl-C stops it); "
        + server.restoredVersion().map(v -> "model " + v + " from its saved bundle")
            .orElse("training the first model (GET /ready says when)"));
    out.println("On the demo store, try" + (settings.keys().size() > 0
        ? " (adding -H 'Authorization: Bearer KEY' with a key of the role each needs):" : ":"));
    CurlExamples.print(base, out);
    out.flush();
    return Serving.untilStopped(server);
  }
}
