package dev.tandem.evaluation.protocol;

import java.nio.file.Path;

/**
 * Where the protocols read their data; the Online Retail file is read once and shared by the
 * protocols built from it. Not thread-safe.
 */
public final class Sources {
  private final Path onlineRetailFile;
  private final Path fimiRetailFile;
  private final Path olistFolder;
  private OnlineRetail onlineRetail;

  /** Either path may be null: it is then looked for above the working directory when needed. */
  public Sources(Path onlineRetailFile, Path fimiRetailFile) {
    this(onlineRetailFile, fimiRetailFile, null);
  }

  /** Any path may be null: it is then looked for above the working directory when needed. */
  public Sources(Path onlineRetailFile, Path fimiRetailFile, Path olistFolder) {
    this.onlineRetailFile = onlineRetailFile;
    this.fimiRetailFile = fimiRetailFile;
    this.olistFolder = olistFolder;
  }

  /** All files found above the working directory. */
  public static Sources found() {
    return new Sources(null, null, null);
  }

  OnlineRetail onlineRetail() {
    if (onlineRetail == null) {
      Path file = onlineRetailFile != null ? onlineRetailFile
          : DataFiles.require(DataFiles.onlineRetail(), DataFiles.ONLINE_RETAIL);
      onlineRetail = OnlineRetail.read(file);
    }
    return onlineRetail;
  }

  Path fimiRetail() {
    return fimiRetailFile != null ? fimiRetailFile
        : DataFiles.require(DataFiles.fimiRetail(), DataFiles.FIMI_RETAIL);
  }

  Olist olist() {
    return Olist.read(olistFolder != null ? olistFolder
        : DataFiles.require(DataFiles.olist(), DataFiles.OLIST_ITEMS.getParent()));
  }
}
