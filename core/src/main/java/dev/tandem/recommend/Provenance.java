package dev.tandem.recommend;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a model comes from: its algorithm, parameters (sorted by name), the fingerprint of the data
 * it was trained on, its seed and the Tandem version that trained it.
 */
public record Provenance(
    String algorithm, Map<String, String> parameters, String dataFingerprint, long seed,
    String version) {
  public static final String VERSION = "0.1.0";

  public Provenance {
    parameters = Map.copyOf(new TreeMap<>(parameters));
  }

  public static Provenance of(
      String algorithm, Map<String, ?> parameters, String dataFingerprint, long seed) {
    Map<String, String> text = new TreeMap<>();
    parameters.forEach((name, value) -> text.put(name, String.valueOf(value)));
    return new Provenance(algorithm, text, dataFingerprint, seed, VERSION);
  }

  /** Parameters in name order, as {@code name=value, ...}. */
  public String parametersText() {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(parameters)
        .forEach((n, v) -> text.append(text.isEmpty() ? "" : ", ").append(n).append('=').append(v));
    return text.toString();
  }
}
