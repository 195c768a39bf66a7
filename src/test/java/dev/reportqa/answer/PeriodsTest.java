package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.TestReports;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.Frame;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period of a sentence comes from the part of the report it stands in. */
class PeriodsTest {

  private final Periods periods = new Periods(TestIndex.analyzer().cues());
  private final List<Unit> units = new SentenceChunker().chunk(TestReports.xitang());

  @ParameterizedTest(name = "L{0} → {1}")
  @CsvSource({
    "17, ACHIEVED",
    "23, ACHIEVED",
    "73, ACHIEVED",
    "87, TARGET",
    "97, TARGET",
    "123, TARGET",
    "135, UNSPECIFIED",
    "8, UNSPECIFIED"
  })
  void should_read_the_period_from_the_part_of_the_report(int line, Frame period) {
    Unit unit = units.stream().filter(u -> u.lines().contains(line)).findFirst().orElseThrow();

    assertThat(periods.of(unit)).isEqualTo(period);
  }
}
