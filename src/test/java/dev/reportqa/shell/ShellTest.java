package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.index.BuildProgress;
import org.junit.jupiter.api.Test;

/**
 * The shell as a user meets it: one-shot commands with their output and exit codes, and a REPL
 * session where typing a question answers it. Runs the real application context in process.
 */
class ShellTest {

  private final ShellHarness shell = ShellHarness.get();

  @Test
  void should_answer_the_visitor_target_with_its_line_when_asked_one_shot() throws Exception {
    ShellHarness.Run run = shell.oneShot("ask", "全年游客目标是多少？");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("力争全年游客量突破 1200 万人次 [L87]");
    assertThat(run.out()).contains("来源：").contains("[L87] 二、下半年主要工作 › （一）要打好经济主动仗 › 2.要聚链融合文旅行业");
  }

  @Test
  void should_answer_the_first_half_gdp_with_line_17() throws Exception {
    ShellHarness.Run run = shell.oneShot("ask", "上半年地区生产总值是多少？");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).contains("46.23亿元").endsWith("[L17]");
  }

  @Test
  void should_take_an_unquoted_english_question_as_several_words() throws Exception {
    ShellHarness.Run run = shell.oneShot("ask", "What's", "the", "visitor", "target?");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("12 million").contains("[L87]");
  }

  @Test
  void should_exit_2_with_a_hint_when_the_question_is_empty() throws Exception {
    ShellHarness.Run empty = shell.oneShot("ask", "");
    ShellHarness.Run blank = shell.oneShot("ask", "   ");
    ShellHarness.Run missing = shell.oneShot("ask");

    for (ShellHarness.Run run : new ShellHarness.Run[] {empty, blank, missing}) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("error: ask needs a question, e.g. ask \"全年游客目标是多少？\"");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void should_exit_2_when_the_question_is_over_2000_characters() throws Exception {
    ShellHarness.Run run = shell.oneShot("ask", "游".repeat(2001));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: the question is 2001 characters long; the limit is 2000");
  }

  @Test
  void should_exit_2_with_the_commands_when_the_command_is_unknown() throws Exception {
    ShellHarness.Run run = shell.oneShot("shwo", "87");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: unknown command 'shwo' (did you mean show?)")
        .contains("ask")
        .contains("outline");
  }

  @Test
  void should_print_numbered_lines_for_show() throws Exception {
    ShellHarness.Run one = shell.oneShot("show", "87");
    ShellHarness.Run range = shell.oneShot("show", "85-89");

    assertThat(one.exitCode()).isZero();
    assertThat(one.out()).startsWith("87 │ **2.要聚链融合文旅行业。**");
    assertThat(range.out().lines()).hasSize(5);
    assertThat(range.out().lines().map(l -> l.substring(0, 2)))
        .containsExactly("85", "86", "87", "88", "89");
  }

  @Test
  void should_exit_2_when_show_is_outside_the_report() throws Exception {
    ShellHarness.Run past = shell.oneShot("show", "142");
    ShellHarness.Run zero = shell.oneShot("show", "0-3");
    ShellHarness.Run junk = shell.oneShot("show", "abc");

    assertThat(past.exitCode()).isEqualTo(2);
    assertThat(past.err()).contains("error: line 142 is outside the report, which has lines 1-141");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(junk.exitCode()).isEqualTo(2);
    assertThat(junk.err()).contains("not a line or range: 'abc'");
  }

  @Test
  void should_list_the_loaded_reports_and_show_lines_by_report_name() throws Exception {
    ShellHarness.Run reports = shell.oneShot("reports");
    ShellHarness.Run named = shell.oneShot("show", "xitang-2024-h1-report.md:87");

    assertThat(reports.out())
        .startsWith("xitang-2024-h1-report.md")
        .contains("141 lines")
        .contains("曹宇杰");
    assertThat(named.out()).startsWith("87 │ **2.要聚链融合文旅行业。**");
    ShellHarness.Run brief = shell.oneShot("brief", "旅游", "--in", "xitang-2024-h1-report.md");
    ShellHarness.Run unknown = shell.oneShot("outline", "nope.md");
    assertThat(brief.out()).contains("645万人次 [L23]");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("no report named 'nope.md' is loaded — loaded: xitang-2024-h1-report.md");
  }

  @Test
  void should_print_the_section_tree_with_line_ranges() throws Exception {
    ShellHarness.Run run = shell.oneShot("outline");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("政府工作报告 — 曹宇杰, 2024年7月26日 (xitang-2024-h1-report.md, 141 lines)")
        .contains("L15-75    一、上半年工作回顾")
        .contains("L81-89      （一）要打好经济主动仗，在加快培育发展新质生产力上改革突破")
        .contains("L87           2.要聚链融合文旅行业");
  }

  @Test
  void should_answer_a_typed_question_in_the_repl_and_survive_bad_lines() throws Exception {
    ShellHarness.Run run =
        shell.repl(
            String.join("\n", "全年游客目标是多少？", "show 999", "shwo 87", "", "show 87", "exit", ""));

    assertThat(run.out())
        .contains("力争全年游客量突破 1200 万人次 [L87]")
        .contains("error: line 999 is outside the report, which has lines 1-141")
        .contains("unknown command 'shwo' (did you mean show?)")
        .contains("87 │ **2.要聚链融合文旅行业。**");
  }

  @Test
  void should_list_the_passages_behind_the_last_answer() throws Exception {
    shell.oneShot("ask", "全年游客目标是多少？");

    ShellHarness.Run run = shell.oneShot("sources");

    assertThat(run.out())
        .contains("Read as: language=zh, asks=amount, period=target")
        .contains("bm25 (rank)")
        .contains("[L87]");
  }

  @Test
  void should_refuse_an_llm_conversation_naming_the_settings_when_llm_mode_is_off() {
    // given
    ReportSession session = shell.bean(ReportSession.class);

    // when / then
    assertThat(session.llmEnabled()).isFalse();
    assertThatThrownBy(() -> session.newAssistant(BuildProgress.NONE, true))
        .isInstanceOf(UsageException.class)
        .hasMessage(
            "LLM mode is off — set REPORTQA_LLM=openai (or ollama), REPORTQA_LLM_BASE_URL and"
                + " REPORTQA_LLM_MODEL");
  }

  @Test
  void should_show_llm_mode_off_in_config_by_default() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("config");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines())
        .contains("embedding      bge-small-zh")
        .contains("index cache    " + ShellHarness.CACHE_DIR)
        .last()
        .isEqualTo("llm            off (set REPORTQA_LLM=openai or ollama to turn it on)");
  }
}
