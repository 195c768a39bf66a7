package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** English names a Chinese place by its pinyin; a report's places are read that way. */
class PlaceNamesTest {

  @TempDir Path dir;

  @Test
  void should_translate_the_pinyin_of_the_places_a_report_names() throws Exception {
    // given a city's report that names a district of its own
    Path file = dir.resolve("changchun.txt");
    Files.writeString(file, "长春市人民政府工作报告\n各位代表：\n一、过去一年工作回顾\n全市地区生产总值增长5%，南关区新建公园3座。\n");
    Report report = ReportLoader.load(file);

    // when
    QueryAnalyzer analyzer =
        QueryAnalyzer.withBundledLexicons(TestIndex.languageResources())
            .withLexicons(Lexicons.forReports(List.of(report), TestIndex.languageResources()));

    // then
    assertThat(analyzer.analyze("How much did Changchun's GDP grow?").subjectTerms())
        .containsExactly("长春市", "地区生产总值");
    assertThat(analyzer.analyze("What did Changchun City plan?").translations())
        .extracting(AnalyzedQuery.Translation::english, AnalyzedQuery.Translation::chinese)
        .contains(org.assertj.core.groups.Tuple.tuple("changchun city", List.of("长春市", "长春")));
    assertThat(analyzer.analyze("How many parks did Nanguan District build?").subjectTerms())
        .contains("南关区");
  }

  @Test
  void should_read_a_polyphone_by_the_word() {
    // when / then
    assertThat(TestIndex.languageResources().chinese().orElseThrow().pinyin("长春"))
        .isEqualTo("changchun");
  }
}
