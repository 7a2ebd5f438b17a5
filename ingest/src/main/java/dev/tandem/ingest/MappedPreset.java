package dev.tandem.ingest;

import dev.tandem.shop.Event;
import dev.tandem.shop.Item;
import dev.tandem.shop.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A shop's own export read as its {@link ColumnMapping} says: the items file, then the users file,
 * then the events file. When items or users have no file of their own and events read the same
 * file, they are gathered from the event rows (see {@link Catalog}).
 */
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
    boolean fromEvents = mapping.events() != null && mapping.events().file() == null;
    if (mapping.items() != null && !(fromEvents && mapping.items().file() == null)) {
      readItems(path(source, mapping.items(), "items"), intake);
    }
    if (mapping.users() != null && !(fromEvents && mapping.users().file() == null)) {
      readUsers(path(source, mapping.users(), "users"), intake);
    }
    if (mapping.events() != null) {
      readEvents(path(source, mapping.events(), "events"), intake, fromEvents);
    }
  }

  @Override
  long totalBytes(Path source) {
    java.util.Set<Path> files = new java.util.HashSet<>();
    for (ColumnMapping.Section section : new ColumnMapping.Section[] {
      mapping.items(), mapping.users(), mapping.events()}) {
      try {
        files.add(section == null ? null : path(source, section, "").toAbsolutePath());
      } catch (SourceException e) {
        // reported when read
      }
    }
    files.remove(null);
    return files.stream().mapToLong(Preset::size).sum();
  }

  private static Path path(Path source, ColumnMapping.Section section, String what)
      throws SourceException {
    boolean directory = Files.isDirectory(source);
    if (section.file() != null) {
      Path base = directory ? source : source.toAbsolutePath().getParent();
      return base.resolve(section.file());
    }
    if (directory) {
      throw new SourceException("the mapping's \"" + what + "\" names no \"file\", so the source"
          + " must be a file, but " + source + " is a directory");
    }
    return source;
  }

  private RowReader open(Path file, Intake intake) throws IOException {
    boolean jsonLines = mapping.format() != null ? mapping.format().equals("jsonl")
        : SourceFiles.looksLikeJsonLines(file, new ByteCounter());
    return jsonLines ? intake.openJsonLines(file) : intake.openCsv(file, mapping.delimiter());
  }

  private void readItems(Path file, Intake intake) throws IOException {
    try (RowReader rows = open(file, intake)) {
      ItemRows items = new ItemRows(mapping.items(), mapping.currency(), rows);
      intake.readAll(rows, row -> intake.item(items.read(row)));
    }
  }

  private void readUsers(Path file, Intake intake) throws IOException {
    try (RowReader rows = open(file, intake)) {
      UserRows users = new UserRows(mapping.users(), rows);
      intake.readAll(rows, row -> intake.user(users.read(row, false)));
    }
  }

  private void readEvents(Path file, Intake intake, boolean fromEvents) throws IOException {
    Catalog catalog = new Catalog();
    try (RowReader rows = open(file, intake)) {
      EventRows events = new EventRows(mapping.events(), mapping.zone(), rows);
      ItemRows items = fromEvents && mapping.items() != null && mapping.items().file() == null
          ? new ItemRows(mapping.items(), mapping.currency(), rows) : null;
      UserRows users = fromEvents && mapping.users() != null && mapping.users().file() == null
          ? new UserRows(mapping.users(), rows) : null;
      intake.readAll(rows, row -> {
        Event event = events.read(row);
        Item item = items == null ? null : items.read(row);
        User user = users == null ? null : users.read(row, true);
        intake.event(event);
        if (item != null) {
          catalog.add(item);
        }
        if (user != null) {
          catalog.add(user);
        }
      });
    }
    catalog.sendTo(intake);
  }
}
