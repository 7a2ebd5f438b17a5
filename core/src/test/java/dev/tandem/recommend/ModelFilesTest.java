package dev.tandem.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.dataset.Snapshot;
import dev.tandem.recommend.sessions.SessionKnn;
import dev.tandem.recommend.sessions.SessionKnnModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
  private static final Map<String, PersistentRecommender.Reader> READERS =
      Map.of(SessionKnn.ALGORITHM, SessionKnnModel.reader());
  // the header starts with the magic as modified UTF-8 (2-byte length, 12 bytes), then the version
  private static final int VERSION_OFFSET = 2 + ModelFiles.MAGIC.length();

  private static Path saved(Path dir) {
    Snapshot shop = TinyShop.random(3, 20, 100, 4, 15);
    Path file = dir.resolve("sessions.model");
    ModelFiles.save(file, new SessionKnn(20, 50, true, 0.3, 4).train(shop));
    return file;
  }

  @Test
  void savedModel_loadsWithItsProvenance(@TempDir Path dir) {
    Path file = saved(dir);
    PersistentRecommender loaded = ModelFiles.load(file, READERS);
    assertThat(loaded.provenance()).isEqualTo(ModelFiles.provenance(file));
    assertThat(loaded.provenance().parameters())
        .containsEntry("lengthPower", "0.3").containsEntry("similarityPower", "4.0");
  }

  @Test
  void fileOfAnotherFormat_isRefusedSayingWhichFormats(@TempDir Path dir) throws IOException {
    Path file = saved(dir);
    byte[] bytes = Files.readAllBytes(file);
    assertThat(ByteBuffer.wrap(bytes, VERSION_OFFSET, 4).getInt())
        .isEqualTo(ModelFiles.FORMAT_VERSION);
    ByteBuffer.wrap(bytes, VERSION_OFFSET, 4).putInt(1);
    Files.write(file, bytes);
    assertThatThrownBy(() -> ModelFiles.load(file, READERS))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("has model format 1; this Tandem reads format "
            + ModelFiles.FORMAT_VERSION);
  }

  @Test
  void otherFiles_andUnknownAlgorithms_areRefused(@TempDir Path dir) throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not a model");
    assertThatThrownBy(() -> ModelFiles.load(text, READERS))
        .hasMessageContaining("is not a Tandem model file");
    Path file = saved(dir);
    assertThatThrownBy(() -> ModelFiles.load(file, Map.of()))
        .hasMessageContaining("holds a 'session-knn' model");
  }
}
