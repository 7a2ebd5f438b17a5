package dev.tandem.recommend.hybrid;

import dev.tandem.recommend.PersistentRecommender;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.Recommender;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A blend's component in a model file: its provenance, then its own state. */
final class ComponentFiles {
  private ComponentFiles() {}

  /** Writes a component; {@code label} names it in the error when it cannot be saved. */
  static void write(DataOutput out, Recommender component, String label) throws IOException {
    if (!(component instanceof PersistentRecommender persistent)) {
      throw new IOException(label + " (" + component.provenance().algorithm()
          + ") cannot be saved");
    }
    writeProvenance(out, persistent.provenance());
    persistent.writeState(out);
  }

  /** Reads a component with the reader of its algorithm; {@code owner} names the blend. */
  static Recommender read(DataInput in, Map<String, PersistentRecommender.Reader> readers,
      String owner) throws IOException {
    Provenance component = readProvenance(in);
    PersistentRecommender.Reader reader = readers.get(component.algorithm());
    if (reader == null) {
      throw new IOException("no reader for the " + owner + "'s '" + component.algorithm()
          + "' component; known: " + readers.keySet());
    }
    return reader.read(in, component);
  }

  private static void writeProvenance(DataOutput out, Provenance provenance) throws IOException {
    out.writeUTF(provenance.algorithm());
    out.writeInt(provenance.parameters().size());
    for (Map.Entry<String, String> p : new java.util.TreeMap<>(provenance.parameters())
        .entrySet()) {
      out.writeUTF(p.getKey());
      out.writeUTF(p.getValue());
    }
    out.writeUTF(provenance.dataFingerprint());
    out.writeLong(provenance.seed());
    out.writeUTF(provenance.version());
  }

  private static Provenance readProvenance(DataInput in) throws IOException {
    String algorithm = in.readUTF();
    int count = in.readInt();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      parameters.put(in.readUTF(), in.readUTF());
    }
    return new Provenance(algorithm, parameters, in.readUTF(), in.readLong(), in.readUTF());
  }
}
