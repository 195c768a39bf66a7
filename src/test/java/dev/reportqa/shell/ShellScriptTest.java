package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shell driven by a script, as {@code printf '…' | ./reportqa} and {@code ./reportqa ask …}
 * drive it: answers alone on standard output, errors on standard error, the status of the worst
 * line, questions that start like commands answered as questions.
 */
class ShellScriptTest {

  private final ShellHarness shell = ShellHarness.get();

  @Test
  void should_answer_piped_lines_that_start_with_command_words_as_questions() throws Exception {
    // when
    ShellHarness.Run run = shell.script("exit rate of enterprises?\nshow me the first-half GDP\n");

    // then: both asked; the first is not answered by the report (status 3)
    assertThat(run.out())
        .contains("The report does not mention \"exit\"")
        .contains("46.23亿元” [L17]");
    assertThat(run.out()).doesNotContain("report-qa>").doesNotContain("Type a question");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_ANSWERED);
  }

  @Test
  void should_exit_0_when_every_piped_question_is_answered() throws Exception {
    // when
    ShellHarness.Run run = shell.script("全年游客目标是多少？\nshow 87\n\n");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1200 万人次 [L87]").contains("87 │ **2.要聚链融合文旅行业。**");
    assertThat(run.err()).doesNotContain("error");
  }

  @Test
  void should_write_errors_to_stderr_and_exit_with_the_worst_status_when_a_line_fails()
      throws Exception {
    // when
    ShellHarness.Run run = shell.script("show 999\n全年游客目标是多少？\n");

    // then
    assertThat(run.err()).contains("error: line 999 is outside the report, which has lines 1-141");
    assertThat(run.out()).doesNotContain("error").contains("1200 万人次 [L87]");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void should_read_full_width_digits_as_digits_when_a_command_is_typed_with_them()
      throws Exception {
    // when
    ShellHarness.Run run = shell.script("show ８７\n");

    // then
    assertThat(run.out()).startsWith("87 │ **2.要聚链融合文旅行业。**");
  }

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999999", "1-99999999999999999999"})
  void should_say_the_line_is_outside_the_report_when_the_number_is_huge(String lines)
      throws Exception {
    // when
    ShellHarness.Run oneShot = shell.oneShot("show", lines);
    ShellHarness.Run piped = shell.script("show " + lines + "\n");

    // then
    for (ShellHarness.Run run : new ShellHarness.Run[] {oneShot, piped}) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err())
          .contains("outside the report, which has lines 1-141")
          .doesNotContain("NumberFormatException")
          .doesNotContain("For input string");
    }
  }

  @Test
  void should_ask_an_option_like_question_and_never_print_a_parser_error() throws Exception {
    // given: a fresh conversation, so that the question is not read as a follow-up
    shell.oneShot("new");

    // when
    ShellHarness.Run oneShot = shell.oneShot("ask", "--foo");
    ShellHarness.Run piped = shell.script("new\nask --foo\n");

    // then: asked, and not answered by the report
    for (ShellHarness.Run run : new ShellHarness.Run[] {oneShot, piped}) {
      assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_ANSWERED);
      assertThat(run.out() + run.err())
          .doesNotContain("Unrecognised option")
          .doesNotContain("\u001b[");
    }
  }

  @Test
  void should_exit_3_when_the_report_does_not_answer_the_question() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("ask", "全镇常住人口有多少？");

    // then
    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_ANSWERED);
    assertThat(run.out()).startsWith("报告中没有");
  }

  @Test
  void should_print_the_eval_record_when_asked_with_json() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("ask", "--json", "全年游客目标是多少？");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(1);
    JsonNode record = new ObjectMapper().readTree(run.out());
    assertThat(record.fieldNames())
        .toIterable()
        .containsExactly(
            "id",
            "question",
            "answer",
            "refused",
            "citedLines",
            "retrieved",
            "latencyMs",
            "citedPlaces");
    assertThat(record.get("question").asText()).isEqualTo("全年游客目标是多少？");
    assertThat(record.get("citedLines").toString()).isEqualTo("[87]");
    assertThat(record.get("citedPlaces").toString()).isEqualTo("[\"L87\"]");
    assertThat(record.get("retrieved")).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void should_read_the_question_from_standard_input_when_asked_with_a_dash() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShotWithInput("全年游客目标是多少？\n", "ask", "-");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("1200 万人次 [L87]");
  }

  @Test
  void should_reject_an_over_long_line_without_asking_it() throws Exception {
    // given: a question asked, then a pasted line over the limit
    String script = "全年游客目标是多少？\n" + "游客".repeat(1001) + "\nsources\n";

    // when
    ShellHarness.Run run = shell.script(script);

    // then: refused unread; the last question asked is still the first
    assertThat(run.err())
        .contains("error: the line is 2002 characters long; the limit is 2000")
        .doesNotContain("游客游客");
    assertThat(run.out()).contains("Question: 全年游客目标是多少？");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void should_ask_the_last_question_of_a_long_pasted_text() throws Exception {
    // given
    String pasted =
        "我在准备下周的会议材料，看了今年上半年的政府工作报告，里面讲了很多内容，包括经济运行、项目建设、招商引资、文旅融合、"
            + "乡村振兴、民生保障等方面，也讲了下半年的主要工作安排。领导让我把其中和旅游有关的数字整理出来，方便在会上对照。"
            + "那么全年游客目标是多少？";

    // when
    ShellHarness.Run run = shell.script(pasted + "\n");

    // then
    assertThat(run.err()).contains("asking its last question, “那么全年游客目标是多少？”");
    assertThat(run.out()).contains("1200 万人次 [L87]");
  }

  @Test
  void should_show_control_characters_of_an_argument_as_symbols_in_the_error() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("show", "\u001b]0;pwned\u0007\u001b[2J");

    // then
    assertThat(run.err())
        .contains("not a line or range: '␛]0;pwned␇␛[2J'")
        .doesNotContain("\u001b");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
