package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainers' commands as a user runs them: figures, brief and export, with exit codes. */
class BriefShellTest {

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

  @Test
  void should_print_the_visitor_result_beside_its_target_when_briefing_tourism() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("brief", "旅游");

    // then
    assertThat(run.exitCode()).isZero();
    String out = run.out().replace("\r\n", "\n"); // the terminal ends lines its own way
    assertThat(out).startsWith("# 简报：旅游\n");
    assertThat(out)
        .containsPattern("\\| 游客量\\s+\\| 645万人次 \\[L23] \\| 同比增长5%\\s+\\| 突破1200万人次 \\[L87] \\|");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void should_print_the_topic_figures_with_english_headings_when_the_topic_is_english()
      throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("figures", "tourism");

    // then
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).startsWith("| Line  | Period            | Measured");
    assertThat(lines.get(2))
        .matches(
            "\\| \\[L23] \\| first-half result \\| 接待游客 +\\| 645万人次 +\\| 6450000 +\\| 人次 \\| 同比增长5% +\\|");
    assertThat(lines.get(5))
        .contains("| [L87] | full-year target  | 游客量")
        .contains("| 突破 1200 万人次 |");
  }

  @Test
  void should_write_a_csv_that_a_csv_parser_reads_back_when_exporting_the_figures()
      throws Exception {
    // given
    Path out = dir.resolve("figures.csv");

    // when
    ShellHarness.Run run =
        shell.oneShot("export", "figures", "--format", "csv", "--out", out.toString());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("Wrote 106 figures to " + out);
    List<Map<String, String>> rows;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(out.toFile())) {
      rows = it.readAll();
    }
    assertThat(rows).hasSize(106);
    assertThat(rows.get(0))
        .containsEntry("lines", "17")
        .containsEntry("measured", "地区生产总值")
        .containsEntry("value", "4623000000");
    assertThat(names()).containsExactly("figures.csv");
  }

  @Test
  void should_write_json_that_jackson_reads_back_when_exporting_the_figures_of_a_topic()
      throws Exception {
    // given
    Path out = dir.resolve("tourism.json");

    // when
    ShellHarness.Run run =
        shell.oneShot(
            "export", "figures", "--format", "json", "--out", out.toString(), "--topic", "旅游");

    // then
    assertThat(run.exitCode()).isZero();
    JsonNode doc = new ObjectMapper().readTree(out.toFile());
    assertThat(doc.get("topic").asText()).isEqualTo("旅游");
    assertThat(doc.get("figures")).hasSize(5);
    assertThat(doc.get("figures").get(3).get("written").asText()).isEqualTo("突破 1200 万人次");
    assertThat(doc.get("figures").get(3).get("period").asText()).isEqualTo("full_year_target");
  }

  @Test
  void should_write_the_same_brief_as_shown_when_exporting_a_brief() throws Exception {
    // given
    Path out = dir.resolve("brief.md");

    // when
    ShellHarness.Run run = shell.oneShot("export", "brief", "旅游", "--out", out.toString());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("Wrote the brief on 旅游 to " + out);
    assertThat(Files.readString(out)).isEqualTo(resource("/brief/tourism-brief.md"));
  }

  @Test
  void should_take_several_words_as_one_topic_when_the_brief_goes_to_a_file() throws Exception {
    // given
    Path out = dir.resolve("investment.md");

    // when
    ShellHarness.Run run =
        shell.oneShot("brief", "investment", "promotion", "--out", out.toString());

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).startsWith("# Briefing: investment promotion\n");
  }

  @Test
  void should_exit_1_and_leave_nothing_behind_when_the_output_directory_is_missing()
      throws Exception {
    // given
    Path out = dir.resolve("missing").resolve("figures.csv");

    // when
    ShellHarness.Run run =
        shell.oneShot("export", "figures", "--format", "csv", "--out", out.toString());

    // then
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().strip())
        .isEqualTo(
            "error: cannot write "
                + out
                + ": the directory "
                + out.getParent()
                + " does not exist — create it or choose another --out");
    assertThat(run.out()).isEmpty();
    assertThat(names()).isEmpty();
  }

  @Test
  void should_exit_2_with_the_choices_when_export_is_incomplete_or_the_format_unknown()
      throws Exception {
    // when
    ShellHarness.Run bare = shell.oneShot("export");
    ShellHarness.Run noOut = shell.oneShot("export", "figures", "--format", "csv");
    ShellHarness.Run xlsx =
        shell.oneShot(
            "export", "figures", "--format", "xlsx", "--out", dir.resolve("f").toString());

    // then
    assertThat(bare.exitCode()).isEqualTo(2);
    assertThat(bare.err().strip())
        .isEqualTo(
            "error: export needs what to export — one of: export brief, export figures (help"
                + " <command> shows its options)");
    assertThat(noOut.exitCode()).isEqualTo(2);
    assertThat(noOut.err())
        .contains("error: export figures needs --format csv, json or md and --out FILE");
    assertThat(xlsx.exitCode()).isEqualTo(2);
    assertThat(xlsx.err().strip())
        .isEqualTo("error: unknown format 'xlsx' — use --format csv, json or md");
    assertThat(names()).isEmpty();
  }

  @Test
  void should_exit_with_a_one_line_reason_when_the_topic_is_missing_or_not_in_the_report()
      throws Exception {
    // when
    ShellHarness.Run missing = shell.oneShot("brief");
    ShellHarness.Run absent = shell.oneShot("brief", "火箭");

    // then
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().strip())
        .isEqualTo("error: a topic is needed, e.g. brief 旅游 (or tourism, safety …)");
    assertThat(absent.exitCode()).isEqualTo(1);
    assertThat(absent.err().strip())
        .isEqualTo(
            "error: the report says nothing about '火箭' (looked for 火箭) — try a broader or another word");
  }

  @Test
  void should_explain_an_incomplete_export_and_go_on_when_typed_in_the_repl() throws Exception {
    // when
    ShellHarness.Run run = shell.repl(String.join("\n", "export", "figures 旅游", "exit", ""));

    // then
    assertThat(run.out())
        .contains("export needs what to export — one of: export brief, export figures")
        .contains("| [L87] | 全年目标   | 游客量");
    assertThat(run.out()).doesNotContain("No command found");
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BriefShellTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
