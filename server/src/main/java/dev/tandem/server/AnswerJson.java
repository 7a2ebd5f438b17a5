package dev.tandem.server;

import dev.tandem.engine.pipeline.Offer;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes a recommendation answer straight to bytes with the shared mapper's streaming generator: no
 * maps or trees in between, and the same bytes as serialising the answer as maps would give
 * ({@code recommendationId}, {@code modelVersion}, {@code unknownItems} when any, {@code items};
 * per item its id, title, price or null, score, reason with source and finite measures, and the
 * sentence).
 */
final class AnswerJson {
  private static final SerializableString RECOMMENDATION_ID =
      new SerializedString("recommendationId");
  private static final SerializableString MODEL_VERSION = new SerializedString("modelVersion");
  private static final SerializableString UNKNOWN_ITEMS = new SerializedString("unknownItems");
  private static final SerializableString ITEMS = new SerializedString("items");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString PRICE = new SerializedString("price");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString SOURCE = new SerializedString("source");
  private static final SerializableString MEASURES = new SerializedString("measures");
  private static final SerializableString EXPLANATION = new SerializedString("explanation");

  private AnswerJson() {}

  /** The whole answer: id, model version, the cart's unknown items (when any) and the offers. */
  static byte[] answer(ServingModel model, String recommendationId, List<Offer> offers,
      List<String> unknown) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 384 * offers.size());
    try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
      json.writeStartObject();
      json.writeName(RECOMMENDATION_ID);
      json.writeString(recommendationId);
      json.writeName(MODEL_VERSION);
      json.writeNumber(model.version());
      if (!unknown.isEmpty()) {
        json.writeName(UNKNOWN_ITEMS);
        json.writeStartArray();
        for (String id : unknown) {
          json.writeString(id);
        }
        json.writeEndArray();
      }
      json.writeName(ITEMS);
      offers(json, model, offers);
      json.writeEndObject();
    }
    return out.toByteArray();
  }

  /** The offers alone, as a JSON array (what the item answer cache keeps). */
  static byte[] items(ServingModel model, List<Offer> offers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(384 * offers.size() + 2);
    try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
      offers(json, model, offers);
    }
    return out.toByteArray();
  }

  private static void offers(JsonGenerator json, ServingModel model, List<Offer> offers) {
    json.writeStartArray();
    for (Offer offer : offers) {
      offer(json, model, offer);
    }
    json.writeEndArray();
  }

  private static void offer(JsonGenerator json, ServingModel model, Offer offer) {
    json.writeStartObject();
    json.writeName(ID);
    json.writeString(model.itemId(offer.item()));
    json.writeName(TITLE);
    json.writeString(model.title(offer.item()));
    json.writeName(PRICE);
    double price = model.price(offer.item());
    if (Double.isFinite(price)) {
      json.writeNumber(price);
    } else {
      json.writeNull();
    }
    json.writeName(SCORE);
    json.writeNumber(Double.isFinite(offer.score()) ? offer.score() : 0.0);
    json.writeName(REASON);
    json.writeStartObject();
    json.writeName(SOURCE);
    json.writeString(offer.reason().source());
    json.writeName(MEASURES);
    measures(json, offer.reason().measures());
    json.writeEndObject();
    json.writeName(EXPLANATION);
    json.writeString(offer.reason().sentence());
    json.writeEndObject();
  }

  private static void measures(JsonGenerator json, Map<String, Double> measures) {
    json.writeStartObject();
    for (Map.Entry<String, Double> measure : measures.entrySet()) {
      if (Double.isFinite(measure.getValue())) {
        json.writeName(measure.getKey());
        json.writeNumber(measure.getValue());
      }
    }
    json.writeEndObject();
  }
}
