package dev.reportqa.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import dev.reportqa.TestReports;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index cache on the bundled report and real files. The real bge-small-zh model embeds the
 * report once for the class (about 3 s); every other build replays the vectors it produced, so that
 * a rebuild costs nothing and its vectors can be compared exactly.
 */
class IndexCacheTest {

  /** SHA-256 of the bundled report's bytes. */
  private static final String XITANG_SHA256 = ReportLoader.sha256(TestReports.XITANG);

  private static final String XITANG_FILE =
      XITANG_SHA256.substring(0, 16) + "-bge-small-zh-c" + SentenceChunker.VERSION + ".vectors";

  @TempDir static Path realCache;

  private static ExecutorService executor;
  private static Report report;
  private static List<Unit> units;
  private static IndexCache.Key key;
  private static int realLoads;
  private static final List<String> realWarnings = new ArrayList<>();
  private static final List<String> realProgress = new ArrayList<>();

  /** The vectors the real model returned for the units, in unit order. */
  private static final List<Embedding> reference = new ArrayList<>();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();
  private final List<String> progress = new ArrayList<>();
  private final BuildProgress recorder =
      (stage, done, total) -> progress.add(stage + " " + done + "/" + total);
  private ReplayModel replay;
  private int replayLoads;

  @BeforeAll
  static void embedOnceWithTheRealModel() {
    executor = Executors.newFixedThreadPool(2);
    report = TestReports.xitang();
    units = new SentenceChunker().chunk(report);
    key = IndexCache.Key.of(XITANG_SHA256, EmbeddingChoice.BGE_SMALL_ZH, units);
    LazyEmbeddingModel model =
        new LazyEmbeddingModel(
            EmbeddingChoice.BGE_SMALL_ZH,
            () -> {
              realLoads++;
              return new RecordingModel(EmbeddingChoice.BGE_SMALL_ZH.load(executor));
            });
    new IndexBuilder()
        .build(
            report,
            XITANG_SHA256,
            model,
            (stage, done, total) -> realProgress.add(stage + " " + done + "/" + total),
            new IndexCache(realCache, realWarnings::add));
  }

  @AfterAll
  static void stopTheModelThreads() {
    executor.shutdownNow();
  }

