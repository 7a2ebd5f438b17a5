package dev.tandem.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a source file, decompressing it when its first bytes are the gzip magic number. */
final class SourceFiles {
  private static final int BUFFER = 64 * 1024;

  private SourceFiles() {}

  static InputStream open(Path file, ByteCounter counter) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new SourceException("there is no file " + file);
    }
    InputStream raw =
        new BufferedInputStream(counter.counting(Files.newInputStream(file)), BUFFER);
    if (isGzip(raw)) {
      return new GZIPInputStream(raw, BUFFER);
    }
    return raw;
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1f && second == 0x8b;
  }

  /** Whether the file holds JSON Lines: by its name, else by its first non-blank byte. */
  static boolean looksLikeJsonLines(Path file, ByteCounter counter) throws IOException {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
        || name.endsWith(".ndjson.gz") || name.endsWith(".json") || name.endsWith(".json.gz")) {
      return true;
    }
    if (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".tsv")) {
      return false;
    }
    try (InputStream in = open(file, new ByteCounter())) {
      int b = in.read();
      while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB
          || b == 0xBF) {
        b = in.read();
      }
      return b == '{';
    }
  }
}
