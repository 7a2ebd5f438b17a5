package dev.tandem.ingest;

import java.io.IOException;
import java.nio.file.Path;

final class MappedPreset extends Preset {
  private final ColumnMapping mapping;
  private final String name;

  MappedPreset(ColumnMapping mapping, String name) {
    this.mapping = mapping;
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  void read(Path source, Intake intake) throws IOException {
    throw new SourceException("not yet " + mapping);
  }
}
