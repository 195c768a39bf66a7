package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexCache;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C, and files that cannot be written, while a long command runs (issue 12 item 3, issue 15
 * items 5, 7 and 11): eval stops between items and keeps what it ran, marked incomplete, never over
 * {@code --out}; reindex leaves the old index and saved vectors; {@code --out} is checked before
 * the run, and the table is printed when the records cannot be written. Ctrl-C is fired by the test
 * at a moment the error output shows.
 */
class ShellCancelTest {

  private static final int ITEMS = 12;

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

  @Test
  void should_stop_eval_between_items_and_keep_its_records_beside_out_when_cancelled()
      throws Exception {
    // given: a set of 12 items, and an earlier run's records in --out
    Path set = set(ITEMS);
    Path out = Files.writeString(dir.resolve("run.jsonl"), "an earlier run\n");
    shell.whenErrorShows("eval report-qa: 10/" + ITEMS, () -> shell.interrupts().fire());

    // when
    ShellHarness.Run run = shell.oneShot("eval", "--file", set.toString(), "--out", out.toString());

    // then: the ten items run are tabled and kept, marked incomplete; --out is untouched
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(run.out())
        .startsWith(
            "INCOMPLETE — cancelled after 10 of 12 items; the figures are of those items only")
        .contains("hit@1");
    assertThat(Files.readString(out)).isEqualTo("an earlier run\n");
    Path partial = dir.resolve("run.jsonl.partial");
    assertThat(Files.readAllLines(partial)).hasSize(10);
    assertThat(run.err())
        .contains(
            "eval cancelled after 10 of 12 items; the 10 records are in "
                + partial
                + ", and "
                + out
                + " is unchanged");
  }

  @Test
  void should_refuse_a_bad_out_before_running_any_item() throws Exception {
    // given
    Path set = set(ITEMS);
    Path out = dir.resolve("no").resolve("such").resolve("run.jsonl");

    // when
    ShellHarness.Run run = shell.oneShot("eval", "--file", set.toString(), "--out", out.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.err()).contains("cannot write " + out).doesNotContain("eval report-qa:");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void should_print_the_table_when_the_records_cannot_be_written_after_the_run() throws Exception {
    // given: --out's directory exists at the start and is gone by the end
    Path set = set(ITEMS);
    Path folder = Files.createDirectory(dir.resolve("out"));
    Path out = folder.resolve("run.jsonl");
    shell.whenErrorShows(
        "eval report-qa: 10/" + ITEMS,
        () -> {
          try {
            Files.delete(folder);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });

    // when
    ShellHarness.Run run = shell.oneShot("eval", "--file", set.toString(), "--out", out.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(run.out()).contains("12 items").contains("hit@1");
    assertThat(run.err()).contains("cannot write " + out);
  }

  @Test
  void should_keep_the_old_index_and_saved_vectors_when_reindex_is_cancelled() throws Exception {
    // given: the index built and saved
    ReportSession session = shell.bean(ReportSession.class);
    var index = session.index(BuildProgress.NONE);
    Path saved =
        new IndexCache(ShellHarness.CACHE_DIR, line -> {})
            .file(
                IndexCache.Key.of(
                    ReportLoader.sha256(TestReports.XITANG),
                    EmbeddingChoice.BGE_SMALL_ZH,
                    index.units()));
    byte[] before = Files.readAllBytes(saved);
    shell.whenErrorShows("embedding 0/", () -> shell.interrupts().fire());

    // when
    ShellHarness.Run run = shell.oneShot("reindex");

    // then
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INTERRUPTED);
    assertThat(run.err())
        .contains("reindex cancelled; the index and the saved vectors are as they were");
    assertThat(Files.readAllBytes(saved)).isEqualTo(before);
    assertThat(session.index(BuildProgress.NONE)).isSameAs(index);
    try (var entries = Files.list(ShellHarness.CACHE_DIR)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith(ReportSession.STAGING_PREFIX));
    }
  }

  /** An eval set of the first items of the default set that are not follow-ups. */
  private Path set(int size) throws Exception {
    List<String> items = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("eval/questions.jsonl"))) {
      if (!line.isBlank() && !line.contains("\"followup\"") && items.size() < size) {
        items.add(line);
      }
    }
    return Files.write(dir.resolve("set.jsonl"), items);
  }
}
