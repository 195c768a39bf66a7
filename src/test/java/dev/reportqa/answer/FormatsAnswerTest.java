package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.HybridRetriever;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figure questions on the Word and PDF forms of the Shanghai 2025 report, each answer with the
 * figure and the place a reader finds it: the paragraph of the Word file, the page and paragraph of
 * the PDF. Every place was checked by hand against the printed page (pdftotext -layout of that
 * page, counting its blocks of text, a paragraph carried over from the page before being ¶1).
 */
class FormatsAnswerTest {

  private static final Path DOCX =
      Path.of("src/test/resources/reports/dev/docx/shanghai-2025.docx");
  private static final Path PDF = Path.of("src/test/resources/reports/dev/docx/shanghai-2025.pdf");

  private static ReportIndex docx;
  private static ReportIndex pdf;

  @BeforeAll
  static void index() {
    LazyEmbeddingModel model = TestIndex.embeddingModel();
    docx = new IndexBuilder().build(ReportLoader.load(DOCX), model, BuildProgress.NONE);
    pdf = new IndexBuilder().build(ReportLoader.load(PDF), model, BuildProgress.NONE);
  }

  private static String ask(ReportIndex index, String question) {
    Assistant assistant =
        new Assistant(
            TestIndex.analyzer(),
            new HybridRetriever(index, TestIndex.DEFAULT_FUSION),
            TestIndex.engine(),
            AnswerRefiner.NONE);
    return assistant.ask(question).text();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024年全市生产总值增长多少？ | 增长5% | [¶8] | [p.1 ¶8]",
        "地方一般公共预算收入达到多少？ | 8374.2亿元 | [¶8] | [p.1 ¶8]",
        "城镇调查失业率平均为多少？ | 4.2% | [¶8] | [p.1 ¶8]",
        // The paragraph begins on page 1; these figures are printed after its page break.
        "外贸进出口总额达到多少？ | 4.27万亿元 | [¶8] | [p.2 ¶1]",
        "实际使用外资多少？ | 175亿美元左右 | [¶8] | [p.2 ¶1]",
        "居民人均可支配收入达到多少？ | 8.8万元 | [¶8] | [p.2 ¶1]",
        "盘活处置低效产业用地多少？ | 45平方公里 | [¶11] | [p.2 ¶4]",
        "持牌金融机构增加到多少家？ | 1782家 | [¶12] | [p.3 ¶2]",
        "普惠小微贷款余额达到多少？ | 1.3万亿元 | [¶12] | [p.3 ¶2]",
        "重大工程投资完成多少？ | 2383亿元 | [¶22] | [p.7 ¶1]",
        "全市道路交通事故数下降了多少？ | 14.7% | [¶27] | [p.8 ¶4]",
        "新增养老床位多少张？ | 4385张 | [¶31] | [p.10 ¶3]",
        "2025年全市生产总值增长目标是多少？ | 增长5%左右 | [¶46] | [p.14 ¶2]"
      })
  void should_answer_with_the_figure_and_its_place_when_the_report_is_a_word_file_or_a_pdf(
      String question, String figure, String paragraph, String page) {
    // when
    String fromWord = ask(docx, question);
    String fromPdf = ask(pdf, question);

    // then
    assertThat(fromWord).contains(figure).endsWith(paragraph);
    assertThat(fromPdf).contains(figure).endsWith(page);
  }
}
