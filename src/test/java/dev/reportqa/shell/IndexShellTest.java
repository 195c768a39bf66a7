package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.reportqa.TestReports;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexCache;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index cache as a user meets it: a later start loads the saved vectors, a damaged file is one
 * warning line and a rebuild. Runs the real application context.
 */
class IndexShellTest {

  private static final String QUESTION = "全年游客目标是多少？";

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

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
