package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.reportqa.TestReports;
import dev.reportqa.report.ReportLoader;
import org.junit.jupiter.api.Test;

class BaselinePipelineTest {

  @Test
  void should_answer_with_the_top_segment_and_cite_the_lines_it_covers() {
    // given
    String text = ReportLoader.read(TestReports.XITANG);
    BaselinePipeline baseline = new BaselinePipeline(text, new AllMiniLmL6V2EmbeddingModel());

    // when
    QaPipeline.Reply reply = baseline.newConversation().ask("全年游客目标是多少？");

    // then the answer is a whole segment, cited by its line span, never a refusal
    assertThat(baseline.segments()).isGreaterThan(10);
    assertThat(reply.refused()).isFalse();
    assertThat(reply.retrieved()).hasSize(3);
    int first = reply.citedLines().get(0);
    int last = reply.citedLines().get(reply.citedLines().size() - 1);
    String firstWords = reply.answer().strip().substring(0, 8);
    assertThat(String.join("\n", TestReports.xitang().lines().subList(first - 1, last)))
        .contains(firstWords);
  }
}
