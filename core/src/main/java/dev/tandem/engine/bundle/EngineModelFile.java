package dev.tandem.engine.bundle;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotState;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.EngineSettings;
import dev.tandem.engine.relation.RelationState;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationState;
import java.io.DataInput;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A bundle's data file: a header (magic, format) then what an {@link EngineModel} cannot cheaply
 * rebuild: its snapshot as read from the store, its co-occurrence counts and complements, and its
 * association rules as mined, and the factor model serving folds carts into ({@link FactorState}).
 * Reading rebuilds the rest (types, sales counts, the relation judge,
 * histories) with {@link EngineModel#restore}.
 */
final class EngineModelFile {
  static final String MAGIC = "TANDEM-ENGINE-BUNDLE";

  private EngineModelFile() {}

  /** Writes the model to {@code file}, forced to disk; returns its size and SHA-256. */
  static Written write(EngineModel model, ImplicitAlsModel factors, Path file)
      throws IOException {
    MessageDigest sha256 = sha256();
    try (FileOutputStream stream = new FileOutputStream(file.toFile())) {
      BufferDataOutput out = new BufferDataOutput(new DigestOutputStream(stream, sha256));
      out.writeUTF(MAGIC);
      out.writeInt(BundleManifest.FORMAT);
      SnapshotState.write(model.snapshot(), out);
      RelationState.write(model.counts(), model.complements(), out);
      AssociationState.write(model.associations(), out);
      FactorState.write(factors, out);
      out.flush();
      stream.getChannel().force(true);
      return new Written(stream.getChannel().size(), HexFormat.of().formatHex(sha256.digest()));
    }
  }

  record Written(long bytes, String sha256) {}

  /**
   * Reads a model: maps the file, checks its SHA-256 against {@code sha256} (before parsing, so a
   * damaged length is never trusted), then reads it; the rebuilt parts use {@code settings}.
   */
  static Contents read(Path file, String sha256, EngineSettings settings) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (channel.size() > Integer.MAX_VALUE) {
        throw new IOException("bundles over 2 GB are not supported yet");
      }
      ByteBuffer data = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      MessageDigest digest = sha256();
      digest.update(data.duplicate());
      String actual = HexFormat.of().formatHex(digest.digest());
      if (!actual.equals(sha256)) {
        throw new IOException("checksum mismatch: the data file's SHA-256 is " + actual
            + ", the manifest says " + sha256);
      }
      return read(new BufferDataInput(data), settings);
    }
  }

  /** What a data file holds: the engine's model and its factor model. */
  record Contents(EngineModel model, ImplicitAlsModel factors) {}

  private static Contents read(DataInput in, EngineSettings settings) throws IOException {
    if (!MAGIC.equals(in.readUTF())) {
      throw new IOException("not a Tandem engine bundle");
    }
    int format = in.readInt();
    if (format != BundleManifest.FORMAT) {
      throw new IOException(
          "bundle format " + format + "; this Tandem reads format " + BundleManifest.FORMAT);
    }
    Snapshot snapshot = SnapshotState.read(in);
    RelationState.Tables relations = RelationState.read(in, snapshot);
    AssociationModel associations = AssociationState.read(in);
    ImplicitAlsModel factors = FactorState.read(in, snapshot.fingerprint());
    return new Contents(EngineModel.restore(snapshot, settings, relations.counts(),
        relations.complements(), associations), factors);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java lacks SHA-256", e);
    }
  }
}
