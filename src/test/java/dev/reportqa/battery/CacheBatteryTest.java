package dev.reportqa.battery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.TestReports;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexCache;
import dev.reportqa.report.ReportLoader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Battery, issue 15 item 7: the cache heals itself. A damaged copy of the model is copied again
 * before it is used (also by {@code reindex}, which loads the model the same way), temporary files
 * of a killed copy are deleted, and saved vectors of the wrong dimension or with values that are
 * not numbers are reported, deleted and rebuilt instead of failing every question or silently
 * disabling dense retrieval.
 */
class CacheBatteryTest {

  private static final EmbeddingChoice MODEL = EmbeddingChoice.BGE_SMALL_ZH;
  private static ExecutorService executor;
  private static float[] expected;

  @TempDir Path dir;

  @BeforeAll
  static void embedOnceFromTheJar() {
    executor = Executors.newSingleThreadExecutor();
    expected = MODEL.load(executor).embed("上半年实现地区生产总值").content().vector();
  }

  @AfterAll
  static void stop() {
    executor.shutdownNow();
  }

  private Path folder() {
    return dir.resolve(MODEL.id() + "-" + MODEL.version());
  }

  private float[] embedFromCopy() {
    EmbeddingModel model = MODEL.load(executor, dir);
    return model.embed("上半年实现地区生产总值").content().vector();
  }

  @Test
  void should_copy_the_model_again_and_embed_as_the_jar_does_when_bytes_of_the_copy_are_flipped()
      throws IOException {
    // given: a good copy, then 4 KB in the middle of the ONNX file overwritten
    embedFromCopy();
    Path onnx = folder().resolve("bge-small-zh-v1.5.onnx");
    long size = Files.size(onnx);
    try (RandomAccessFile f = new RandomAccessFile(onnx.toFile(), "rw")) {
      f.seek(size / 2);
      f.write(new byte[4096]);
    }

    // when
    float[] vector = embedFromCopy();

    // then
    assertThat(vector).containsExactly(expected);
    assertThat(Files.size(onnx)).isEqualTo(size);
  }

  @Test
  void should_copy_the_model_again_when_the_copy_is_truncated_to_a_protobuf_the_runtime_rejects()
      throws IOException {
    // given: what made every command fail with a raw OrtException before
    embedFromCopy();
    Path onnx = folder().resolve("bge-small-zh-v1.5.onnx");
    long size = Files.size(onnx);
    try (RandomAccessFile f = new RandomAccessFile(onnx.toFile(), "rw")) {
      f.setLength(1000);
    }

    // when
    float[] vector = embedFromCopy();

    // then
    assertThat(vector).containsExactly(expected);
    assertThat(Files.size(onnx)).isEqualTo(size);
  }

  @Test
  void should_copy_the_tokenizer_again_when_it_is_damaged() throws IOException {
    // given
    embedFromCopy();
    Path tokenizer = folder().resolve("bge-small-zh-v1.5-tokenizer.json");
    Files.writeString(tokenizer, "{}");

    // when
    float[] vector = embedFromCopy();

    // then
    assertThat(vector).containsExactly(expected);
    assertThat(Files.size(tokenizer)).isGreaterThan(100_000);
  }

  @Test
  void should_delete_the_temporary_files_a_killed_copy_left_when_the_model_is_next_loaded()
      throws IOException {
    // given: a complete copy, and 35 MB of a copy killed half-way
    embedFromCopy();
    Path leftover = folder().resolve("bge-small-zh-v1.5.onnx10150367908092098829.tmp");
    try (RandomAccessFile f = new RandomAccessFile(leftover.toFile(), "rw")) {
      f.setLength(35_045_312);
    }

    // when
    embedFromCopy();

    // then
    try (Stream<Path> files = Files.list(folder())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              ".complete", ".lock", "bge-small-zh-v1.5.onnx", "bge-small-zh-v1.5-tokenizer.json");
    }
  }

  @Test
  void should_warn_delete_and_rebuild_when_saved_vectors_have_the_wrong_dimension() {
    // given: a well-formed file (its checksum holds) of 384-dimension vectors for a 512 model
    List<String> warnings = new ArrayList<>();
    IndexCache cache = new IndexCache(dir, warnings::add);
    IndexCache.Key key = key();
    cache.save(key, vectors(key.units(), 384, 0.05f));

    // when
    var loaded = cache.load(key);

    // then
    assertThat(loaded).isEmpty();
    assertThat(warnings)
        .containsExactly(
            "index cache "
                + cache.file(key)
                + " holds vectors of dimension 384, but bge-small-zh gives 512; rebuilding");
    assertThat(cache.file(key)).doesNotExist();
  }

  @Test
  void should_warn_delete_and_rebuild_when_saved_vectors_hold_nan() {
    // given
    List<String> warnings = new ArrayList<>();
    IndexCache cache = new IndexCache(dir, warnings::add);
    IndexCache.Key key = key();
    List<Embedding> vectors = vectors(key.units(), 512, 0.05f);
    vectors.set(7, Embedding.from(filled(512, Float.NaN)));
    cache.save(key, vectors);

    // when
    var loaded = cache.load(key);

    // then
    assertThat(loaded).isEmpty();
    assertThat(warnings)
        .containsExactly(
            "index cache "
                + cache.file(key)
                + " holds a value that is not a finite number in vector 7; rebuilding");
  }

  @Test
  void should_load_saved_vectors_that_fit_the_model() {
    // given
    IndexCache cache = new IndexCache(dir, w -> {});
    IndexCache.Key key = key();
    cache.save(key, vectors(key.units(), 512, 0.05f));

    // when / then
    assertThat(cache.load(key)).get().asList().hasSize(key.units());
  }

  private static IndexCache.Key key() {
    List<Unit> units = new SentenceChunker().chunk(TestReports.xitang());
    return IndexCache.Key.of(ReportLoader.sha256(TestReports.XITANG), MODEL, units);
  }

  private static List<Embedding> vectors(int count, int dimension, float value) {
    return new ArrayList<>(Collections.nCopies(count, Embedding.from(filled(dimension, value))));
  }

  private static float[] filled(int dimension, float value) {
    float[] v = new float[dimension];
    Arrays.fill(v, value);
    return v;
  }
}
