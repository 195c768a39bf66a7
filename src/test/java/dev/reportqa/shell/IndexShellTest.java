package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.reportqa.TestReports;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexCache;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index cache as a user meets it: a later start loads the saved vectors, a damaged file is one
 * warning line and a rebuild, {@code reindex} embeds again. Runs the real application context.
 */
class IndexShellTest {

  private static final String QUESTION = "全年游客目标是多少？";

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

  @Test
  void should_embed_again_and_replace_the_saved_vectors_when_reindex_is_run() throws Exception {
    // given: an index built and saved, whose file is then overwritten
    shell.oneShot("ask", QUESTION);
    Path file = savedFile(ShellHarness.CACHE_DIR);
    Files.writeString(file, "stale");
    int units = shell.bean(ReportSession.class).index(BuildProgress.NONE).units().size();

    // when
    ShellHarness.Run run = shell.oneShot("reindex");

    // then: the file was deleted unread (no warning), embedded again and saved whole
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip())
        .matches(
            "Reindexed xitang-2024-h1-report\\.md: "
                + units
                + " sentences in \\d+\\.\\d s\\. New conversation\\.");
    assertThat(run.err().lines())
        .containsExactly(
            "Indexing xitang-2024-h1-report.md: embedding 0/" + units,
            "Indexing xitang-2024-h1-report.md: embedding " + units + "/" + units);
    assertThat(savedVectors(ShellHarness.CACHE_DIR)).hasSize(units);
    assertThat(shell.oneShot("ask", QUESTION).out()).contains("力争全年游客量突破 1200 万人次 [L87]");
  }

  @Test
  void should_read_the_edited_report_and_leave_only_its_vectors_when_reindex_is_run()
      throws Exception {
    // given: a small report indexed and saved, then edited (a line added)
    Path report = dir.resolve("excerpt.md");
    Files.writeString(report, "# 政府工作报告\n\n## 一、上半年工作回顾\n\n上半年实现地区生产总值46.23亿元。\n");
    Path cache = Files.createDirectory(dir.resolve("cache"));
    ShellHarness small =
        ShellHarness.start("--reportqa.report=" + report, "--reportqa.cache-dir=" + cache);
    try {
      small.oneShot("ask", "上半年地区生产总值是多少？");
      int unitsBefore = small.bean(ReportSession.class).index(BuildProgress.NONE).units().size();
      assertThat(cache.resolve(vectorsFile(ReportLoader.sha256(report)))).isRegularFile();
      Files.writeString(report, "财政总收入增长13.7%。\n", StandardOpenOption.APPEND);

      // when
      ShellHarness.Run run = small.oneShot("reindex");

      // then
      assertThat(run.exitCode()).isZero();
      assertThat(run.out().strip())
          .matches(
              "Reindexed excerpt\\.md: "
                  + (unitsBefore + 1)
                  + " sentences in \\d+\\.\\d s\\. New conversation\\.");
      assertThat(small.oneShot("show", "6").out().strip()).isEqualTo("6 │ 财政总收入增长13.7%。");
      try (var files = Files.list(cache)) {
        // the saved vectors only; the models folder holds the copied model files
        assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
            .containsExactly(vectorsFile(ReportLoader.sha256(report)));
      }
    } finally {
      small.close();
    }
  }

  @Test
  void should_load_the_saved_vectors_instead_of_embedding_when_a_later_shell_starts()
      throws Exception {
    // given: the vectors saved by the shared shell, copied into a cache of this test's own
    shell.oneShot("ask", QUESTION);
    Path saved = savedFile(ShellHarness.CACHE_DIR);
    Files.copy(saved, dir.resolve(saved.getFileName()));
    byte[] before = Files.readAllBytes(saved);
    ShellHarness later = ShellHarness.start("--reportqa.cache-dir=" + dir);
    try {
      // when
      ShellHarness.Run run = later.oneShot("ask", QUESTION);

      // then
      int units = later.bean(ReportSession.class).index(BuildProgress.NONE).units().size();
      assertThat(run.exitCode()).isZero();
      assertThat(run.err().lines())
          .containsExactly("Indexing xitang-2024-h1-report.md: from cache " + units + "/" + units);
      assertThat(run.out()).contains("力争全年游客量突破 1200 万人次 [L87]");
      assertThat(Files.readAllBytes(dir.resolve(saved.getFileName()))).isEqualTo(before);
    } finally {
      later.close();
    }
  }

  @Test
  void should_warn_in_one_line_rebuild_and_answer_when_the_saved_vectors_are_corrupt()
      throws Exception {
    // given: the saved vectors with one byte changed
    shell.oneShot("ask", QUESTION);
    Path saved = savedFile(ShellHarness.CACHE_DIR);
    byte[] bytes = Files.readAllBytes(saved);
    bytes[bytes.length / 2] ^= 1;
    Path file = Files.write(dir.resolve(saved.getFileName()), bytes);
    ShellHarness later = ShellHarness.start("--reportqa.cache-dir=" + dir);
    try {
      // when
      ShellHarness.Run run = later.oneShot("ask", QUESTION);

      // then
      int units = later.bean(ReportSession.class).index(BuildProgress.NONE).units().size();
      assertThat(run.exitCode()).isZero();
      assertThat(run.err().lines())
          .containsExactly(
              "warning: index cache " + file + " is corrupt (checksum mismatch); rebuilding",
              "Indexing xitang-2024-h1-report.md: embedding 0/" + units,
              "Indexing xitang-2024-h1-report.md: embedding " + units + "/" + units);
      assertThat(run.out()).contains("力争全年游客量突破 1200 万人次 [L87]");
      assertThat(savedVectors(dir)).hasSize(units);
    } finally {
      later.close();
    }
  }

  /** The name of the file of a report's vectors with the default model. */
  private static String vectorsFile(String reportSha256) {
    return reportSha256.substring(0, 16) + "-bge-small-zh-c" + SentenceChunker.VERSION + ".vectors";
  }

  /** The file that holds the bundled report's vectors with the default model. */
  private static Path savedFile(Path cacheDir) {
    Path file = new IndexCache(cacheDir, line -> {}).file(key());
    assertThat(file).isRegularFile();
    return file;
  }

  /** The vectors saved for the bundled report with the default model, read without warnings. */
  private static List<Embedding> savedVectors(Path cacheDir) {
    List<String> warnings = new ArrayList<>();
    List<Embedding> vectors = new IndexCache(cacheDir, warnings::add).load(key()).orElseThrow();
    assertThat(warnings).isEmpty();
    return vectors;
  }

  private static IndexCache.Key key() {
    ReportIndex index = ShellHarness.get().bean(ReportSession.class).index(BuildProgress.NONE);
    return IndexCache.Key.of(
        ReportLoader.sha256(TestReports.XITANG), EmbeddingChoice.BGE_SMALL_ZH, index.units());
  }
}
