package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded SQLite file, plus what only a file store has. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path folder;

  @Override
  Store openEmpty() {
    return Store.open(folder.resolve("nested/dir/tandem.db").toString());
  }

  @Override
  Store reopen() {
    return Store.open("jdbc:sqlite:" + folder.resolve("nested/dir/tandem.db"));
  }

  @Test
  void theFileAndItsFolderAreCreated() {
    assertThat(Files.exists(folder.resolve("nested/dir/tandem.db"))).isTrue();
    assertThat(store.describe()).startsWith("SQLite file ").endsWith("tandem.db");
  }

  @Test
  void aFileThatIsNotADatabaseGetsAClearError() throws Exception {
    Path notADatabase = folder.resolve("notes.db");
    Files.writeString(notADatabase, "this is not a database, just some text ".repeat(200));
    assertThatThrownBy(() -> Store.open(notADatabase.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot prepare the store at jdbc:sqlite:");
  }
}
