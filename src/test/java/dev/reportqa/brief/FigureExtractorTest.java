package dev.reportqa.brief;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestReports;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Figures of the bundled report, read against known sentences. */
class FigureExtractorTest {

  private static final List<Figure> FIGURES = new FigureExtractor().extract(TestReports.xitang());

  @ParameterizedTest(name = "L{0} {1}")
  @CsvFileSource(resources = "/brief/known-figures.tsv", delimiter = '\t')
  void should_read_what_is_measured_value_unit_period_and_line_when_a_known_figure_is_extracted(
      String lines,
      String written,
      String measured,
      String value,
      String unit,
      String period,
      String change,
      String growth) {
    // given
    List<Integer> expectedLines = Arrays.stream(lines.split(";")).map(Integer::valueOf).toList();

    // when
    Figure figure = find(expectedLines, written, measured);

    // then
    assertThat(figure.lines()).isEqualTo(expectedLines);
    assertThat(figure.measured()).isEqualTo(measured);
    assertThat(figure.value()).isEqualByComparingTo(value);
    assertThat(figure.value().toPlainString()).isEqualTo(value);
    assertThat(figure.unit()).isEqualTo(unit);
    assertThat(figure.periodCode()).isEqualTo(period);
    assertThat(figure.change()).isEqualTo(Objects.requireNonNullElse(change, ""));
    assertThat(figure.growth() == null ? "" : figure.growth().display())
        .isEqualTo(Objects.requireNonNullElse(growth, ""));
  }

  @ParameterizedTest(name = "L{0}")
  @CsvFileSource(resources = "/brief/figures-by-line.tsv", delimiter = '\t')
  void should_leave_out_names_years_editions_ranks_and_linked_growth_when_a_line_has_them(
      int line, String figures, String leftOut) {
    // given
    List<String> expected = List.of(figures.split("\\|"));

    // when
    List<String> written =
        FIGURES.stream().filter(f -> f.lines().get(0) == line).map(Figure::written).toList();

    // then
    assertThat(written).as("left out: %s", leftOut).isEqualTo(expected);
  }

  @Test
  void should_find_every_figure_of_the_report_when_extracting_it() {
    // when
    long achieved = count("first_half_achieved");
    long fullYear = count("full_year_target");
    long secondHalf = count("second_half_target");

    // then: the golden count of the bundled report, one per number with a unit and a subject
    assertThat(FIGURES).hasSize(106);
    assertThat(achieved).isEqualTo(80);
    assertThat(fullYear).isEqualTo(13);
    assertThat(secondHalf).isEqualTo(13);
    assertThat(count("other")).isZero();
  }

  @Test
  void should_link_the_growth_to_its_base_figure_when_the_clause_gives_both() {
    // when
    Figure investment = find(List.of(33), "18.8 亿元", "固定资产投资");

    // then
    assertThat(investment.growth().verb()).isEqualTo("同比增长");
    assertThat(investment.growth().rate().value()).isEqualByComparingTo("14");
    assertThat(investment.display()).isEqualTo("18.8亿元，同比增长14%");
    assertThat(FIGURES).noneMatch(f -> f.written().equals("14%"));
  }

  @Test
  void should_show_a_figure_tidily_with_its_bound_when_displayed() {
    // when
    Figure target = find(List.of(87), "突破 1200 万人次", "游客量");
    Figure matters = find(List.of(63), "4.3 万余件", "政务服务中心累计受理事项");
    Figure growth = find(List.of(97), "10%以上", "固定资产投资");

    // then
    assertThat(target.display()).isEqualTo("突破1200万人次");
    assertThat(matters.display()).isEqualTo("4.3万余件");
    assertThat(growth.display()).isEqualTo("增长10%以上");
  }

  private static Figure find(List<Integer> lines, String written, String measured) {
    return FIGURES.stream()
        .filter(f -> f.lines().equals(lines) && f.written().equals(written))
        .filter(f -> f.measured().equals(measured))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no figure "
                        + written
                        + " ("
                        + measured
                        + ") at "
                        + lines
                        + "; there: "
                        + FIGURES.stream()
                            .filter(f -> f.lines().equals(lines))
                            .map(f -> f.written() + " (" + f.measured() + ")")
                            .toList()));
  }

  private static long count(String code) {
    return FIGURES.stream().filter(f -> f.periodCode().equals(code)).count();
  }
}
