package dev.reportqa.battery;

import dev.reportqa.TestIndex;
import dev.reportqa.TestReports;
import dev.reportqa.answer.Assistant;
import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.FigureExtractor;
import dev.reportqa.llm.ChatModels;
import dev.reportqa.llm.LlmAnswerRefiner;
import dev.reportqa.llm.LlmBriefSummarizer;
import dev.reportqa.llm.LlmProvider;
import dev.reportqa.llm.LlmSettings;
import dev.reportqa.llm.PromptFiles;
import dev.reportqa.report.Report;
import java.time.Duration;

/** LLM mode on the bundled report against a loopback {@code ChatStub}, as the battery uses it. */
final class LlmHarness {

  static final String VISITORS = "全年游客目标是多少？";

  /** The offline answer to {@link #VISITORS}: what every fallback shows. */
  static final String OFFLINE_VISITORS = "2024年目标：力争全年游客量突破 1200 万人次 [L87]";

  /** A faithful model answer to {@link #VISITORS}. */
  static final String GOOD = "全年目标是力争游客量突破 1200 万人次 [L87]。";

  private LlmHarness() {}

  static LlmSettings settings(String url, String key, Duration timeout) {
    return new LlmSettings(LlmProvider.OPENAI, url, "m", key, timeout, 8);
  }

  /**
   * A conversation answered through the model at {@code url}, retrieval over the bundled report.
   */
  static Assistant assistant(LlmSettings settings) {
    return TestIndex.assistant(
        new LlmAnswerRefiner(
            ChatModels.create(settings),
            settings,
            PromptFiles.load(null),
            question ->
                TestIndex.retriever()
                    .retrieve(TestIndex.analyzer().analyze(question), Assistant.RETRIEVED)));
  }

  static Assistant assistant(String url) {
    return assistant(settings(url, "", Duration.ofSeconds(10)));
  }

  /** Briefs with a summary written by the model at {@code url}. */
  static BriefBuilder briefs(String url) {
    LlmSettings settings = settings(url, "", Duration.ofSeconds(10));
    return new BriefBuilder(
        TestIndex.analyzer(),
        new FigureExtractor(),
        new LlmBriefSummarizer(ChatModels.create(settings), PromptFiles.load(null)));
  }

  static Report xitang() {
    return TestReports.xitang();
  }

  /** The notice shown above the offline answer, for a reason worded as in llm-notices. */
  static String fallback(String reason) {
    return "（未采用大模型的回答：" + reason + "。以下是离线答案。）";
  }
}
