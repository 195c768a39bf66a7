package dev.reportqa.answer;

import static dev.reportqa.answer.TestStages.ask;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Frame;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an annual report, last year has results and this year targets: a question's year says which.
 */
class AskedPeriodTest {

  private final Report report = TestStages.annualReport();
  private final AskedPeriod period = new AskedPeriod(TestStages.analyzer().cues());

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024年工业产值是多少？, 2024, ACHIEVED",
    "2025年工业产值是多少？, 2025, TARGET",
    "去年全年工业产值是多少？, 2024, ACHIEVED",
    "工业产值是多少？, 0, UNSPECIFIED"
  })
  void should_read_the_year_asked_and_whether_it_has_results_or_targets(
      String question, int year, Frame frame) {
    // given
    AnalyzedQuery query = ask(question);

    // when
    Optional<Period> span = AskedPeriod.span(query, report);

    // then
    assertThat(span.map(Period::from).orElse(0)).isEqualTo(year);
    assertThat(period.frame(query, span, report.periods())).isEqualTo(frame);
  }

  @Test
  void should_read_the_passages_of_the_year_asked_and_those_of_no_period() {
    // given
    List<Passage> passages = TestStages.passages(report);
    AnalyzedQuery query = ask("2024年工业产值是多少？");
    Evidence evidence = TestStages.evidence(query, report, passages);

    // when
    List<Passage> of2024 =
        AskedPeriod.passagesOf(AskedPeriod.span(query, report), passages, evidence);

    // then: the 2025 target of line 6 is left out
    assertThat(passages)
        .extracting(Passage::lines)
        .containsExactly(List.of(1), List.of(2), List.of(4), List.of(6));
    assertThat(of2024)
        .extracting(Passage::lines)
        .containsExactly(List.of(1), List.of(2), List.of(4));
    assertThat(AskedPeriod.passagesOf(Optional.empty(), passages, evidence)).isEqualTo(passages);
  }
}
