package dev.tandem.engine.bundle;

import dev.tandem.engine.EngineModel;
import dev.tandem.engine.EngineSettings;
import dev.tandem.recommend.factors.ImplicitAlsModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versioned bundles of one store's models in one directory: {@code v000012/} holds {@value
 * #DATA_FILE} and {@value #MANIFEST}. {@link #save} writes into a {@code .partial-} directory,
 * forces every file and the directory to disk, then renames it into place, so a crash leaves either
 * no bundle or a whole one. {@link #restoreNewest} loads the newest bundle whose manifest parses and
 * whose data file has the recorded size and SHA-256, passing over (and reporting) the others.
 */
public final class ModelBundles {
  static final String DATA_FILE = "engine-model.bin";
  static final String MANIFEST = "manifest.properties";
  static final String ROLLED_BACK = "rolled-back";
  private static final String PARTIAL = ".partial-";
  private static final Pattern NAME = Pattern.compile("v(\\d{6,9})");
  private final Path directory;
  private final int keep;
  private final Map<Integer, String> failedToLoad = new ConcurrentHashMap<>();

  /** Bundles in {@code directory}, keeping the newest {@code keep} (at least 1) after each save. */
  public ModelBundles(Path directory, int keep) {
    if (keep < 1) {
      throw new IllegalArgumentException("keep at least one bundle, not " + keep);
    }
    this.directory = directory;
    this.keep = keep;
  }

  public Path directory() {
    return directory;
  }

  /**
   * What a new bundle records beside the model: when, how long training took, which store, and the
   * store's last event number read before the training's snapshot (its watermark).
   */
  public record Details(Instant createdAt, long trainingMillis, String store, long lastEventSeq) {}

  /** Saves {@code model} and its factors as bundle {@code version}, atomically; returns its manifest. */
  public BundleManifest save(
      int version, EngineModel model, ImplicitAlsModel factors, Details details) {
    Path target = directory.resolve(name(version));
    Path partial = directory.resolve(PARTIAL + name(version) + "-" + System.nanoTime());
    try {
      Files.createDirectories(partial);
      EngineModelFile.Written data = EngineModelFile.write(model, factors, partial.resolve(DATA_FILE));
      BundleManifest manifest = manifest(version, model, details, data);
      Path manifestFile = partial.resolve(MANIFEST);
      Files.writeString(manifestFile, manifest.text(), StandardCharsets.UTF_8);
      force(manifestFile);
      force(partial);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      force(directory);
      return manifest;
    } catch (IOException e) {
      deleteQuietly(partial);
      throw new UncheckedIOException(
          "cannot save model bundle " + target + ": " + e.getMessage(), e);
    }
  }

  private static BundleManifest manifest(
      int version, EngineModel model, Details details, EngineModelFile.Written data) {
    var snapshot = model.snapshot();
    return new BundleManifest(BundleManifest.FORMAT, version, details.createdAt(),
        snapshot.fingerprint(), model.settings().toString(), snapshot.events().size(),
        snapshot.events().lastTime(), snapshot.itemCount(),
        model.associations().rules().size(), model.associations().status(),
        details.trainingMillis(), details.store(), details.lastEventSeq(), data.bytes(),
        data.sha256());
  }

  /** Every bundle directory, newest first, with its manifest or the problem that rules it out. */
  public List<Bundle> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Bundle> bundles = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (name.matches() && Files.isDirectory(entry)) {
          bundles.add(inspect(Integer.parseInt(name.group(1)), entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list model bundles in " + directory, e);
    }
    bundles.sort(Comparator.comparingInt(Bundle::version).reversed());
    return bundles;
  }

  private Bundle inspect(int version, Path dir) {
    BundleManifest manifest;
    try {
      manifest = BundleManifest.parse(Files.readString(dir.resolve(MANIFEST)));
    } catch (IOException e) {
      return new Bundle(version, dir, null, "no manifest (an unfinished or damaged write)");
    } catch (RuntimeException e) {
      return new Bundle(version, dir, null, "bad manifest: " + e.getMessage());
    }
    return new Bundle(version, dir, manifest, problem(version, dir, manifest));
  }

  private String problem(int version, Path dir, BundleManifest manifest) {
    if (manifest.version() != version) {
      return "the manifest says version " + manifest.version();
    }
    if (manifest.format() != BundleManifest.FORMAT) {
      return "bundle format " + manifest.format() + "; this Tandem reads " + BundleManifest.FORMAT;
    }
    if (Files.exists(dir.resolve(ROLLED_BACK))) {
      return "rolled back";
    }
    try {
      long size = Files.size(dir.resolve(DATA_FILE));
      if (size != manifest.dataBytes()) {
        return "data file has " + size + " bytes, the manifest says " + manifest.dataBytes();
      }
    } catch (IOException e) {
      return "data file missing";
    }
    return failedToLoad.get(version);
  }

  /** The highest version on disk, usable or not (0 when none), so versions are never reused. */
  public int highestVersion() {
    return list().stream().mapToInt(Bundle::version).max().orElse(0);
  }

  /**
   * Loads the newest usable bundle whose checksum verifies; each bundle passed over is reported to
   * {@code skipped} with its reason. Empty when none loads.
   */
  public Optional<RestoredModel> restoreNewest(
      EngineSettings settings, BiConsumer<Bundle, String> skipped) {
    for (Bundle bundle : list()) {
      if (!bundle.usable()) {
        skipped.accept(bundle, bundle.problem());
        continue;
      }
      try {
        return Optional.of(load(bundle, settings));
      } catch (IOException | RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        failedToLoad.put(bundle.version(), reason);
        skipped.accept(bundle, reason);
      }
    }
    return Optional.empty();
  }

  /** Loads the newest usable bundle older than {@code version} (for a rollback), if any. */
  public Optional<RestoredModel> restoreBefore(
      int version, EngineSettings settings, BiConsumer<Bundle, String> skipped) {
    for (Bundle bundle : list()) {
      if (bundle.version() >= version || !bundle.usable()) {
        continue;
      }
      try {
        return Optional.of(load(bundle, settings));
      } catch (IOException | RuntimeException e) {
        failedToLoad.put(bundle.version(), String.valueOf(e.getMessage()));
        skipped.accept(bundle, String.valueOf(e.getMessage()));
      }
    }
    return Optional.empty();
  }

  private RestoredModel load(Bundle bundle, EngineSettings settings) throws IOException {
    long start = System.nanoTime();
    BundleManifest manifest = bundle.manifest();
    Path data = bundle.directory().resolve(DATA_FILE);
    EngineModelFile.Contents contents = EngineModelFile.read(data, manifest.sha256(), settings);
    EngineModel model = contents.model();
    if (!model.snapshot().fingerprint().equals(manifest.dataFingerprint())) {
      throw new IOException("the data read back has fingerprint " + model.snapshot().fingerprint()
          + ", the manifest says " + manifest.dataFingerprint());
    }
    return new RestoredModel(
        model, contents.factors(), manifest, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Marks a bundle rolled back (a start-up passes it over) or clears the mark, so a rollback
   * outlives a restart.
   */
  public void markRolledBack(int version, boolean rolledBack) {
    Path dir = directory.resolve(name(version));
    Path mark = dir.resolve(ROLLED_BACK);
    try {
      if (!Files.isDirectory(dir)) {
        return;
      }
      if (rolledBack) {
        Files.writeString(mark, "rolled back at the operator's request\n");
        force(mark);
      } else {
        Files.deleteIfExists(mark);
      }
      force(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark bundle " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Deletes all but the newest {@code keep} bundles, never one of {@code inUse}, and any partial
   * directory left by a crash. Returns the versions deleted.
   */
  public List<Integer> prune(Set<Integer> inUse) {
    List<Integer> deleted = new ArrayList<>();
    List<Bundle> bundles = list();
    for (int i = keep; i < bundles.size(); i++) {
      Bundle bundle = bundles.get(i);
      if (!inUse.contains(bundle.version())) {
        deleteQuietly(bundle.directory());
        deleted.add(bundle.version());
      }
    }
    deletePartials();
    return deleted;
  }

  /** Removes the {@code .partial-} directories an interrupted save left behind. */
  public void deletePartials() {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> entries = Files.list(directory)) {
      entries.filter(p -> p.getFileName().toString().startsWith(PARTIAL))
          .forEach(ModelBundles::deleteQuietly);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list model bundles in " + directory, e);
    }
  }

  static String name(int version) {
    return String.format("v%06d", version);
  }

  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      if (!Files.isDirectory(path)) {
        throw e; // some systems cannot force a directory; a file must be forced
      }
    }
  }

  private static void deleteQuietly(Path path) {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // nothing to delete, or already gone
    }
  }
}
