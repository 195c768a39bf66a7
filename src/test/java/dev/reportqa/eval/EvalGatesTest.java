package dev.reportqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.answer.AnswerEngine;
import dev.reportqa.answer.AnswerRefiner;
import dev.reportqa.answer.Assistant;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.Lexicons;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.HybridRetriever;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CI gates of eval/gates.json: every further set (the bundled report's holdout, blind and
 * paraphrase sets, and the development reports' sets) through the pipeline {@code reportqa --report
 * R eval} runs, held to its thresholds. The default set keeps its own gate ({@link EvalGateTest}).
 */
class EvalGatesTest {

  static List<EvalGate> gates() {
    return EvalGate.load(Path.of("eval/gates.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("gates")
  void should_reach_the_thresholds_of_every_gated_set(EvalGate gate) {
    // given
    List<EvalItem> items = EvalSetLoader.load(gate.set());
    Supplier<Assistant> assistants =
        gate.report().map(EvalGatesTest::assistants).orElse(TestIndex::assistant);

    // when
    List<EvalRunner.Result> results =
        EvalRunner.run(items, new AssistantPipeline("report-qa", assistants), (d, t) -> {});
    Map<String, EvalSummary.Figures> figures = EvalSummary.of(results);

    // then
    assertThat(gate.thresholds().failures(figures))
        .as(
            "%s (%s)%nfigures:%n%s%nwrong items:%n%s",
            gate, gate.why(), EvalTables.figures(figures), EvalTables.misses(results))
        .isEmpty();
  }

  /** Fresh conversations over another report, read as the shell reads it: its lexicon layers. */
  private static Supplier<Assistant> assistants(Path file) {
    Report report = ReportLoader.load(file);
    LazyEmbeddingModel model = TestIndex.embeddingModel();
    ReportIndex index = new IndexBuilder().build(report, model, BuildProgress.NONE);
    QueryAnalyzer analyzer =
        QueryAnalyzer.withBundledLexicons(TestIndex.languageResources())
            .withLexicons(Lexicons.forReports(List.of(report), TestIndex.languageResources()));
    AnswerEngine engine = TestIndex.engine().withAnalyzer(analyzer);
    HybridRetriever retriever = new HybridRetriever(index, TestIndex.DEFAULT_FUSION);
    return () -> new Assistant(analyzer, retriever, engine, AnswerRefiner.NONE);
  }
}
