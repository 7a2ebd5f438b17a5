package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shop.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that fails: the import says so, stores nothing, and never throws. */
class ImporterTest {
  @TempDir Path dir;

  private ImportSummary importInto(CollectingWriter writer) throws Exception {
    Path file = Files.write(dir.resolve("rows.csv"), RealRows.firstLines(10_000));
    return new Importer(TestData.CLOCK).run(file, Preset.named("online-retail"), writer,
        dir.resolve("rejects.csv"), ImportProgress.NONE);
  }

  @Test
  void storeFailsWhileWriting_reported_notCommitted() throws Exception {
    CollectingWriter failing = new CollectingWriter() {
      @Override
      public int addEvents(Collection<Event> batch) {
        if (events.size() > 5_000) {
          throw new IllegalStateException("disk full");
        }
        return super.addEvents(batch);
      }
    };
    ImportSummary summary = importInto(failing);

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).isEqualTo("the store failed: disk full");
    assertThat(summary.eventsAdded()).isZero();
    assertThat(failing.committed).isFalse();
  }

  @Test
  void commitFails_reported() throws Exception {
    CollectingWriter failing = new CollectingWriter() {
      @Override
      public void commit() {
        throw new IllegalStateException("database is locked");
      }
    };
    ImportSummary summary = importInto(failing);

    assertThat(summary.committed()).isFalse();
    assertThat(summary.failure()).isEqualTo("the store failed: cannot commit: database is locked");
    assertThat(summary.rowsRead()).isEqualTo(10_000);
  }

  @Test
  void summary_recordForTheStore() throws Exception {
    ImportSummary summary = importInto(new CollectingWriter());

    assertThat(summary.toImportRecord().rowsRead()).isEqualTo(10_000);
    assertThat(summary.toImportRecord().accepted() + summary.toImportRecord().rejected())
        .isEqualTo(10_000);
    assertThat(summary.toImportRecord().startedAt()).isEqualTo(TestData.CLOCK.instant());
    assertThat(summary.toImportRecord().format()).isEqualTo("online-retail");
  }
}
