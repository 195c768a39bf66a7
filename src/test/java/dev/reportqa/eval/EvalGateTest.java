package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CI gate: the default evaluation set through the same pipeline as {@code ask}, checked against
 * eval/thresholds.json. A regression in any stage fails the build here.
 */
class EvalGateTest {

  @Test
  void should_reach_every_threshold_on_the_default_set() {
    // given
    List<EvalItem> items = EvalSetLoader.load(Path.of("eval/questions.jsonl"));
    Thresholds thresholds = Thresholds.load(Path.of("eval/thresholds.json"));

    // when
    List<EvalRunner.Result> results =
        EvalRunner.run(
            items, new AssistantPipeline("report-qa", TestIndex::assistant), (d, t) -> {});
    Map<String, EvalSummary.Figures> figures = EvalSummary.of(results);

    // then
    assertThat(thresholds.failures(figures))
        .as(
            "figures:%n%s%nwrong items:%n%s",
            EvalTables.figures(figures), EvalTables.misses(results))
        .isEmpty();
  }
}
