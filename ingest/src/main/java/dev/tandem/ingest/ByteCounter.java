package dev.tandem.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from source files (before decompression), for progress. */
final class ByteCounter {
  private long bytes;

  long bytes() {
    return bytes;
  }

  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytes++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n > 0) {
          bytes += n;
        }
        return n;
      }
    };
  }
}
