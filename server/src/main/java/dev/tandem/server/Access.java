package dev.tandem.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Checks the API key of every request against the role its endpoint needs: none for health,
 * readiness, metrics and the API description; read for GETs and cart recommendations; write for
 * data; admin for models and erasure. The key comes as {@code Authorization: Bearer KEY} or {@code
 * X-Api-Key: KEY}. With no keys configured (allowed on a loopback address only) every request is
 * admin.
 */
final class Access {
  private static final Set<String> OPEN = Set.of("/health", "/ready", "/metrics", "/openapi.json");
  private final ApiKeys keys;

  Access(ApiKeys keys) {
    this.keys = keys;
  }

  void check(Context ctx) {
    if (ctx.method() == HandlerType.OPTIONS || OPEN.contains(ctx.path())) {
      return;
    }
    Role needed = needed(ctx.method(), ctx.path());
    if (keys.size() == 0) {
      return;
    }
    Role role = keys.roleOf(presentedKey(ctx)).orElseThrow(() -> {
      ctx.header("WWW-Authenticate", "Bearer");
      return new Problem(401, "Unauthorized",
          "send a valid API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'");
    });
    if (!role.allows(needed)) {
      throw new Problem(403, "Forbidden",
          "this key has the role " + role.name().toLowerCase() + "; " + ctx.method() + " "
              + ctx.path() + " needs " + needed.name().toLowerCase());
    }
  }

  static Role needed(HandlerType method, String path) {
    if (path.startsWith("/models/") || method == HandlerType.DELETE) {
      return Role.ADMIN;
    }
    if (method == HandlerType.GET || path.equals("/carts/cross-sell")) {
      return path.endsWith("/export") ? Role.ADMIN : Role.READ;
    }
    return Role.WRITE;
  }

  private static String presentedKey(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7);
    }
    return ctx.header("X-Api-Key");
  }
}
