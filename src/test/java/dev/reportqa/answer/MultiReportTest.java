package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.TestReports;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.HybridRetriever;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Several reports in one index: each answer comes from its report and names it. */
class MultiReportTest {

  private static ReportIndex index;

  @BeforeAll
  static void indexTwoReports() {
    Report other = ReportLoader.load(Path.of("src/test/resources/reports/other-town-2025.md"));
    LazyEmbeddingModel model =
        new LazyEmbeddingModel(EmbeddingChoice.BGE_SMALL_ZH, Executors.newFixedThreadPool(2));
    index =
        new IndexBuilder().build(List.of(TestReports.xitang(), other), model, BuildProgress.NONE);
  }

  @Test
  void should_load_every_report_of_a_folder_in_name_order() {
    List<Report> reports = ReportLoader.loadAll(Path.of("src/test/resources/reports"));

    assertThat(reports).extracting(Report::name).containsExactly("other-town-2025.md");
  }

  @Test
  void should_number_units_across_reports_and_name_the_report_of_each() {
    assertThat(index.units()).extracting(u -> u.id()).doesNotHaveDuplicates();
    assertThat(index.units().get(index.units().size() - 1).report())
        .isEqualTo("other-town-2025.md");
    assertThat(index.multiple()).isTrue();
  }

  @Test
  void should_cite_the_file_when_several_reports_are_loaded() {
    Assistant assistant = assistant();

    Answer visitors = assistant.ask("今年全年的游客量计划突破多少？");
    Answer tea = assistant.ask("茶叶产量力争达到多少吨？");

    assertThat(visitors.text()).contains("[xitang-2024-h1-report.md:L87]");
    assertThat(tea.text()).contains("1000吨").contains("[other-town-2025.md:L20]");
  }

  @Test
  void should_answer_who_gave_a_report_from_the_report_that_holds_the_answer() {
    Answer answer = assistant().ask("是谁作的关于茶叶产业的报告？");

    assertThat(answer.text()).contains("张三").contains("[other-town-2025.md:L6]");
  }

  private static Assistant assistant() {
    return new Assistant(
        TestIndex.analyzer(),
        new HybridRetriever(index, TestIndex.DEFAULT_FUSION),
        TestIndex.engine());
  }
}
