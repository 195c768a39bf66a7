package dev.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.TestReports;
import dev.reportqa.brief.Brief;
import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.FigureExtractor;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The prose summary of a brief in LLM mode: shown only when the brief's passages back it. */
class LlmBriefSummarizerTest {

  private final ChatStub stub = ChatStub.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void should_add_a_verified_summary_to_the_brief_when_the_model_writes_one() {
    // given
    stub.answer("上半年接待游客645万人次 [L23]，全年力争突破 1200 万人次 [L87]。");

    // when
    Brief brief = builder().build(TestReports.xitang(), "旅游");

    // then
    assertThat(brief.summary()).isEqualTo("上半年接待游客645万人次 [L23]，全年力争突破 1200 万人次 [L87]。");
    assertThat(ChatStub.lastMessage(stub.lastAnswerBody())).contains("<topic>\n旅游\n</topic>");
  }

  @Test
  void should_leave_out_a_summary_with_an_invented_figure() {
    stub.answer("上半年接待游客700万人次 [L23]。");

    assertThat(builder().build(TestReports.xitang(), "旅游").summary()).isEmpty();
  }

  @Test
  void should_leave_out_a_summary_citing_a_line_the_brief_does_not_give() {
    stub.answer("上半年接待游客645万人次 [L25]。");

    assertThat(builder().build(TestReports.xitang(), "旅游").summary()).isEmpty();
  }

  @Test
  void should_keep_the_brief_without_a_summary_when_the_model_fails() {
    stub.answer(ChatStub.status(500, "{\"error\":\"down\"}"));

    Brief brief = builder().build(TestReports.xitang(), "旅游");

    assertThat(brief.summary()).isEmpty();
    assertThat(brief.rows()).isNotEmpty();
  }

  private BriefBuilder builder() {
    LlmSettings settings =
        new LlmSettings(LlmProvider.OPENAI, stub.openAiUrl(), "m", "", Duration.ofSeconds(10), 8);
    LlmBriefSummarizer summarizer =
        new LlmBriefSummarizer(ChatModels.create(settings), PromptFiles.load(null));
    return new BriefBuilder(TestIndex.analyzer(), new FigureExtractor(), summarizer);
  }
}
