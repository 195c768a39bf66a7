package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.HybridRetriever;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A question about a margin ("比全国高多少", "faster than the national average") is answered with the
 * clause that states it, which follows the figure in the report's sentence.
 */
class ComparisonTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index =
        new IndexBuilder()
            .build(
                ReportLoader.load(Path.of("src/test/resources/reports/dev/sichuan-2025.txt")),
                TestIndex.embeddingModel(),
                BuildProgress.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "去年地区生产总值增速比全国高多少？",
    "How much faster did GDP grow than the national average last year?"
  })
  void should_quote_the_margin_after_the_figure(String question) {
    Answer answer =
        new Assistant(
                TestIndex.analyzer(),
                new HybridRetriever(index, TestIndex.DEFAULT_FUSION),
                TestIndex.engine(),
                AnswerRefiner.NONE)
            .ask(question);

    assertThat(answer.text()).contains("高于全国").contains("[L8]");
  }
}
