package dev.reportqa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The periods real reports review and plan, read from their own part titles and paragraphs. */
class ReportPeriodsTest {

  private static final Path DEV = Path.of("src/test/resources/reports/dev");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "chongqing-2026.txt|2025年实绩、“十四五”时期实绩、“十五五”时期目标、2026年目标",
        "hebei-2026.txt|“十四五”时期实绩、2025年实绩、“十五五”时期目标、2026年目标",
        "henan-2025.txt|2024年实绩、2025年目标",
        "ningxia-2026.txt|2025年实绩、“十四五”时期实绩、“十五五”时期目标、2026年目标",
        "shanghai-2025.txt|2024年实绩、2025年目标",
        "sichuan-2025.txt|2024年实绩、2025年目标",
        "xizang-2025.txt|2024年实绩、2025年目标",
        "zhejiang-2026.txt|2025年实绩、“十四五”时期实绩、“十五五”时期目标、2026年目标"
      })
  void should_cover_the_year_reviewed_and_the_year_planned(String file, String coverage) {
    assertThat(ReportLoader.load(DEV.resolve(file)).periods().coverageZh()).isEqualTo(coverage);
  }

  @Test
  void should_read_a_title_naming_an_earlier_year_as_a_review_whatever_its_words() {
    // 一、2025年主要工作和“十四五”发展成就: 主要工作 usually plans, 成就 reviews; 2025 < 2026 decides.
    Report report = ReportLoader.load(DEV.resolve("zhejiang-2026.txt"));
    Paragraph jobs = report.paragraphAt(31).orElseThrow();

    assertThat(report.periods().ofPart(jobs)).isEqualTo(Period.year(Period.Role.RESULT, 2025));
  }

  @Test
  void should_give_a_paragraph_of_a_five_year_review_the_one_year_it_opens_with() {
    Report report = ReportLoader.load(DEV.resolve("hebei-2026.txt"));
    Paragraph lastYear = report.paragraphAt(27).orElseThrow(); // 刚刚过去的2025年，…
    Paragraph fiveYears = report.paragraphAt(15).orElseThrow(); // 这五年，…

    assertThat(report.periods().of(lastYear, "全省生产总值增长5.6%"))
        .isEqualTo(Period.year(Period.Role.RESULT, 2025));
    assertThat(report.periods().of(fiveYears, "经济实力跃上新台阶"))
        .isEqualTo(Period.plan(Period.Role.RESULT, 14));
  }

  @Test
  void should_keep_a_mid_year_reports_halves() {
    Report report = ReportLoader.load(Path.of("seeds/xitang-2024-h1-report.md"));

    assertThat(report.periods().coverageZh()).isEqualTo("2024年上半年实绩、2024年下半年目标、2024年目标");
  }
}
