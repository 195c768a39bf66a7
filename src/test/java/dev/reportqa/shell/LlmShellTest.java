package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.answer.Answer;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.llm.ChatStub;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell in LLM mode, configured as a user would, against a loopback chat server. The report is
 * a five-paragraph excerpt so that its index builds in a moment.
 */
class LlmShellTest {

  private static final String KEY = "sk-test-5e4d3c2b1a0f9e8d7c6b5a4f3e2d";
  private static final String GOOD = "全年游客量力争突破 1200 万人次 [L9]。";

  @TempDir static Path folder;

  private static ChatStub stub;
  private static ShellHarness shell;

  @BeforeAll
  static void start() throws IOException {
    Path report = folder.resolve("excerpt.md");
    Files.writeString(
        report,
        String.join(
            "\n",
            "# 政府工作报告",
            "",
            "## 一、上半年工作回顾",
            "",
            "上半年实现地区生产总值46.23亿元，财政总收入增长13.7%。",
            "",
            "## 二、下半年主要工作",
            "",
            "**2.要聚链融合文旅行业。**加大古镇景区国际化推广，力争全年游客量突破 1200 万人次，营收超 2 亿元。",
            ""));
    stub = ChatStub.start();
    shell =
        ShellHarness.start(
            "--reportqa.report=" + report,
            "--reportqa.llm=openai",
            "--reportqa.llm-base-url=" + stub.openAiUrl(),
            "--reportqa.llm-model=m",
            "--reportqa.llm-api-key=" + KEY,
            "--reportqa.llm-timeout=10");
  }

  @AfterAll
  static void stop() {
    shell.close();
    stub.close();
  }

  @Test
  void should_print_the_model_answer_with_its_sources_when_llm_mode_is_on() throws Exception {
    // given
    shell.oneShot("new");
    stub.answer(GOOD);

    // when
    ShellHarness.Run run = shell.oneShot("ask", "全年游客目标是多少？");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().limit(4))
        .containsExactly(GOOD, "", "来源：", "  [L9] 二、下半年主要工作 › 2.要聚链融合文旅行业");
    assertThat(stub.lastAnswerPrompt()).contains("<passage lines=\"L9\"");
  }

  @Test
  void should_print_the_offline_answer_under_a_notice_when_the_model_fails() throws Exception {
    // given
    shell.oneShot("new");
    stub.answer(ChatStub.status(500, "{\"error\":\"overloaded\"}"));

    // when
    ShellHarness.Run run = shell.oneShot("ask", "全年游客目标是多少？");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().limit(2))
        .containsExactly("（未采用大模型的回答：模型服务返回 HTTP 500。以下是离线答案。）", "目标：力争全年游客量突破 1200 万人次 [L9]");
  }

  @Test
  void should_show_the_settings_with_the_key_masked_when_asked_for_config() throws Exception {
    // when
    ShellHarness.Run run = shell.oneShot("config");

    // then
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().skip(5))
        .containsExactly(
            "llm            openai",
            "llm base URL   " + stub.openAiUrl(),
            "llm model      m",
            "llm API key    sk-…3e2d",
            "llm timeout    10 s",
            "llm passages   8");
  }

  @Test
  void should_never_print_the_key_whatever_the_command() throws Exception {
    // given: a server that echoes the key in its error
    shell.oneShot("new");
    stub.answer(ChatStub.status(401, "Incorrect API key provided: " + KEY));

    // when
    ShellHarness.Run config = shell.oneShot("config");
    ShellHarness.Run ask = shell.oneShot("ask", "全年游客目标是多少？");
    ShellHarness.Run sources = shell.oneShot("sources");

    // then
    assertThat(ask.out()).startsWith("（未采用大模型的回答：模型服务返回 HTTP 401。以下是离线答案。）");
    for (ShellHarness.Run run : new ShellHarness.Run[] {config, ask, sources}) {
      assertThat(run.out()).doesNotContain(KEY);
      assertThat(run.err()).doesNotContain(KEY);
    }
  }

  @Test
  void should_answer_offline_or_through_the_model_as_an_evaluation_asks() {
    // given
    ReportSession session = shell.bean(ReportSession.class);
    stub.answer(GOOD);
    int before = stub.requests().size();

    // when
    Answer offline = session.newAssistant(BuildProgress.NONE, false).ask("全年游客目标是多少？");
    int afterOffline = stub.requests().size();
    Answer llm = session.newAssistant(BuildProgress.NONE, true).ask("全年游客目标是多少？");

    // then
    assertThat(afterOffline).isEqualTo(before);
    assertThat(offline.text()).isEqualTo("目标：力争全年游客量突破 1200 万人次 [L9]");
    assertThat(llm.text()).isEqualTo(GOOD);
    assertThat(llm.citedLines()).containsExactly(9);
    assertThat(session.newAssistant(BuildProgress.NONE).ask("全年游客目标是多少？").text()).isEqualTo(GOOD);
  }
}
