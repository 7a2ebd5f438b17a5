package dev.tandem.engine.bundle;

import dev.tandem.recommend.ModelFiles;
import dev.tandem.recommend.Provenance;
import dev.tandem.recommend.factors.ImplicitAls;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * A bundle's factor section: the implicit-ALS model serving folds carts and shoppers into, with its
 * provenance, so a restored model serves new shoppers and anonymous carts exactly as before the
 * restart without training the factors again. Its data fingerprint must be the snapshot's.
 */
final class FactorState {
  private FactorState() {}

  static void write(ImplicitAlsModel factors, DataOutput out) throws IOException {
    ModelFiles.writeProvenance(out, factors.provenance());
    factors.writeState(out);
  }

  static ImplicitAlsModel read(DataInput in, String snapshotFingerprint) throws IOException {
    Provenance provenance = ModelFiles.readProvenance(in);
    if (!ImplicitAls.ALGORITHM.equals(provenance.algorithm())) {
      throw new IOException("the factor section holds a '" + provenance.algorithm() + "' model");
    }
    if (!provenance.dataFingerprint().equals(snapshotFingerprint)) {
      throw new IOException("the factors were trained on data " + provenance.dataFingerprint()
          + ", the snapshot is " + snapshotFingerprint);
    }
    return (ImplicitAlsModel) ImplicitAlsModel.reader().read(in, provenance);
  }
}