  @Test
  void should_save_the_vectors_under_the_report_model_and_chunker_key_when_the_first_build_embeds()
      throws Exception {
    // given: the class's one build with the real model, into an empty cache directory

    // when
    List<Embedding> saved = new IndexCache(realCache, warnings::add).load(key).orElseThrow();

    // then
    assertThat(realLoads).isEqualTo(1);
    assertThat(realWarnings).isEmpty();
    assertThat(realProgress).first().isEqualTo("embedding 0/" + units.size());
    assertThat(realProgress).last().isEqualTo("embedding " + units.size() + "/" + units.size());
    try (Stream<Path> files = Files.list(realCache)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(XITANG_FILE);
    }
    assertThat(reference).hasSize(units.size());
    assertThat(describe(saved)).isEqualTo(describe(reference));
    assertThat(saved.get(0).dimension()).isEqualTo(512);
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_build_from_the_saved_vectors_without_loading_the_model_when_the_key_is_cached()
      throws Exception {
    // given
    Path file = warmCopy();
    byte[] before = Files.readAllBytes(file);
    LazyEmbeddingModel refusing =
        new LazyEmbeddingModel(
            EmbeddingChoice.BGE_SMALL_ZH,
            () -> {
              throw new AssertionError("the model must not load on a cache hit");
            });

    // when
    ReportIndex index = build(refusing);

    // then
    assertThat(warnings).isEmpty();
    assertThat(progress).containsExactly("from cache " + units.size() + "/" + units.size());
    assertThat(index.units()).isEqualTo(units);
    Unit target = unitAt(87);
    assertThat(index.dense().search(reference.get(target.id()), 1))
        .extracting(ScoredUnit::unit)
        .containsExactly(target);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  static Stream<Arguments> flippedBytes() {
    return Stream.of(
        Arguments.of("magic number", 0, "is not an index cache file (no RQVC magic number)"),
        Arguments.of("format", 7, "is corrupt (checksum mismatch)"),
        Arguments.of("report SHA-256", 20, "is corrupt (checksum mismatch)"),
        Arguments.of("a vector", 1000, "is corrupt (checksum mismatch)"),
        Arguments.of("the last vector", -9, "is corrupt (checksum mismatch)"),
        Arguments.of("the checksum", -1, "is corrupt (checksum mismatch)"));
  }

  @ParameterizedTest(name = "byte flipped in {0}")
  @MethodSource("flippedBytes")
  void should_warn_rebuild_and_save_the_right_vectors_when_a_byte_is_flipped(
      String where, int offset, String problem) throws Exception {
    // given
    Path file = warmCopy();
    byte[] bytes = Files.readAllBytes(file);
    int at = offset < 0 ? bytes.length + offset : offset;
    bytes[at] ^= (byte) 0x5A;
    Files.write(file, bytes);

    // when
    build(replayModel());

    // then
    assertRebuiltAfter("index cache " + file + " " + problem + "; rebuilding", file);
  }

  @ParameterizedTest(name = "{0} bytes kept")
  @CsvSource({
    "0, is empty",
    "10, is truncated (10 bytes)",
    "100, is truncated (100 of {length} bytes)",
    "-1, is truncated ({kept} of {length} bytes)"
  })
  void should_warn_rebuild_and_save_the_right_vectors_when_the_file_is_truncated(
      int keep, String problem) throws Exception {
    // given
    Path file = warmCopy();
    byte[] bytes = Files.readAllBytes(file);
    int kept = keep < 0 ? bytes.length + keep : keep;
    Files.write(file, java.util.Arrays.copyOf(bytes, kept));

    // when
    build(replayModel());

    // then
    String expected =
        problem
            .replace("{length}", Integer.toString(bytes.length))
            .replace("{kept}", Integer.toString(kept));
    assertRebuiltAfter("index cache " + file + " " + expected + "; rebuilding", file);
  }

  @Test
  void should_warn_and_rebuild_when_bytes_follow_the_end_of_the_file() throws Exception {
    // given
    Path file = warmCopy();
    int length = (int) Files.size(file);
    Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

    // when
    build(replayModel());

    // then
    assertRebuiltAfter(
        "index cache "
            + file
            + " is corrupt ("
            + (length + 1)
            + " bytes, "
            + length
            + " expected); rebuilding",
        file);
  }

  @Test
  void should_warn_and_rebuild_when_the_file_is_in_another_format() throws Exception {
    // given: a sound file of a later format, checksum and all
    Path file = warmCopy();
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(Integer.BYTES, IndexCache.FORMAT + 1);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
    Files.write(file, bytes);

    // when
    build(replayModel());

    // then
    assertRebuiltAfter(
        "index cache "
            + file
            + " is in format "
            + (IndexCache.FORMAT + 1)
            + ", this version reads format "
            + IndexCache.FORMAT
            + "; rebuilding",
        file);
  }

  static Stream<Arguments> otherKeys() {
    return Stream.of(
        Arguments.of(
            "other report bytes",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        "0123456789abcdef".repeat(4),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units(),
                        k.unitsSha256())),
        Arguments.of(
            "another model",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        EmbeddingChoice.ALL_MINILM,
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units(),
                        k.unitsSha256())),
        Arguments.of(
            "another chunker version",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion() - 1,
                        k.units(),
                        k.unitsSha256())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherKeys")
  void should_embed_and_leave_the_other_file_alone_when_only_another_key_is_cached(
      String what, UnaryOperator<IndexCache.Key> other) throws Exception {
    // given
    IndexCache cache = new IndexCache(dir, warnings::add);
    IndexCache.Key otherKey = other.apply(key);
    cache.save(otherKey, reference);
    byte[] otherBytes = Files.readAllBytes(cache.file(otherKey));

    // when
    build(replayModel());

    // then: a key of its own is a first build, not a problem
    assertThat(warnings).isEmpty();
    assertThat(replayLoads).isEqualTo(1);
    assertThat(replay.embedded).isEqualTo(units.size());
    assertThat(cache.file(otherKey)).isNotEqualTo(cache.file(key));
    assertThat(Files.readAllBytes(cache.file(otherKey))).isEqualTo(otherBytes);
    assertThat(describe(new IndexCache(dir, warnings::add).load(key).orElseThrow()))
        .isEqualTo(describe(reference));
  }

  static Stream<Arguments> renamedKeys() {
    return Stream.of(
        Arguments.of(
            "report SHA-256",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        sameNameOtherDigest(k.reportSha256()),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units(),
                        k.unitsSha256()),
            // The same 16 digits as in the file name: shown up to the first that differs.
            "report SHA-256 {other17}…, expected {sha17}…"),
        Arguments.of(
            "model",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        EmbeddingChoice.ALL_MINILM,
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units(),
                        k.unitsSha256()),
            "model all-minilm, expected bge-small-zh"),
        Arguments.of(
            "model version",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        k.model(),
                        "0.9.0",
                        k.chunkerVersion(),
                        k.units(),
                        k.unitsSha256()),
            "model version 0.9.0, expected " + EmbeddingChoice.BGE_SMALL_ZH.version()),
        Arguments.of(
            "chunker version",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion() + 1,
                        k.units(),
                        k.unitsSha256()),
            "chunker version "
                + (SentenceChunker.VERSION + 1)
                + ", expected "
                + SentenceChunker.VERSION),
        Arguments.of(
            "unit count",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units() - 1,
                        k.unitsSha256()),
            "unit count {units-1}, expected {units}"),
        Arguments.of(
            "unit texts",
            (UnaryOperator<IndexCache.Key>)
                k ->
                    new IndexCache.Key(
                        k.reportSha256(),
                        k.model(),
                        k.modelVersion(),
                        k.chunkerVersion(),
                        k.units(),
                        "f".repeat(64)),
            "unit texts SHA-256 ffffffffffffffff…, expected {unitsSha16}…"));
  }

  @ParameterizedTest(name = "{0} differs")
  @MethodSource("renamedKeys")
  void should_detect_the_mismatch_and_rebuild_when_a_file_renamed_to_the_key_holds_another_key(
      String field, UnaryOperator<IndexCache.Key> other, String difference) throws Exception {
    // given
    IndexCache cache = new IndexCache(dir, warnings::add);
    IndexCache.Key otherKey = other.apply(key);
    cache.save(otherKey, reference.subList(0, otherKey.units()));
    Path file = cache.file(key);
    if (!cache.file(otherKey).equals(file)) {
      Files.move(cache.file(otherKey), file);
    }

    // when
    build(replayModel());

    // then
    String expected =
        difference
            .replace("{units-1}", Integer.toString(units.size() - 1))
            .replace("{units}", Integer.toString(units.size()))
            .replace("{unitsSha16}", key.unitsSha256().substring(0, 16))
            .replace("{other17}", otherKey.reportSha256().substring(0, 17))
            .replace("{sha17}", XITANG_SHA256.substring(0, 17));
    assertRebuiltAfter(
        "index cache " + file + " holds vectors for another key (" + expected + "); rebuilding",
        file);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "the path is a file, cache, 'is a file, not a directory'",
    "a parent is a file, blocker/cache, cannot be created (Not a directory)"
  })
  void should_warn_once_and_still_build_when_the_cache_directory_cannot_be_created(
      String what, String path, String problem) throws Exception {
    // given: files where directories should be, which no user can get past
    Files.writeString(dir.resolve(path.contains("/") ? "blocker" : path), "x");
    Path cacheDir = dir.resolve(path);

    // when
    ReportIndex index =
        new IndexBuilder().build(report, XITANG_SHA256, replayModel(), recorder, cacheAt(cacheDir));

    // then
    assertThat(index.units()).isEqualTo(units);
    assertThat(replay.embedded).isEqualTo(units.size());
    assertThat(warnings)
        .containsExactly(
            "index cache directory "
                + cacheDir
                + " "
                + problem
                + "; going on without saving the index");
  }

  @Test
  void should_warn_once_and_still_build_when_the_cache_directory_is_read_only() throws Exception {
    // given
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
    assumeFalse(Files.isWritable(dir), "root writes to read-only directories");

    try {
      // when
      ReportIndex index = build(replayModel());

      // then
      assertThat(index.units()).isEqualTo(units);
      assertThat(warnings)
          .containsExactly(
              "index cache "
                  + dir.resolve(XITANG_FILE)
                  + " cannot be written (permission denied); going on without saving the index");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void should_embed_only_the_report_not_cached_when_reports_share_an_index() throws Exception {
    // given: the bundled report cut in two, as two reports of one index; the first one cached
    int half = units.size() / 2;
    List<Unit> first = units.subList(0, half);
    List<Unit> second = units.subList(half, units.size());
    String secondSha256 = "0123456789abcdef".repeat(4);
    IndexCache cache = cacheAt(dir);
    cache.save(
        IndexCache.Key.of(XITANG_SHA256, EmbeddingChoice.BGE_SMALL_ZH, first),
        reference.subList(0, half));

    // when
    List<Embedding> vectors =
        IndexBuilder.vectors(
            List.of(first, second),
            List.of(XITANG_SHA256, secondSha256),
            replayModel(second),
            recorder,
            cache);

    // then
    assertThat(describe(vectors)).isEqualTo(describe(reference));
    assertThat(replay.embedded).isEqualTo(second.size());
    assertThat(progress).first().isEqualTo("embedding 0/" + second.size());
    assertThat(progress).last().isEqualTo("embedding " + second.size() + "/" + second.size());
    assertThat(
            describe(
                cache
                    .load(IndexCache.Key.of(secondSha256, EmbeddingChoice.BGE_SMALL_ZH, second))
                    .orElseThrow()))
        .isEqualTo(describe(reference.subList(half, units.size())));
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_delete_every_entry_of_the_report_and_no_other_when_evicted() throws Exception {
    // given
    IndexCache cache = new IndexCache(dir, warnings::add);
    IndexCache.Key otherReport =
        new IndexCache.Key(
            "0123456789abcdef".repeat(4),
            key.model(),
            key.modelVersion(),
            key.chunkerVersion(),
            key.units(),
            key.unitsSha256());
    IndexCache.Key otherChunker =
        new IndexCache.Key(
            key.reportSha256(),
            key.model(),
            key.modelVersion(),
            key.chunkerVersion() - 1,
            key.units(),
            key.unitsSha256());
    cache.save(key, reference);
    cache.save(otherChunker, reference);
    cache.save(otherReport, reference);
    Files.writeString(dir.resolve("." + XITANG_FILE + ".12345.tmp"), "left by a crash");

    // when
    int deleted = cache.evict(XITANG_SHA256);

    // then
    assertThat(deleted).isEqualTo(2);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactly(cache.file(otherReport).getFileName().toString());
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_reject_a_key_whose_digests_are_not_sha256_hex() {
    assertThatThrownBy(
            () ->
                new IndexCache.Key(
                    "ABC", EmbeddingChoice.BGE_SMALL_ZH, "1", 2, 3, key.unitsSha256()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reportSha256 must be 64 lower-case hex digits (a SHA-256): ABC");
    assertThatThrownBy(
            () ->
                new IndexCache.Key(
                    XITANG_SHA256, EmbeddingChoice.BGE_SMALL_ZH, "1", 2, 3, "A".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unitsSha256 must be 64 lower-case hex digits (a SHA-256): " + "A".repeat(64));
  }

  @Test
  void should_refuse_to_save_vectors_that_do_not_fit_the_key() {
    // given
    IndexCache cache = new IndexCache(dir, warnings::add);

    // when / then: a caller's mistake, not a cache problem
    assertThatThrownBy(() -> cache.save(key, reference.subList(1, reference.size())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "need one vector per unit: "
                + (units.size() - 1)
                + " vectors, "
                + units.size()
                + " units");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void should_name_the_jar_version_of_the_model() {
    // then: the version in the pom, read from the jar's Maven metadata
    assertThat(EmbeddingChoice.BGE_SMALL_ZH.version()).matches("1\\.19\\.0-beta\\d+");
    assertThat(EmbeddingChoice.ALL_MINILM.version()).matches("1\\.19\\.0-beta\\d+");
  }

  /** Another SHA-256 with the same first 16 digits, so the same file name. */
  private static String sameNameOtherDigest(String sha) {
    char other = sha.charAt(16) == '0' ? '1' : '0';
    return sha.substring(0, 16) + other + sha.substring(17);
  }

  private ReportIndex build(LazyEmbeddingModel model) {
    return new IndexBuilder().build(report, XITANG_SHA256, model, recorder, cacheAt(dir));
  }

  private IndexCache cacheAt(Path directory) {
    return new IndexCache(directory, warnings::add);
  }

  /** A model that replays the real model's vectors and counts loads and units embedded. */
  private LazyEmbeddingModel replayModel() {
    return replayModel(units);
  }

  /** A model that expects to embed the given units, in order, and nothing else. */
  private LazyEmbeddingModel replayModel(List<Unit> expected) {
    replay = new ReplayModel(expected);
    return new LazyEmbeddingModel(
        EmbeddingChoice.BGE_SMALL_ZH,
        () -> {
          replayLoads++;
          return replay;
        });
  }

  /** Copies the file of the real build into this test's cache directory. */
  private Path warmCopy() throws Exception {
    return Files.copy(
        realCache.resolve(XITANG_FILE),
        dir.resolve(XITANG_FILE),
        StandardCopyOption.COPY_ATTRIBUTES);
  }

  private void assertRebuiltAfter(String warning, Path file) {
    assertThat(warnings).containsExactly(warning);
    assertThat(replayLoads).isEqualTo(1);
    assertThat(replay.embedded).isEqualTo(units.size());
    List<String> reloadWarnings = new ArrayList<>();
    assertThat(
            describe(new IndexCache(file.getParent(), reloadWarnings::add).load(key).orElseThrow()))
        .isEqualTo(describe(reference));
    assertThat(reloadWarnings).isEmpty();
  }

  /**
   * Vectors as a line that is equal for equal vectors, bit for bit: a failure prints this, not
   * 50,000 floats.
   */
  private static String describe(List<Embedding> vectors) {
    CRC32 crc = new CRC32();
    for (Embedding v : vectors) {
      ByteBuffer bits = ByteBuffer.allocate(v.dimension() * Float.BYTES);
      bits.asFloatBuffer().put(v.vector());
      crc.update(bits);
    }
    return vectors.size()
        + " vectors of dimension "
        + (vectors.isEmpty() ? 0 : vectors.get(0).dimension())
        + ", CRC32 of their bits "
        + Long.toHexString(crc.getValue());
  }

  private static Unit unitAt(int line) {
    return units.stream().filter(u -> u.lines().contains(line)).findFirst().orElseThrow();
  }

  /** The real model, keeping what it returns for the units of the report. */
  private static final class RecordingModel implements EmbeddingModel {
    private final EmbeddingModel real;

    RecordingModel(EmbeddingModel real) {
      this.real = real;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      Response<List<Embedding>> response = real.embedAll(segments);
      reference.addAll(response.content());
      return response;
    }
  }

  /**
   * Replays the real model's vectors for the units it is expected to embed, in their order, as
   * {@link IndexBuilder} asks for them; counts the units embedded.
   */
  private static final class ReplayModel implements EmbeddingModel {
    private final List<Unit> expected;
    private int embedded;

    ReplayModel(List<Unit> expected) {
      this.expected = List.copyOf(expected);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      List<Embedding> batch = new ArrayList<>();
      for (TextSegment s : segments) {
        Unit u = expected.get(embedded++);
        assertThat(s.text()).isEqualTo(DenseIndex.passageText(u));
        batch.add(reference.get(u.id()));
      }
      return Response.from(batch);
    }
  }
}
