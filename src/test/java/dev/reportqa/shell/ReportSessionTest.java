package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.TestIndex;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder: every report loaded, one named where a command needs one. */
class ReportSessionTest {

  @TempDir Path dir;

  @Test
  void should_load_every_report_of_the_folder_and_ask_for_a_name_where_one_is_needed()
      throws Exception {
    // given
    Files.copy(Path.of("seeds/xitang-2024-h1-report.md"), dir.resolve("a-xitang.md"));
    Files.copy(
        Path.of("src/test/resources/reports/other-town-2025.md"), dir.resolve("b-other.txt"));
    Files.writeString(dir.resolve("notes.json"), "{}");
    ReportSession session = session(dir);

    // then
    assertThat(session.reports())
        .extracting(Report::name)
        .containsExactly("a-xitang.md", "b-other.txt");
    assertThat(session.report("b-other.txt").metadata().speaker()).isEqualTo("张三");
    assertThatThrownBy(session::report)
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "2 reports are loaded — name one with --in (or show file.md:87): a-xitang.md,"
                + " b-other.txt");
    assertThatThrownBy(() -> session.report("c.md"))
        .hasMessage("no report named 'c.md' is loaded — loaded: a-xitang.md, b-other.txt");
  }

  @Test
  void should_name_the_folder_when_it_holds_no_report() throws Exception {
    Files.writeString(dir.resolve("notes.json"), "{}");

    assertThatThrownBy(() -> session(dir).reports())
        .isInstanceOf(ReportException.class)
        .hasMessage("no reports (.md, .txt, .docx, .pdf or .html files) in folder: " + dir);
  }

  private static ReportSession session(Path path) {
    return new ReportSession(
        path,
        EmbeddingChoice.BGE_SMALL_ZH,
        TestIndex.DEFAULT_FUSION,
        TestIndex.analyzer(),
        TestIndex.engine(),
        Executors.newSingleThreadExecutor());
  }
}
