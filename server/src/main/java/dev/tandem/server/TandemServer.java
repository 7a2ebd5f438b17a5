package dev.tandem.server;

import dev.tandem.engine.bundle.ModelBundles;
import dev.tandem.engine.live.LiveSessions;
import dev.tandem.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tandem HTTP server: one store, one model holder, the endpoints. {@link #start()} serves the
 * newest saved model bundle at once, or trains the first model in the background ({@code /ready}
 * says when recommendations are available); {@link #close()} stops serving and releases the store.
 */
public final class TandemServer implements AutoCloseable {
  /** The name of the request threads when {@code threads} fixes their number. */
  static final String HTTP_THREADS = "tandem-http";

  private static final Logger LOG = LoggerFactory.getLogger(TandemServer.class);
  private final ServerConfig config;
  private final Store store;
  private final Models models;
  private final ServerMetrics metrics;
  private final Javalin app;
  // futures of nothing: a future holding the first model would keep it in the heap for good
  private CompletableFuture<Void> firstModel;
  private CompletableFuture<Void> background;
  private Integer restoredVersion;

  public TandemServer(ServerConfig config, Store store, Clock clock) {
    requireKeysUnlessLoopback(config);
    this.config = config;
    this.store = store;
    this.models = new Models(store, config.businessRules(), clock,
        new ModelBundles(config.modelsDir(), config.keepBundles()));
    this.metrics = new ServerMetrics(models, clock);
    Access access = new Access(config.keys());
    LiveUpdates live = new LiveUpdates(models, new LiveSessions(clock, config.sessions().max(),
        config.sessions().maxEvents(), Duration.ofMinutes(config.sessions().idleMinutes())));
    EventsEndpoint events = new EventsEndpoint(new EventJson(clock),
        new DurableEvents(store, added -> {
          live.accept(added);
          metrics.eventsIngested(added.size());
        }), config.maxBatch());
    CrossSellEndpoints crossSell = new CrossSellEndpoints(live);
    CatalogEndpoints catalog = new CatalogEndpoints(store);
    ShopperEndpoints shoppers = new ShopperEndpoints(store);
    OperationsEndpoints operations = new OperationsEndpoints(models, metrics);
    this.app = Javalin.create(javalin -> {
      javalin.http.maxRequestSize = config.maxBodyBytes();
      javalin.startup.showJavalinBanner = false;
      if (config.threads() > 0) {
        QueuedThreadPool pool = new QueuedThreadPool(config.threads(), config.threads());
        pool.setName(HTTP_THREADS);
        javalin.jetty.threadPool = pool;
      }
      cors(javalin, config);
      javalin.routes.before(metrics::started);
      javalin.routes.before(access::check);
      javalin.routes.after(metrics::finished);
      javalin.routes.get("/health", operations::health);
      javalin.routes.get("/ready", operations::ready);
      javalin.routes.get("/metrics", operations::metrics);
      javalin.routes.get("/openapi.json", operations::openApi);
      javalin.routes.get("/models", operations::listModels);
      javalin.routes.post("/models/train", operations::train);
      javalin.routes.post("/models/rollback", operations::rollBack);
      javalin.routes.get("/items/{id}/cross-sell", crossSell::forItem);
      javalin.routes.post("/carts/cross-sell", crossSell::forCart);
      javalin.routes.get("/users/{id}/cross-sell", crossSell::forUser);
      javalin.routes.get("/items/{id}/up-sell", crossSell::upSell);
      javalin.routes.post("/events", events::post);
      javalin.routes.put("/items/{id}", catalog::putItem);
      javalin.routes.put("/users/{id}", catalog::putUser);
      javalin.routes.get("/users/{id}/export", shoppers::export);
      javalin.routes.delete("/users/{id}", shoppers::erase);
      problems(javalin);
    });
  }

  private static void cors(JavalinConfig javalin, ServerConfig config) {
    if (!config.corsOrigins().isEmpty()) {
      javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
        for (String origin : config.corsOrigins()) {
          rule.allowHost(origin);
        }
      }));
    }
  }

  private static void problems(JavalinConfig javalin) {
    javalin.routes.exception(Problem.class, (problem, ctx) -> send(ctx, problem));
    // Javalin's own refusals (no such endpoint, body too large) become problems too
    javalin.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus() == 404
        ? Problem.notFound("no endpoint " + ctx.method() + " " + ctx.path() + "; GET /openapi.json lists them")
        : new Problem(e.getStatus(), "Request refused", e.getMessage())));
    javalin.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
      send(ctx, new Problem(500, "Internal error",
          "the server could not answer; the error is in its log (" + e.getClass().getSimpleName() + ")"));
    });
    javalin.routes.error(405, "*", ctx -> send(ctx, new Problem(405, "Method not allowed",
        ctx.method() + " is not allowed on " + ctx.path())));
  }

  private static void send(io.javalin.http.Context ctx, Problem problem) {
    ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE)
        .result(Json.MAPPER.writeValueAsBytes(problem.document(ctx.path())));
  }

  private static void requireKeysUnlessLoopback(ServerConfig config) {
    if (config.keys().size() > 0) {
      return;
    }
    try {
      if (!InetAddress.getByName(config.host()).isLoopbackAddress()) {
        throw new IllegalArgumentException("no API keys are configured: the server may listen on "
            + config.host() + " only with keys (key.NAME = ROLE:SHA256); without keys, use host 127.0.0.1");
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("host '" + config.host() + "' is not a known address");
    }
  }

  /**
   * Serves now: from the newest good model bundle if there is one (then retrains in the background
   * only if the store changed since), else training the first model in the background.
   */
  public TandemServer start() {
    Optional<ServingModel> restored = models.restore();
    app.start(config.host(), config.port());
    if (restored.isPresent()) {
      restoredVersion = restored.get().version();
      firstModel = CompletableFuture.completedFuture(null);
      background = models.refreshInBackground().thenApply(model -> null);
    } else {
      firstModel = models.trainInBackground().thenApply(model -> null);
      background = firstModel;
    }
    models.retrainEvery(config.retrainMinutes());
    return this;
  }

  /** The version serving right after {@link #start()}: restored from a bundle, or empty. */
  public Optional<Integer> restoredVersion() {
    return Optional.ofNullable(restoredVersion);
  }

  /** Waits for the start-up's background work (first training, or the check for newer data). */
  TandemServer awaitStartUpWork() {
    background.join();
    return this;
  }

  /** Waits until the first model serves (for tests and the demo). */
  public TandemServer awaitReady() {
    firstModel.join();
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    models.close();
    store.close();
  }
}
