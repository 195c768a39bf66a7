package dev.reportqa.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.reportqa.answer.Assistant;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.DenseIndex;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.index.IndexBuilder;
import dev.reportqa.index.LazyEmbeddingModel;
import dev.reportqa.index.LexicalIndex;
import dev.reportqa.index.ReportIndex;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import dev.reportqa.retrieve.Passage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Many reports in one index: a synthetic corpus made from the bundled report (names and figures
 * permuted, fixed seed), indexed over its first N reports for each N, with the time to build and
 * the latency of the question list at that size, stage by stage. Then the dense store alone at
 * larger sizes, to find where its brute-force scan passes the latency budget.
 *
 * <p>Embedding is the slow part of a build and grows linearly with the units. Each report's units
 * are embedded once, through {@link IndexBuilder#embed} (the build's own batching and threads), and
 * that time is recorded per report; each index of N reports is then built from those vectors
 * exactly as {@link IndexBuilder#build} builds it (chunking, Lucene, the vector store), and that
 * time measured. Build time at N = embedding time of its N reports + the rest measured at N.
 *
 * <p>System properties: {@code bench.reports} (default {@code 1,10,50,200}: the sizes, the largest
 * is how many reports are made and embedded), {@code bench.dense.units} (default {@code
 * 1000,5000,10000,20000,50000,100000,200000}), {@code bench.many.passes} (default 5), {@code
 * bench.seed}.
 */
final class ManyReportsBench {

  private static final List<Integer> SIZES =
      ints(System.getProperty("bench.reports", "1,10,50,200"));
  private static final List<Integer> DENSE_UNITS =
      ints(System.getProperty("bench.dense.units", "1000,5000,10000,20000,50000,100000,200000"));
  private static final int PASSES = Integer.getInteger("bench.many.passes", 5);
  private static final long SEED = Long.getLong("bench.seed", 20240726L);

  /** Warm-up at each size: at least this long and this many passes over the questions. */
  private static final long WARM_UP_NANOS = 8_000_000_000L;

  private static final int MIN_WARM_UP_PASSES = 3;

  /** The whole-question targets of the issue: p50 ≤ 15 ms, p95 ≤ 40 ms. */
  private static final double P50_BUDGET_MS = 15;

  private static final double P95_BUDGET_MS = 40;

  private ManyReportsBench() {}

  public static void main(String[] args) throws IOException {
    String loadBefore = Bench.loadAverage();
    int max = SIZES.stream().mapToInt(Integer::intValue).max().orElseThrow();
    Path folder = Files.createTempDirectory("report-qa-synthetic-");
    String bundled = Files.readString(BenchPipeline.BUNDLED, StandardCharsets.UTF_8);
    new SyntheticCorpus(SEED).write(bundled, max, folder);
    List<Report> reports = ReportLoader.loadAll(folder);
    Bench.progress("many reports: %d synthetic reports in %s", reports.size(), folder);

    LazyEmbeddingModel model = BenchPipeline.model(BenchPipeline.cores());
    EmbeddingModel embedder = model.get();
    SentenceChunker chunker = new SentenceChunker();
    List<List<Embedding>> vectors = new ArrayList<>();
    double[] embedSeconds = new double[reports.size()];
    long started = System.nanoTime();
    for (int i = 0; i < reports.size(); i++) {
      List<Unit> units = chunker.chunk(reports.get(i));
      long t0 = System.nanoTime();
      vectors.add(IndexBuilder.embed(embedder, units, BuildProgress.NONE));
      embedSeconds[i] = (System.nanoTime() - t0) / 1e9;
      if ((i + 1) % 10 == 0 || i + 1 == reports.size()) {
        double elapsed = (System.nanoTime() - started) / 1e9;
        Bench.progress(
            "many reports: embedded %d/%d reports, %.0f s, about %.0f s to go (load %s)",
            i + 1,
            reports.size(),
            elapsed,
            elapsed / (i + 1) * (reports.size() - i - 1),
            Bench.loadAverage());
      }
    }

    List<BenchQuestions.Question> questions = BenchQuestions.all();
    Bench.Table sizes =
        new Bench.Table(
            "reports",
            "units",
            "embedding s",
            "rest of build s",
            "index s per report",
            "first question ms",
            "question p50 ms",
            "question p95 ms",
            "heap MiB",
            "load average");
    Bench.Table stages =
        new Bench.Table(
            "reports",
            "analyze",
            "embed question",
            "cosine, all units",
            "cosine, top 10",
            "BM25, all hits",
            "BM25, top 10",
            "retrieve (depth 100)",
            "fusion and rest",
            "answer");
    Map<String, Map<Integer, List<Double>>> byKind = new LinkedHashMap<>();
    List<double[]> p50s = new ArrayList<>();
    for (int n : SIZES) {
      String load = Bench.loadAverage();
      long t0 = System.nanoTime();
      ReportIndex index = build(reports.subList(0, n), vectors.subList(0, n), model);
      double rest = (System.nanoTime() - t0) / 1e9;
      double embedding = Arrays.stream(embedSeconds, 0, n).sum();
      BenchPipeline pipeline = BenchPipeline.over(index);
      Assistant assistant = pipeline.assistant();

      double first = millis(() -> assistant.ask(questions.get(0).text()));
      // Warm up until the JIT has compiled the question path: a few passes are not enough (the
      // first runs of this benchmark measured twice the JMH figure at one report after 2 passes).
      long warmUntil = System.nanoTime() + WARM_UP_NANOS;
      for (int pass = 0; pass < MIN_WARM_UP_PASSES || System.nanoTime() < warmUntil; pass++) {
        questions.forEach(
            q -> {
              assistant.reset();
              assistant.ask(q.text());
            });
      }
      List<Double> whole = new ArrayList<>();
      for (int pass = 0; pass < PASSES; pass++) {
        for (BenchQuestions.Question q : questions) {
          assistant.reset();
          double ms = millis(() -> assistant.ask(q.text()));
          whole.add(ms);
          byKind
              .computeIfAbsent(q.lang() + " " + q.kind(), k -> new LinkedHashMap<>())
              .computeIfAbsent(n, k -> new ArrayList<>())
              .add(ms);
        }
      }
      Map<String, List<Double>> stage = stages(pipeline, questions, embedder);
      double heap = heapMib();
      double p50 = Bench.median(whole);
      double p95 = Bench.percentile(whole, 95);
      p50s.add(new double[] {n, p50, p95, Bench.median(stage.get("cosine, all units"))});
      sizes.row(
          n,
          index.units().size(),
          Bench.s(embedding),
          Bench.s(rest),
          Bench.s((embedding + rest) / n),
          Bench.ms(first),
          Bench.ms(p50),
          Bench.ms(p95),
          String.format(Locale.ROOT, "%.0f", heap),
          load);
      stages.row(
          n,
          cell(stage.get("analyze")),
          cell(stage.get("embed question")),
          cell(stage.get("cosine, all units")),
          cell(stage.get("cosine, top 10")),
          cell(stage.get("BM25, all hits")),
          cell(stage.get("BM25, top 10")),
          cell(stage.get("retrieve")),
          cell(stage.get("fusion and rest")),
          cell(stage.get("answer")));
      Bench.progress(
          "many reports: %d reports, %d units: build %.1f s + %.1f s, question p50 %.1f ms, p95"
              + " %.1f ms",
          n, index.units().size(), embedding, rest, p50, p95);
    }

    Bench.Table kinds = new Bench.Table(header("question kind", SIZES));
    byKind.forEach(
        (kind, perSize) -> {
          List<Object> row = new ArrayList<>();
          row.add(kind);
          for (int n : SIZES) {
            row.add(Bench.ms(Bench.median(perSize.getOrDefault(n, List.of()))));
          }
          kinds.row(row.toArray());
        });

    String dense = denseScaling(vectors, reports, model);

    double unitsPerReport = vectors.stream().mapToInt(List::size).average().orElse(Double.NaN);
    String body =
        reports.size()
            + " synthetic reports from the bundled one (seed "
            + SEED
            + "; town, speaker and 16 company names swapped for generated ones, every figure with"
            + " a unit scaled by a random factor in [0.5, 1.5)), "
            + String.format(Locale.ROOT, "%.0f", unitsPerReport)
            + " units each. For each size, one index over the first N reports, then the "
            + questions.size()
            + " benchmark questions: warm-up passes for at least 8 s, then "
            + PASSES
            + " timed passes, each question at the start of a conversation. Embedding time is"
            + " measured once per report (IndexBuilder.embed, batches of 16 on "
            + BenchPipeline.cores()
            + " threads) and summed over the N reports; the rest of the build (chunking, Lucene,"
            + " the vector store) is measured at each N. \"First question\" is the first question"
            + " after the build: the answer stage then computes its term statistics of the whole"
            + " index.\n\n"
            + sizes
            + "\nMedian ms per stage and question at each size (the stages are timed one by one,"
            + " outside the assistant; \"retrieve (depth 100)\" is HybridRetriever.retrieve, which"
            + " reads each ranker to its top 100 (HybridRetriever.DEPTH), so it can take less than"
            + " the stages ranking every unit; \"fusion and rest\" = retrieve − embed question −"
            + " cosine all − BM25 all, floored at 0):\n\n"
            + stages
            + "\nWhole-question median ms by question kind:\n\n"
            + kinds
            + "\n"
            + verdict(p50s)
            + "\n"
            + dense;
    Bench.report("many-reports", "Many reports: index time and question latency", loadBefore, body);
    deleteAll(folder);
  }

  private static void deleteAll(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(folder);
  }

  /** The index as {@link IndexBuilder#build} makes it, from vectors embedded beforehand. */
  private static ReportIndex build(
      List<Report> reports, List<List<Embedding>> vectors, LazyEmbeddingModel model) {
    SentenceChunker chunker = new SentenceChunker();
    List<Unit> units = new ArrayList<>();
    for (Report report : reports) {
      units.addAll(chunker.chunk(report, units.size()));
    }
    List<Embedding> all = new ArrayList<>(units.size());
    vectors.forEach(all::addAll);
    LexicalIndex lexical = new LexicalIndex(units);
    DenseIndex dense = new DenseIndex(model.choice(), model, units, all);
    return new ReportIndex(reports, units, lexical, dense);
  }

  /** Each stage of a question timed on its own, PASSES passes over the questions. */
  private static Map<String, List<Double>> stages(
      BenchPipeline pipeline, List<BenchQuestions.Question> questions, EmbeddingModel embedder) {
    Map<String, List<Double>> t = new LinkedHashMap<>();
    ReportIndex index = pipeline.index();
    int all = index.units().size();
    for (int pass = 0; pass < PASSES; pass++) {
      for (BenchQuestions.Question q : questions) {
        AnalyzedQuery[] query = new AnalyzedQuery[1];
        Embedding[] e = new Embedding[1];
        @SuppressWarnings("unchecked")
        List<Passage>[] passages = new List[1];
        add(t, "analyze", millis(() -> query[0] = pipeline.analyzer().analyze(q.text())));
        String dense = EmbeddingChoice.BGE_SMALL_ZH.queryInstruction() + query[0].denseQuery();
        double embed = millis(() -> e[0] = embedder.embed(dense).content());
        double cosineAll = millis(() -> index.dense().search(e[0], all));
        double bm25All = millis(() -> index.lexical().search(query[0].lexicalQuery(), all));
        add(t, "embed question", embed);
        add(t, "cosine, all units", cosineAll);
        add(t, "cosine, top 10", millis(() -> index.dense().search(e[0], Assistant.RETRIEVED)));
        add(t, "BM25, all hits", bm25All);
        add(
            t,
            "BM25, top 10",
            millis(() -> index.lexical().search(query[0].lexicalQuery(), Assistant.RETRIEVED)));
        double retrieve =
            millis(
                () -> passages[0] = pipeline.retriever().retrieve(query[0], Assistant.RETRIEVED));
        add(t, "retrieve", retrieve);
        add(t, "fusion and rest", Math.max(0, retrieve - embed - cosineAll - bm25All));
        add(t, "answer", millis(() -> pipeline.engine().answer(query[0], passages[0], index)));
      }
    }
    return t;
  }

  /**
   * The dense store alone at sizes beyond the corpus: the real vectors of the synthetic reports,
   * repeated with a little noise up to each size (the scan's cost depends on the count and the
   * dimensions, not on the values), searched with the question vectors.
   */
  private static String denseScaling(
      List<List<Embedding>> vectors, List<Report> reports, LazyEmbeddingModel model) {
    List<Embedding> real = new ArrayList<>();
    vectors.forEach(real::addAll);
    SentenceChunker chunker = new SentenceChunker();
    List<Unit> realUnits = new ArrayList<>();
    for (Report r : reports) {
      realUnits.addAll(chunker.chunk(r, realUnits.size()));
    }
    List<Embedding> questions = new ArrayList<>();
    for (BenchQuestions.Question q : BenchQuestions.all()) {
      questions.add(
          model.get().embed(EmbeddingChoice.BGE_SMALL_ZH.queryInstruction() + q.text()).content());
    }
    double unitsPerReport = real.size() / (double) reports.size();
    Random noise = new Random(SEED);
    Bench.Table table =
        new Bench.Table(
            "units",
            "≈ reports",
            "cosine, all units p50 ms",
            "p95 ms",
            "cosine, top 10 p50 ms",
            "p95 ms",
            "heap MiB",
            "load average");
    List<double[]> points = new ArrayList<>();
    for (int size : DENSE_UNITS) {
      String load = Bench.loadAverage();
      List<Unit> units = new ArrayList<>(size);
      List<Embedding> vs = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        Unit u = realUnits.get(i % realUnits.size());
        units.add(
            new Unit(
                i,
                u.report(),
                u.paragraph(),
                u.start(),
                u.end(),
                u.sectionPath(),
                u.sectionTitles()));
        vs.add(i < real.size() ? real.get(i) : jitter(real.get(i % real.size()), noise));
      }
      DenseIndex dense = new DenseIndex(model.choice(), model, units, vs);
      List<Double> all = new ArrayList<>();
      List<Double> top = new ArrayList<>();
      for (int pass = 0; pass < 3; pass++) {
        for (Embedding q : questions) {
          double a = millis(() -> dense.search(q, size));
          double b = millis(() -> dense.search(q, Assistant.RETRIEVED));
          if (pass > 0) { // the first pass warms up
            all.add(a);
            top.add(b);
          }
        }
      }
      double heap = heapMib();
      points.add(new double[] {size, Bench.median(all), Bench.median(top)});
      table.row(
          size,
          String.format(Locale.ROOT, "%.0f", size / unitsPerReport),
          Bench.ms(Bench.median(all)),
          Bench.ms(Bench.percentile(all, 95)),
          Bench.ms(Bench.median(top)),
          Bench.ms(Bench.percentile(top, 95)),
          String.format(Locale.ROOT, "%.0f", heap),
          load);
      Bench.progress(
          "dense store: %d units, cosine all %.1f ms, top 10 %.1f ms",
          size, Bench.median(all), Bench.median(top));
      units.clear();
      vs.clear();
    }
    return "### The dense store alone, past the corpus\n\n"
        + "langchain4j's InMemoryEmbeddingStore scans every vector: O(n·d) per question (n units,"
        + " d = 512), plus a priority queue of the max results asked: O(n log k) for the top k,"
        + " O(n log n) when every unit is asked for. HybridRetriever asks each ranker for its top"
        + " 100 (HybridRetriever.DEPTH), so the scan, not the sort, is what grows. Real vectors of"
        + " the synthetic corpus,"
        + " repeated with noise; 20 question vectors × 2 timed passes.\n\n"
        + table
        + "\n"
        + crossings(points, unitsPerReport)
        + "\n";
  }

  private static String crossings(List<double[]> points, double unitsPerReport) {
    StringBuilder b = new StringBuilder();
    double[] last = points.get(points.size() - 1);
    b.append(
        String.format(
            Locale.ROOT,
            "- cost per unit at %.0f units: %.2f µs when every unit is ranked, %.2f µs for the top"
                + " 10%n",
            last[0],
            last[1] * 1000 / last[0],
            last[2] * 1000 / last[0]));
    for (double budget : new double[] {5, P50_BUDGET_MS}) {
      for (int col = 1; col <= 2; col++) {
        String what = col == 1 ? "every unit" : "the top 10";
        double at = crossing(points, col, budget);
        b.append("- cosine search for ")
            .append(what)
            .append(" passes ")
            .append(Bench.ms(budget))
            .append(" ms ");
        if (Double.isNaN(at)) {
          b.append("at no measured size (largest: ").append((long) last[0]).append(" units)\n");
        } else if (at == points.get(0)[0] && points.get(0)[col] >= budget) {
          b.append("already at the smallest measured size, ").append((long) at).append(" units\n");
        } else {
          b.append(
              String.format(
                  Locale.ROOT, "at about %.0f units (≈ %.0f reports)%n", at, at / unitsPerReport));
        }
      }
    }
    return b.toString();
  }

  /** The unit count where a column first reaches the budget, interpolated; NaN if never. */
  private static double crossing(List<double[]> points, int col, double budget) {
    double[] prev = null;
    for (double[] p : points) {
      if (p[col] >= budget) {
        if (prev == null) {
          return p[0];
        }
        return prev[0] + (budget - prev[col]) / (p[col] - prev[col]) * (p[0] - prev[0]);
      }
      prev = p;
    }
    return Double.NaN;
  }

  private static String verdict(List<double[]> p50s) {
    StringBuilder b =
        new StringBuilder("Against the targets (whole question p50 ≤ 15 ms, p95 ≤ 40 ms):\n");
    for (double[] p : p50s) {
      b.append(
          String.format(
              Locale.ROOT,
              "- %.0f reports: p50 %.1f ms (%s), p95 %.1f ms (%s); cosine over all units %.2f ms%n",
              p[0],
              p[1],
              Bench.met(p[1], P50_BUDGET_MS),
              p[2],
              Bench.met(p[2], P95_BUDGET_MS),
              p[3]));
    }
    return b.toString();
  }

  private static Embedding jitter(Embedding e, Random random) {
    float[] v = e.vector().clone();
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] += (float) (random.nextGaussian() * 0.02);
      norm += v[i] * v[i];
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return Embedding.from(v);
  }

  private static double millis(Supplier<?> work) {
    long t0 = System.nanoTime();
    work.get();
    return (System.nanoTime() - t0) / 1e6;
  }

  private static void add(Map<String, List<Double>> t, String stage, double ms) {
    t.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms);
  }

  private static String cell(List<Double> values) {
    return Bench.ms(Bench.median(values));
  }

  private static double heapMib() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0;
  }

  private static String[] header(String first, List<Integer> sizes) {
    List<String> h = new ArrayList<>();
    h.add(first);
    sizes.forEach(n -> h.add(n + (n == 1 ? " report" : " reports")));
    return h.toArray(String[]::new);
  }

  private static List<Integer> ints(String csv) {
    return Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt).sorted().toList();
  }
}
