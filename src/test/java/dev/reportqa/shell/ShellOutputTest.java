package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportqa.answer.Answer;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Citation;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.llm.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the shell prints and keeps: lines laid out for the terminal's width, a report's escape
 * sequences shown as symbols in every command, the REPL history private and free of pasted pages.
 */
class ShellOutputTest {

  private final ShellHarness shell = ShellHarness.get();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {40, 60, 80, 100, 150})
  void should_keep_every_source_line_within_the_width_when_an_answer_is_laid_out(int width) {
    // given
    ReportSession session = shell.bean(ReportSession.class);
    AnswerPrinter printer = new AnswerPrinter(shell.bean(AnswerTemplates.class));
    Answer answer = session.newAssistant(BuildProgress.NONE).ask("全年游客目标是多少？");

    // when
    List<String> lines = printer.answer(answer, session.reports(), width).lines().toList();

    // then: the answer line as it is, every source line inside the width
    assertThat(lines.get(0)).isEqualTo(answer.text());
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(width));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("力争全年游客量突破"));
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {60, 100})
  void should_keep_the_sources_table_within_the_width(int width) {
    // given
    ReportSession session = shell.bean(ReportSession.class);
    AnswerPrinter printer = new AnswerPrinter(shell.bean(AnswerTemplates.class));
    Answer answer = session.newAssistant(BuildProgress.NONE).ask("全年游客目标是多少？");

    // when
    String table = printer.sources(answer, Citation.of(session.reports()), width);

    // then
    assertThat(table.lines().dropWhile(l -> !l.startsWith("#")).toList())
        .isNotEmpty()
        .allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(width));
  }

  @Test
  void should_show_how_a_question_was_read_and_why_it_was_answered_or_refused() {
    // given
    ReportSession session = shell.bean(ReportSession.class);
    AnswerPrinter printer = new AnswerPrinter(shell.bean(AnswerTemplates.class));
    var assistant = session.newAssistant(BuildProgress.NONE);
    var nlp = session.analyzer().resources().chinese();
    Answer answered = assistant.ask("全年游客目标是多少？");
    Answer refused = assistant.ask("杭州市的游客目标是多少？");

    // when
    List<String> first =
        printer.sources(answered, Citation.of(session.reports()), 100, nlp).lines().toList();
    List<String> second =
        printer.sources(refused, Citation.of(session.reports()), 100, nlp).lines().toList();

    // then: the words HanLP cut, the places it found, and the decision with its reason
    assertThat(first).contains("Decision: answered from [L87]");
    assertThat(first).anySatisfy(l -> assertThat(l).startsWith("Words: 全年/").contains("目标/"));
    assertThat(second).contains("Names: place 杭州市");
    assertThat(second).anySatisfy(l -> assertThat(l).isEqualTo("Decision: refused — 报告中没有提到“杭州”。"));
  }

  @Test
  void should_cite_the_page_and_paragraph_of_a_pdf_in_the_sources_at_every_width_and_in_json()
      throws Exception {
    // given: the PDF whose places FormatsAnswerTest checked by hand against the printed pages
    ShellHarness pdf =
        ShellHarness.start(
            "--reportqa.report=src/test/resources/reports/dev/docx/shanghai-2025.pdf");
    try {
      ReportSession session = pdf.bean(ReportSession.class);
      AnswerPrinter printer = new AnswerPrinter(pdf.bean(AnswerTemplates.class));
      Answer answer = session.newAssistant(BuildProgress.NONE).ask("持牌金融机构增加到多少家？");

      for (int width : new int[] {60, 100}) {
        // when
        List<String> lines = printer.answer(answer, session.reports(), width).lines().toList();
        List<String> table =
            printer
                .sources(answer, Citation.of(session.reports()), width)
                .lines()
                .dropWhile(l -> !l.startsWith("#"))
                .toList();

        // then: the answer, its first source and the table's first row cite page 3, paragraph 2
        assertThat(lines.get(0)).isEqualTo(answer.text()).contains("1782家").endsWith("[p.3 ¶2]");
        assertThat(lines.get(3)).startsWith("  [p.3 ¶2] ");
        assertThat(table.get(1)).matches("1 +\\S+ +.*\\[p\\.3 ¶2\\].*");
        assertThat(lines.subList(1, lines.size()))
            .allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(width));
        assertThat(table).allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(width));
      }

      // when
      ShellHarness.Run json = pdf.oneShot("ask", "--json", "持牌金融机构增加到多少家？");

      // then: the record names the place as well as the paragraph's line of the text
      JsonNode record = new ObjectMapper().readTree(json.out());
      assertThat(record.get("citedPlaces").toString()).isEqualTo("[\"p.3 ¶2\"]");
    } finally {
      pdf.close();
    }
  }

  @Test
  void should_show_a_report_s_escape_sequences_as_symbols_in_every_command() throws Exception {
    // given: a report whose paragraph holds a title-setting and a clear-screen sequence. A web
    // page, since a text file holding such controls is refused as binary when it is read; a page
    // carries them as character references.
    Path report =
        Files.writeString(
            dir.resolve("escapes.html"),
            "<html><body><h1>政府工作报告</h1><h2>一、上半年工作回顾</h2>"
                + "<p>上半年实现地区生产总值46.23亿元&#27;]0;pwned&#7;&#27;[2J，同比增长6%。</p>"
                + "</body></html>");
    ShellHarness small = ShellHarness.start("--reportqa.report=" + report);
    try {
      // when
      List<ShellHarness.Run> runs =
          List.of(
              small.oneShot("show", "3"),
              small.oneShot("ask", "上半年地区生产总值是多少？"),
              small.oneShot("sources"),
              small.oneShot("figures"),
              small.oneShot("brief", "地区生产总值"),
              small.oneShot("outline"));

      // then
      for (ShellHarness.Run run : runs) {
        assertThat(run.out() + run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
      }
      assertThat(runs.get(0).out()).contains("46.23亿元␛]0;pwned␇␛[2J，同比增长6%");
    } finally {
      small.close();
    }
  }

  @Test
  void should_keep_typed_lines_in_a_private_history_without_pasted_pages() throws Exception {
    // given
    Files.deleteIfExists(ShellHarness.HISTORY);
    String page = "报告".repeat(PrivateHistory.MAX_LINE);

    // when
    shell.repl("show 87\n" + page + "\nexit\n");

    // then
    assertThat(Files.readString(ShellHarness.HISTORY)).contains(":show 87").doesNotContain(page);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ShellHarness.HISTORY)))
        .isEqualTo("rw-------");
  }

  @Test
  void should_mask_a_secret_in_errors_and_in_the_history_when_a_line_holds_one() throws Exception {
    // given: a key the process knows (as LLM mode registers its API key)
    String key = "sk-shell-output-AbCdEfGhIjKlMn";
    Secrets.register(key);
    Files.deleteIfExists(ShellHarness.HISTORY);

    // when: typed as a report's name, in one command, a script and the REPL
    ShellHarness.Run oneShot = shell.oneShot("show", key + ":87");
    ShellHarness.Run piped = shell.script("show " + key + ":87\n");
    ShellHarness.Run typed = shell.repl("show " + key + ":87\nexit\n");

    // then
    for (ShellHarness.Run run : List.of(oneShot, piped)) {
      assertThat(run.err()).startsWith("error: no report named '***' is loaded");
      assertThat(run.out() + run.err()).doesNotContain(key);
    }
    assertThat(typed.out()).contains("error: no report named '***' is loaded");
    assertThat(Files.readString(ShellHarness.HISTORY)).contains(":show ***:87").doesNotContain(key);
  }

  @Test
  void should_write_no_history_when_lines_come_from_a_pipe() throws Exception {
    // given
    Files.deleteIfExists(ShellHarness.HISTORY);

    // when
    shell.script("show 87\n全年游客目标是多少？\n");
    shell.oneShot("show", "87");

    // then
    assertThat(ShellHarness.HISTORY).doesNotExist();
  }

  @Test
  void should_open_the_repl_with_a_banner_and_read_a_typo_as_one() throws Exception {
    // when
    ShellHarness.Run run = shell.repl("shwo 87\nexit\n");

    // then
    assertThat(run.out())
        .contains("report-qa — xitang-2024-h1-report.md (141 lines)")
        .contains("Type a question, or help; exit to leave.")
        .contains("unknown command 'shwo' (did you mean show?) — or type a question");
  }
}
