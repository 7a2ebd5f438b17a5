package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.ModelFiles;
import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Recommender;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

/**
 * A blend's component in a model file: its provenance (as {@link ModelFiles} writes a model's), then
 * its own state.
 */
final class ComponentFiles {
  private ComponentFiles() {}

  /** Writes a component; {@code label} names it in the error when it cannot be saved. */
  static void write(DataOutput out, Recommender component, String label) throws IOException {
    if (!(component instanceof PersistentRecommender persistent)) {
      throw new IOException(label + " (" + component.provenance().algorithm()
          + ") cannot be saved");
    }
    ModelFiles.writeProvenance(out, persistent.provenance());
    persistent.writeState(out);
  }

  /** Reads a component with the reader of its algorithm; {@code owner} names the blend. */
  static Recommender read(DataInput in, Map<String, PersistentRecommender.Reader> readers,
      String owner) throws IOException {
    Provenance component = ModelFiles.readProvenance(in);
    PersistentRecommender.Reader reader = readers.get(component.algorithm());
    if (reader == null) {
      throw new IOException("no reader for the " + owner + "'s '" + component.algorithm()
          + "' component; known: " + readers.keySet());
    }
    return reader.read(in, component);
  }
}
