package dev.reportqa.bench;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Question latency inside a running process, on the bundled report: retrieval alone, the answer
 * stage alone, and the whole question (analyze, retrieve, answer) as the shell's {@code ask} runs
 * it. Each invocation is one question, taken in turn from {@code bench/questions.tsv}, so the
 * sampled times are the distribution over the question list; SampleTime mode gives its percentiles.
 *
 * <p>Run by {@code ./mvnw -B -Pbench verify -DskipTests}, or alone with {@code java -cp <test
 * classpath> dev.reportqa.bench.QuestionLatencyBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// One fork per benchmark: each builds the index once (about 10 s), then warms up. Short, so that
// the six runs take a few minutes; the figures are medians over ~20 questions repeated.
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuestionLatencyBench {

  /** The questions asked: the Chinese or the English ones of the list. */
  @Param({"zh", "en"})
  public String lang;

  private BenchPipeline pipeline;
  private List<String> questions;
  private List<AnalyzedQuery> queries;
  private List<List<Passage>> passages;
  private Assistant assistant;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    pipeline = BenchPipeline.bundled();
    questions = BenchQuestions.in(lang).stream().map(BenchQuestions.Question::text).toList();
    queries = new ArrayList<>();
    passages = new ArrayList<>();
    for (String q : questions) {
      AnalyzedQuery query = pipeline.analyzer().analyze(q);
      queries.add(query);
      passages.add(pipeline.retriever().retrieve(query, Assistant.RETRIEVED));
    }
    assistant = pipeline.assistant();
  }

  private int nextQuestion() {
    int i = next;
    next = (next + 1) % questions.size();
    return i;
  }

  /** Both rankers and their fusion: embeds the question, BM25, cosine, RRF. */
  @Benchmark
  public List<Passage> retrieve() {
    return pipeline.retriever().retrieve(queries.get(nextQuestion()), Assistant.RETRIEVED);
  }

  /** The answer stage alone, from already retrieved passages. */
  @Benchmark
  public Answer answer() {
    int i = nextQuestion();
    return pipeline.engine().answer(queries.get(i), passages.get(i), pipeline.index());
  }

  /** The whole question, as {@code ask} runs it at the start of a conversation. */
  @Benchmark
  public Answer question() {
    assistant.reset();
    return assistant.ask(questions.get(nextQuestion()));
  }

  public static void main(String[] args) throws RunnerException {
    String loadBefore = Bench.loadAverage();
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(QuestionLatencyBench.class.getName() + "\\.")
            .shouldFailOnError(true);
    if (Boolean.getBoolean("bench.jmh.smoke")) {
      // A check that the harness runs, not a measurement.
      options
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(1)
          .measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(
        Comparator.comparing((RunResult r) -> order(r.getParams()))
            .thenComparing(r -> r.getParams().getParam("lang")));
    Bench.Table table =
        new Bench.Table("stage", "questions", "p50 ms", "p95 ms", "p99 ms", "max ms", "samples");
    double wholeP50 = Double.NaN;
    double wholeP95 = Double.NaN;
    for (RunResult r : sorted) {
      BenchmarkParams p = r.getParams();
      Statistics s = r.getPrimaryResult().getStatistics();
      String stage = stage(p);
      table.row(
          stage,
          p.getParam("lang") + " (" + BenchQuestions.in(p.getParam("lang")).size() + ")",
          Bench.ms(s.getPercentile(50)),
          Bench.ms(s.getPercentile(95)),
          Bench.ms(s.getPercentile(99)),
          Bench.ms(s.getMax()),
          s.getN());
      if (stage.startsWith("question")) {
        wholeP50 =
            Double.isNaN(wholeP50) ? s.getPercentile(50) : Math.max(wholeP50, s.getPercentile(50));
        wholeP95 =
            Double.isNaN(wholeP95) ? s.getPercentile(95) : Math.max(wholeP95, s.getPercentile(95));
      }
    }
    String body =
        "JMH 1.37, SampleTime, 1 fork per row, 3 × 2 s warm-up, 5 × 2 s measurement; each"
            + " invocation is the next question of `src/test/resources/bench/questions.tsv`"
            + " (cycled), on the bundled report indexed with bge-small-zh on "
            + BenchPipeline.cores()
            + " embedding threads.\n\n"
            + table
            + "\nTargets (whole question, worse language): p50 ≤ 15 ms — "
            + Bench.ms(wholeP50)
            + " ms, "
            + Bench.met(wholeP50, 15)
            + "; p95 ≤ 40 ms — "
            + Bench.ms(wholeP95)
            + " ms, "
            + Bench.met(wholeP95, 40)
            + ".\n";
    Bench.report(
        "question-latency", "Question latency in a running process (JMH)", loadBefore, body);
  }

  private static int order(BenchmarkParams p) {
    String m = p.getBenchmark();
    return m.endsWith(".retrieve") ? 0 : m.endsWith(".answer") ? 1 : 2;
  }

  private static String stage(BenchmarkParams p) {
    return switch (order(p)) {
      case 0 -> "retrieve (embed question, BM25, cosine, fusion)";
      case 1 -> "answer (from retrieved passages)";
      default -> "question (analyze + retrieve + answer)";
    };
  }
}
