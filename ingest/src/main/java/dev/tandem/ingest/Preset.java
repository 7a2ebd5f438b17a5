package dev.tandem.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How to read one kind of export: a built-in preset ({@code online-retail}, {@code olist}) or a
 * shop's own {@link ColumnMapping}.
 */
public abstract class Preset {
  private static final List<String> KNOWN = List.of(OnlineRetailPreset.NAME, OlistPreset.NAME);

  Preset() {}

  /** The built-in preset of that name. */
  public static Preset named(String name) {
    String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    switch (key) {
      case OnlineRetailPreset.NAME:
        return new OnlineRetailPreset();
      case OlistPreset.NAME:
        return new OlistPreset();
      default:
        throw new IllegalArgumentException(
            "unknown preset '" + name + "'; known presets: " + String.join(", ", KNOWN)
                + " (or describe your own export with --mapping)");
    }
  }

  /** A preset that reads a shop's own export as the mapping describes. */
  public static Preset of(ColumnMapping mapping, String name) {
    return new MappedPreset(mapping, name);
  }

  /** The preset's name, or the mapping's, for the summary and the import history. */
  public abstract String name();

  /** Reads {@code source} (a file or a directory) into {@code intake}. */
  abstract void read(Path source, Intake intake) throws IOException;

  /** The size of what {@link #read} will read, for progress; the default sums a directory. */
  long totalBytes(Path source) {
    try (Stream<Path> files = Files.isDirectory(source) ? Files.list(source) : Stream.of(source)) {
      return files.filter(Files::isRegularFile).mapToLong(Preset::size).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
