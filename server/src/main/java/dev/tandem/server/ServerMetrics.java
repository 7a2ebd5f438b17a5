package dev.tandem.server;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * Prometheus metrics through Micrometer: a latency histogram per endpoint and status, events
 * ingested, the serving model's version and age.
 */
final class ServerMetrics {
  private static final String STARTED = "tandem.started";
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter eventsIngested;

  ServerMetrics(Models models, Clock clock) {
    eventsIngested = Counter.builder("tandem.events.ingested")
        .description("events committed through POST /events").register(registry);
    Gauge.builder("tandem.model.version", models,
            m -> m.current().map(ServingModel::version).orElse(0))
        .description("version of the serving model (0: none yet)").register(registry);
    Gauge.builder("tandem.model.age.seconds", models,
            m -> m.current().map(s -> Duration.between(s.trainedAt(), clock.instant()).toSeconds())
                .orElse(-1L))
        .description("seconds since the serving model was trained").register(registry);
  }

  void started(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
  }

  void finished(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started == null) {
      return;
    }
    io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
    String endpoint = matched == null ? "unmatched" : matched.path;
    Timer.builder("tandem.http.requests")
        .tag("method", ctx.method().name())
        .tag("endpoint", endpoint)
        .tag("status", Integer.toString(ctx.statusCode()))
        .publishPercentileHistogram()
        .register(registry)
        .record(Duration.ofNanos(System.nanoTime() - started));
  }

  void eventsIngested(int count) {
    eventsIngested.increment(count);
  }

  String scrape() {
    return registry.scrape();
  }
}
