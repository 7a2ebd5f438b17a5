package dev.tandem.server;

import dev.tandem.engine.bundle.Bundle;
import dev.tandem.engine.bundle.BundleManifest;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Operations.
 *
 * <ul>
 *   <li>{@code GET /health}: 200 while the process serves HTTP;
 *   <li>{@code GET /ready}: 200 once a model serves, else 503;
 *   <li>{@code GET /metrics}: Prometheus text;
 *   <li>{@code GET /openapi.json}: this API's OpenAPI 3.1 description;
 *   <li>{@code GET /models} (read): the serving and the previous model, and the saved bundles
 *       (newest first, each usable or with the problem that rules it out);
 *   <li>{@code POST /models/train} (admin): retrain in the background now, 202;
 *   <li>{@code POST /models/rollback} (admin): serve the previous model again (from its bundle
 *       after a restart), 409 if none.
 * </ul>
 */
final class OperationsEndpoints {
  private final Models models;
  private final ServerMetrics metrics;
  private final byte[] openApi;

  OperationsEndpoints(Models models, ServerMetrics metrics) {
    this.models = models;
    this.metrics = metrics;
    this.openApi = resource("/openapi.json");
  }

  void health(Context ctx) {
    Json.send(ctx, 200, Map.of("status", "up"));
  }

  void ready(Context ctx) {
    if (models.current().isPresent()) {
      Json.send(ctx, 200, Map.of("status", "ready", "modelVersion", models.current().get().version()));
    } else {
      Json.send(ctx, 503, Map.of("status", "training the first model"));
    }
  }

  void metrics(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  void listModels(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serving", models.current().map(this::describe).orElse(null));
    body.put("previous", models.previous().map(this::describe).orElse(null));
    body.put("bundles", models.bundles().stream().map(OperationsEndpoints::describeBundle).toList());
    Json.send(ctx, 200, body);
  }

  void train(Context ctx) {
    models.trainInBackground();
    Json.send(ctx, 202, Map.of("status", "training started; GET /models shows the new version when done"));
  }

  void rollBack(Context ctx) {
    if (!models.rollBack()) {
      throw new Problem(409, "Nothing to roll back to", "there is no previous model");
    }
    Json.send(ctx, 200, describe(models.current().orElseThrow()));
  }

  private Map<String, Object> describe(ServingModel model) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("origin", models.restored(model) ? "bundle" : "trained");
    out.put("version", model.version());
    out.put("trainedAt", model.trainedAt().toString());
    out.put("trainingMillis", model.trainingMillis());
    out.put("items", model.itemCount());
    out.put("rules", model.ruleCount());
    out.put("rulesStatus", model.status());
    out.put("dataFingerprint", model.fingerprint());
    return out;
  }

  private static Map<String, Object> describeBundle(Bundle bundle) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", bundle.version());
    out.put("directory", bundle.directory().toString());
    out.put("usable", bundle.usable());
    if (bundle.problem() != null) {
      out.put("problem", bundle.problem());
    }
    BundleManifest manifest = bundle.manifest();
    if (manifest != null) {
      out.put("createdAt", manifest.createdAt().toString());
      out.put("dataFingerprint", manifest.dataFingerprint());
      out.put("events", manifest.events());
      out.put("items", manifest.items());
      out.put("rules", manifest.rules());
      out.put("bytes", manifest.dataBytes());
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = OperationsEndpoints.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the server's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
