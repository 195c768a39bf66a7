package dev.reportqa.bench;

import com.hankcs.hanlp.HanLP;
import dev.reportqa.nlp.ChineseNlp;
import dev.reportqa.nlp.EnglishChineseDictionary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The language resources of {@code dev.reportqa.nlp}: the English dictionary (ECDICT) and HanLP.
 *
 * <ol>
 *   <li>First build: fresh JVMs on an empty cache directory, each compiling ECDICT and letting
 *       HanLP build its caches, as the first start on a machine does.
 *   <li>Load from the cache: fresh JVMs on the filled directory, as every later start does; and the
 *       heap the loaded resources hold.
 *   <li>Lookups in a warm JVM: phrase lookup, typo correction, segmentation of a 20-character
 *       question and traditional-to-simplified conversion, p50 and p95.
 * </ol>
 */
final class NlpBench {

  private static final int BUILDS = Integer.getInteger("bench.nlp.builds", 3);
  private static final int RUNS = Integer.getInteger("bench.nlp.runs", 7);
  private static final long WARM_UP_NANOS = 2_000_000_000L;
  private static final long MEASURE_NANOS = 3_000_000_000L;
  private static final int QUESTION_CHARS = 20;
  private static final String RESULT = "RESULT ";

  private static final Consumer<String> WARN = w -> System.err.println("warning: " + w);

