package dev.tandem.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rejects file (CSV: file, line, field, reason, detail, raw) and the count per reason. With
 * no file, rejections are only counted.
 */
final class Rejects implements AutoCloseable {
  static final String HEADER = "file,line,field,reason,detail,raw";
  private final Writer out;
  private final Map<String, long[]> byReason = new TreeMap<>();
  private long total;

  private boolean closed;

  Rejects(Path file) {
    try {
      this.out = file == null ? null : open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejects file " + file, e);
    }
  }

  private static Writer open(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write(HEADER);
    writer.write('\n');
    return writer;
  }

  void add(String file, long line, Problem problem, String raw) {
    byReason.computeIfAbsent(problem.reason(), k -> new long[1])[0]++;
    total++;
    if (out == null) {
      return;
    }
    try {
      out.write(csv(file) + ',' + line + ',' + csv(problem.field()) + ',' + csv(problem.reason())
          + ',' + csv(problem.detail()) + ',' + csv(raw) + '\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rejects file", e);
    }
  }

  static String csv(String value) {
    if (value == null) {
      return "";
    }
    boolean plain = true;
    for (int i = 0; i < value.length() && plain; i++) {
      char c = value.charAt(i);
      plain = c != ',' && c != '"' && c != '\n' && c != '\r';
    }
    return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
  }

  long total() {
    return total;
  }

  Map<String, Long> byReason() {
    Map<String, Long> counts = new TreeMap<>();
    byReason.forEach((reason, count) -> counts.put(reason, count[0]));
    return counts;
  }

  @Override
  public void close() throws IOException {
    if (out != null && !closed) {
      closed = true;
      out.close();
    }
  }
}
