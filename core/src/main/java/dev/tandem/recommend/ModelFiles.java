package dev.tandem.recommend;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Versioned model files: a header (magic, format version, provenance) then the model's own state.
 * Saving writes a temporary file beside the target and moves it into place atomically, so a reader
 * never sees half a model. Loading checks the magic and version and says what is wrong.
 */
public final class ModelFiles {
  static final String MAGIC = "TANDEM-MODEL";
  /** 2: session-knn state carries its length and similarity powers. */
  static final int FORMAT_VERSION = 2;

  private ModelFiles() {}

  public static void save(Path file, PersistentRecommender model) {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
        writeHeader(out, model.provenance());
        model.writeState(out);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the model to " + file + ": " + e.getMessage(), e);
    }
  }

  /** Loads a model, choosing the reader by the algorithm named in the file's header. */
  public static PersistentRecommender load(Path file, Map<String, PersistentRecommender.Reader> readers) {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      Provenance provenance = readHeader(in, file);
      PersistentRecommender.Reader reader = readers.get(provenance.algorithm());
      if (reader == null) {
        throw new IllegalArgumentException(
            file + " holds a '" + provenance.algorithm() + "' model; known: " + readers.keySet());
      }
      return reader.read(in, provenance);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the model " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads only the header: what the file holds, without loading the model. */
  public static Provenance provenance(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      return readHeader(in, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + file + ": " + e.getMessage(), e);
    }
  }

  private static void writeHeader(DataOutputStream out, Provenance provenance) throws IOException {
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT_VERSION);
    writeProvenance(out, provenance);
  }

  /** Writes a provenance (algorithm, sorted parameters, fingerprint, seed, version). */
  public static void writeProvenance(java.io.DataOutput out, Provenance provenance)
      throws IOException {
    out.writeUTF(provenance.algorithm());
    out.writeInt(provenance.parameters().size());
    for (Map.Entry<String, String> p : new java.util.TreeMap<>(provenance.parameters()).entrySet()) {
      out.writeUTF(p.getKey());
      out.writeUTF(p.getValue());
    }
    out.writeUTF(provenance.dataFingerprint());
    out.writeLong(provenance.seed());
    out.writeUTF(provenance.version());
  }

  private static Provenance readHeader(DataInputStream in, Path file) throws IOException {
    String magic;
    try {
      magic = in.readUTF();
    } catch (IOException e) {
      magic = "";
    }
    if (!MAGIC.equals(magic)) {
      throw new IOException(file + " is not a Tandem model file");
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(
          file + " has model format " + version + "; this Tandem reads format " + FORMAT_VERSION);
    }
    return readProvenance(in);
  }

  /** Reads what {@link #writeProvenance} wrote. */
  public static Provenance readProvenance(java.io.DataInput in) throws IOException {
    String algorithm = in.readUTF();
    int count = in.readInt();
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      parameters.put(in.readUTF(), in.readUTF());
    }
    return new Provenance(algorithm, parameters, in.readUTF(), in.readLong(), in.readUTF());
  }
}
