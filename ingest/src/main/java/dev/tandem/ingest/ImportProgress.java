package dev.tandem.ingest;

/** Told how an import is going, about every 50,000 rows and once at the end. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (rowsRead, bytesRead, totalBytes) -> {};

  /**
   * @param rowsRead rows read so far
   * @param bytesRead bytes of the source files read so far (compressed bytes for gzip)
   * @param totalBytes the size of the source files, 0 when unknown
   */
  void update(long rowsRead, long bytesRead, long totalBytes);
}
