package dev.tandem.server;

import dev.tandem.shop.Event;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /events} (role write): one event as a JSON object, or a batch as an array of at most
 * {@code max-batch}. All or nothing: if any event is invalid, nothing is stored and the 422 problem
 * lists each one with its index and reason. Otherwise the batch is committed to the store before
 * the 200 answer, which says how many were new and how many were already stored (ids are
 * idempotent).
 */
final class EventsEndpoint {
  private final EventJson reader;
  private final DurableEvents events;
  private final int maxBatch;

  EventsEndpoint(EventJson reader, DurableEvents events, int maxBatch) {
    this.reader = reader;
    this.events = events;
    this.maxBatch = maxBatch;
  }

  void post(Context ctx) {
    JsonNode body = Json.body(ctx);
    List<JsonNode> nodes = new ArrayList<>();
    if (body.isArray()) {
      body.forEach(nodes::add);
    } else {
      nodes.add(body);
    }
    if (nodes.isEmpty()) {
      throw Problem.badRequest("the batch is empty");
    }
    if (nodes.size() > maxBatch) {
      throw new Problem(413, "Batch too large",
          nodes.size() + " events in one request; at most " + maxBatch + " (max-batch)");
    }
    List<Event> accepted = parse(nodes);
    int added = events.add(accepted);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("received", accepted.size());
    answer.put("added", added);
    answer.put("alreadyStored", accepted.size() - added);
    Json.send(ctx, 200, answer);
  }

  private List<Event> parse(List<JsonNode> nodes) {
    List<Event> accepted = new ArrayList<>(nodes.size());
    List<Map<String, Object>> errors = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      try {
        accepted.add(reader.read(nodes.get(i)));
      } catch (IllegalArgumentException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("index", i);
        error.put("reason", e.getMessage());
        errors.add(error);
      }
    }
    if (!errors.isEmpty()) {
      throw new Problem(422, "Invalid events",
          errors.size() + " of " + nodes.size() + " events are invalid; nothing was stored", errors);
    }
    return accepted;
  }
}