  private NlpBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("once")) {
      once(Path.of(args[1]));
      return;
    }
    String loadBefore = Bench.loadAverage();
    Path cache = null;
    List<double[]> builds = new ArrayList<>();
    List<String> buildLoads = new ArrayList<>();
    for (int i = 1; i <= BUILDS; i++) {
      if (cache != null) {
        deleteTree(cache);
      }
      cache = Files.createTempDirectory("reportqa-nlp-bench-");
      buildLoads.add(Bench.loadAverage());
      double[] r = child(cache);
      builds.add(r);
      Bench.progress(
          "first build %d/%d: dictionary %.2f s, t2s %.2f s, segmenter %.2f s, synonyms %.2f s",
          i, BUILDS, r[0], r[1], r[2], r[3]);
    }
    List<double[]> loads = new ArrayList<>();
    List<String> loadLoads = new ArrayList<>();
    for (int i = 1; i <= RUNS; i++) {
      loadLoads.add(Bench.loadAverage());
      double[] r = child(cache);
      loads.add(r);
      Bench.progress(
          "load from cache %d/%d: dictionary %.3f s, t2s %.3f s, segmenter %.3f s, synonyms %.3f s",
          i, RUNS, r[0], r[1], r[2], r[3]);
    }
    String sizes = cacheSizes(cache);
    String lookups = lookups(cache);
    deleteTree(cache);

    String body =
        "Each row of the first two tables is a fresh JVM (-Xmx1g); times inside the JVM, from"
            + " the first call of each facility to its answer (JVM start-up not counted); heap held"
            + " is the heap in use after a GC once all four are loaded, less the heap before."
            + " Cache: "
            + sizes
            + ".\n\n### First build (empty cache directory)\n\n"
            + stageTable(builds, buildLoads)
            + cpuLine(builds)
            + "\n### Load from the cache (later starts)\n\n"
            + stageTable(loads, loadLoads)
            + cpuLine(loads)
            + "\nHeap held by each facility once loaded from the cache (in use after a GC, less the"
            + " figure before it; median over the loads): "
            + heldBy(loads)
            + ".\n"
            + "\n### Lookups in a warm JVM\n\n"
            + lookups;
    Bench.report("nlp", "Language resources: ECDICT and HanLP", loadBefore, body);
  }

  private static String stageTable(List<double[]> runs, List<String> loads) {
    Bench.Table t =
        new Bench.Table(
            "run",
            "dictionary s",
            "t2s s",
            "segmenter s",
            "synonyms s",
            "all four s",
            "heap held MiB",
            "load average");
    for (int i = 0; i < runs.size(); i++) {
      double[] r = runs.get(i);
      t.row(
          i + 1,
          s3(r[0]),
          s3(r[1]),
          s3(r[2]),
          s3(r[3]),
          s3(r[0] + r[1] + r[2] + r[3]),
          String.format(Locale.ROOT, "%.1f", r[8] - r[4]),
          loads.get(i));
    }
    t.row(
        "**median**",
        s3(median(runs, 0)),
        s3(median(runs, 1)),
        s3(median(runs, 2)),
        s3(median(runs, 3)),
        "**" + s3(Bench.median(runs.stream().map(r -> r[0] + r[1] + r[2] + r[3]).toList())) + "**",
        String.format(
            Locale.ROOT, "%.1f", Bench.median(runs.stream().map(r -> r[8] - r[4]).toList())),
        "");
    return t.toString();
  }

  /**
   * The calling thread's CPU time per stage: what the stage costs whatever the load of the machine
   * (wall time on a busy machine is several times longer).
   */
  private static String cpuLine(List<double[]> runs) {
    String[] names = {"dictionary", "t2s", "segmenter", "synonyms"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      parts.add(names[i] + " " + s3(median(runs, 9 + i)) + " s");
    }
    return "\nCPU time of the calling thread, median: " + String.join(", ", parts) + ".\n";
  }

  private static String heldBy(List<double[]> runs) {
    String[] names = {"dictionary", "t2s", "segmenter", "synonyms"};
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      int after = 5 + i;
      parts.add(
          String.format(
              Locale.ROOT,
              "%s %.1f MiB",
              names[i],
              Bench.median(runs.stream().map(r -> r[after] - r[after - 1]).toList())));
    }
    return String.join(", ", parts);
  }

  private static double median(List<double[]> runs, int column) {
    return Bench.median(runs.stream().map(r -> r[column]).toList());
  }

  private static String s3(double seconds) {
    return String.format(Locale.ROOT, seconds < 1 ? "%.3f" : "%.2f", seconds);
  }

  /**
   * One start: each facility's first call, timed, with the heap in use after each (after a GC,
   * outside the timing). Prints four wall times in seconds, five heap figures in MiB (before, and
   * after each facility), then the four stages' CPU time of this thread in seconds.
   */
  private static void once(Path cache) {
    double[] heap = new double[5];
    double[] seconds = new double[4];
    double[] cpu = new double[4];
    // Logging is set up before the first figure: the application has it anyway.
    LoggerFactory.getLogger(NlpBench.class).info("nlp bench run on {}", cache);
    heap[0] = heapMib();
    EnglishChineseDictionary dictionary = EnglishChineseDictionary.open(cache, WARN);
    ChineseNlp nlp = ChineseNlp.open(cache, WARN);
    List<Runnable> stages =
        List.of(
            () -> dictionary.translations("fixed assets"),
            () -> nlp.toSimplified("這份報告"),
            () -> nlp.segment("全年游客目标是多少？"),
            () -> nlp.synonyms("农村"));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < stages.size(); i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      stages.get(i).run();
      seconds[i] = (System.nanoTime() - t0) / 1e9;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
      heap[i + 1] = heapMib();
    }
    StringBuilder line = new StringBuilder(RESULT);
    for (double s : seconds) {
      line.append(String.format(Locale.ROOT, "%.4f ", s));
    }
    for (double h : heap) {
      line.append(String.format(Locale.ROOT, "%.2f ", h));
    }
    for (double c : cpu) {
      line.append(String.format(Locale.ROOT, "%.4f ", c));
    }
    System.out.println(line.toString().strip());
  }

  /** Runs {@link #once} in a fresh JVM and reads its result line. */
  private static double[] child(Path cache) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                NlpBench.class.getName(),
                "once",
                cache.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    double[] result = null;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(RESULT)) {
          String[] f = line.substring(RESULT.length()).split(" ");
          result = new double[f.length];
          for (int i = 0; i < f.length; i++) {
            result[i] = Double.parseDouble(f[i]);
          }
        }
      }
    }
    if (p.waitFor() != 0 || result == null) {
      throw new IllegalStateException("nlp run failed (exit " + p.exitValue() + ")");
    }
    return result;
  }

  /** p50 and p95 of each lookup, in this JVM, on the filled cache. */
  private static String lookups(Path cache) {
    EnglishChineseDictionary dictionary = EnglishChineseDictionary.open(cache, WARN);
    ChineseNlp nlp = ChineseNlp.open(cache, WARN);
    dictionary.load();
    nlp.load();

    List<List<String>> english = new ArrayList<>();
    for (BenchQuestions.Question q : BenchQuestions.in("en")) {
      english.add(words(q.text()));
    }
    List<String> typos = new ArrayList<>();
    for (List<String> ws : english) {
      for (String w : ws) {
        if (w.length() >= 4) {
          typos.add(swapMiddle(w));
        }
      }
    }
    List<String> questions = twentyCharQuestions();
    List<String> traditional = questions.stream().map(HanLP::convertToTraditionalChinese).toList();

    Bench.Table t = new Bench.Table("lookup", "inputs", "p50 µs", "p95 µs", "samples");
    int phrases = english.stream().mapToInt(List::size).sum();
    row(
        t,
        "phrase: longest match at one token",
        phrases + " positions of the 8 English bench questions",
        sample(
            () -> {
              for (List<String> ws : english) {
                for (int i = 0; i < ws.size(); i++) {
                  int from = i;
                  time(() -> dictionary.longestMatch(ws, from));
                }
              }
            }));
    row(
        t,
        "typo: corrections of a misspelt word",
        typos.size() + " words of ≥ 4 letters, two middle letters swapped (" + typos.get(0) + ")",
        sample(() -> typos.forEach(w -> time(() -> dictionary.corrections(w)))));
    row(
        t,
        "segmentation of a " + QUESTION_CHARS + "-character question (with entities)",
        questions.size() + " windows over the 12 Chinese bench questions",
        sample(() -> questions.forEach(q -> time(() -> nlp.segment(q)))));
    row(
        t,
        "t2s of a " + QUESTION_CHARS + "-character question",
        "the same, in traditional characters",
        sample(() -> traditional.forEach(q -> time(() -> nlp.toSimplified(q)))));
    return t
        + "\nEach lookup timed alone (System.nanoTime around the call): "
        + WARM_UP_NANOS / 1_000_000_000
        + " s of warm-up, then "
        + MEASURE_NANOS / 1_000_000_000
        + " s of samples per row.\n";
  }

  private static List<Double> samples;

  private static void time(Runnable call) {
    long t0 = System.nanoTime();
    call.run();
    samples.add((System.nanoTime() - t0) / 1e3);
  }

  /** Runs passes of the work for the warm-up, then for the measure, and returns the latter's µs. */
  private static List<Double> sample(Runnable pass) {
    samples = new ArrayList<>();
    long warmUntil = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < warmUntil) {
      pass.run();
    }
    samples = new ArrayList<>();
    long until = System.nanoTime() + MEASURE_NANOS;
    while (System.nanoTime() < until) {
      pass.run();
    }
    return samples;
  }

  private static void row(Bench.Table t, String lookup, String inputs, List<Double> micros) {
    t.row(
        lookup,
        inputs,
        fmt(Bench.percentile(micros, 50)),
        fmt(Bench.percentile(micros, 95)),
        micros.size());
  }

  private static String fmt(double micros) {
    return String.format(Locale.ROOT, micros < 10 ? "%.2f" : "%.1f", micros);
  }

  private static List<String> words(String text) {
    return Stream.of(text.toLowerCase(Locale.ROOT).split("[^a-z0-9.]+"))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** The word with its two middle letters swapped: "revenue" → "reevnue". */
  private static String swapMiddle(String w) {
    int i = w.length() / 2 - 1;
    char[] c = w.toCharArray();
    char x = c[i];
    c[i] = c[i + 1];
    c[i + 1] = x;
    return new String(c);
  }

  /** Windows of 20 characters over the Chinese bench questions joined end to end. */
  private static List<String> twentyCharQuestions() {
    String all =
        BenchQuestions.in("zh").stream()
            .map(BenchQuestions.Question::text)
            .collect(Collectors.joining());
    List<String> out = new ArrayList<>();
    for (int i = 0; i + QUESTION_CHARS <= all.length(); i += QUESTION_CHARS / 2) {
      out.add(all.substring(i, i + QUESTION_CHARS));
    }
    return out;
  }

  private static String cacheSizes(Path cache) throws IOException {
    long dictionary = 0;
    long hanlp = 0;
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (f.getFileName().toString().endsWith(".dict")) {
          dictionary += Files.size(f);
        } else {
          hanlp += Files.size(f);
        }
      }
    }
    return String.format(
        Locale.ROOT,
        "dictionary file %.1f MiB, HanLP's caches %.1f MiB",
        dictionary / 1048576.0,
        hanlp / 1048576.0);
  }

  private static double heapMib() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / 1024.0 / 1024.0;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
