package dev.tandem.engine.bundle;

import dev.tandem.dataset.Snapshot;
import dev.tandem.dataset.SnapshotState;
import dev.tandem.engine.EngineModel;
import dev.tandem.engine.EngineSettings;
import dev.tandem.rules.AssociationModel;
import dev.tandem.rules.AssociationState;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A bundle's data file: a header (magic, format) then what an {@link EngineModel} cannot cheaply
 * rebuild: its snapshot as read from the store and its association rules as mined. Reading rebuilds
 * the rest (types, counts, the relation judge, histories) with {@link EngineModel#restore}.
 */
final class EngineModelFile {
  static final String MAGIC = "TANDEM-ENGINE-BUNDLE";

  private EngineModelFile() {}

  /** Writes the model to {@code file}, forced to disk; returns its size and SHA-256. */
  static Written write(EngineModel model, Path file) throws IOException {
    MessageDigest sha256 = sha256();
    try (FileOutputStream stream = new FileOutputStream(file.toFile())) {
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          new DigestOutputStream(stream, sha256), 1 << 16));
      out.writeUTF(MAGIC);
      out.writeInt(BundleManifest.FORMAT);
      SnapshotState.write(model.snapshot(), out);
      AssociationState.write(model.associations(), out);
      out.flush();
      stream.getChannel().force(true);
      return new Written(stream.getChannel().size(), HexFormat.of().formatHex(sha256.digest()));
    }
  }

  record Written(long bytes, String sha256) {}

  /** The SHA-256 of a file, read once. */
  static String checksum(Path file) throws IOException {
    MessageDigest sha256 = sha256();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha256.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** Reads a model whose checksum was verified; the rebuilt parts use {@code settings}. */
  static EngineModel read(Path file, EngineSettings settings) throws IOException {
    try (InputStream stream = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException("not a Tandem engine bundle");
      }
      int format = in.readInt();
      if (format != BundleManifest.FORMAT) {
        throw new IOException("bundle format " + format + "; this Tandem reads format "
            + BundleManifest.FORMAT);
      }
      Snapshot snapshot = SnapshotState.read(in);
      AssociationModel associations = AssociationState.read(in);
      return EngineModel.restore(snapshot, settings, associations);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java lacks SHA-256", e);
    }
  }
}
