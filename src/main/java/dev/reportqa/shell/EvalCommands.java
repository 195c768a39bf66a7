package dev.reportqa.shell;

import dev.reportqa.eval.AssistantPipeline;
import dev.reportqa.eval.BaselinePipeline;
import dev.reportqa.eval.EvalFiles;
import dev.reportqa.eval.EvalItem;
import dev.reportqa.eval.EvalRunner;
import dev.reportqa.eval.EvalSetLoader;
import dev.reportqa.eval.EvalSummary;
import dev.reportqa.eval.EvalTables;
import dev.reportqa.eval.QaPipeline;
import dev.reportqa.eval.Thresholds;
import dev.reportqa.index.BuildProgress;
import dev.reportqa.index.EmbeddingChoice;
import dev.reportqa.report.Report;
import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jline.terminal.Terminal;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/** The {@code eval} command: runs an evaluation set and prints how right the assistant is. */
@Command
final class EvalCommands {

  /** Items between progress lines. */
  static final int PROGRESS_EVERY = 10;

  private final ReportSession session;
  private final ReportQaProperties properties;
  private final Progresses progresses;
  private final Terminal terminal;
  private final PrintStream err;

  EvalCommands(
      ReportSession session,
      ReportQaProperties properties,
      Progresses progresses,
      Terminal terminal) {
    this.session = session;
    this.properties = properties;
    this.progresses = progresses;
    this.terminal = terminal;
    this.err = System.err;
  }

  @Command(
      command = "eval",
      description =
          "Run an evaluation set and print accuracy, citations, retrieval and refusal figures")
  String eval(
      @Option(
              longNames = "file",
              description = "eval set (JSON Lines); default eval/questions.jsonl")
          String file,
      @Option(longNames = "out", description = "write one record per question to this file")
          String out,
      @Option(longNames = "embedding", description = "bge-small-zh or all-minilm for this run")
          String embedding,
      @Option(longNames = "baseline", description = "also run the naive langchain4j pipeline")
          boolean baseline,
      @Option(longNames = "gate", description = "check the thresholds for a --file set too")
          boolean gate,
      @Option(longNames = "llm", description = "answer through the configured language model")
          boolean llm) {
    Path set = file == null || file.isBlank() ? properties.eval().file() : Path.of(file);
    boolean gated = gate || file == null || file.isBlank();
    EmbeddingChoice choice =
        embedding == null || embedding.isBlank() ? session.embedding() : parse(embedding);
    Path outFile = out == null || out.isBlank() ? null : Path.of(out);
    if (outFile != null && !Files.isDirectory(outFile.toAbsolutePath().getParent())) {
      throw new UsageException("cannot write " + out + ": its folder does not exist");
    }
    List<EvalItem> items = EvalSetLoader.load(set);
    Thresholds thresholds = gated ? Thresholds.load(properties.eval().thresholds()) : null;

    BuildProgress progress = progresses.forIndex(session);
    session.newAssistant(choice, progress, llm);
    long start = System.nanoTime();
    String name = llm ? "report-qa (LLM)" : "report-qa";
    QaPipeline ours =
        new AssistantPipeline(name, () -> session.newAssistant(choice, BuildProgress.NONE, llm));
    List<EvalRunner.Result> results =
        EvalRunner.run(items, ours, locator(), progressLine("report-qa"));
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, EvalSummary.Figures> figures = EvalSummary.of(results);

    PrintWriter w = terminal.writer();
    w.println(
        String.format(
            Locale.ROOT,
            "%s on %s — %d items (%d zh, %d en), embedding %s, %.1f s",
            name,
            set,
            items.size(),
            items.stream().filter(i -> i.lang().equals("zh")).count(),
            items.stream().filter(i -> i.lang().equals("en")).count(),
            choice.id(),
            seconds));
    w.println();
    w.print(EvalTables.figures(figures));
    String misses = EvalTables.misses(results);
    w.println();
    w.println("Wrong items (" + misses.lines().count() + "):");
    w.print(misses.isEmpty() ? "  none\n" : misses);

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", set.toString());
    summary.put("embedding", choice.id());
    summary.put(name, figures);
    if (baseline) {
      Map<String, EvalSummary.Figures> base = runBaseline(items);
      summary.put("baseline", base);
      w.println();
      w.println(
          "Baseline — all-MiniLM-L6-v2, recursive splitter 300/30 tokens, top-3 cosine, "
              + "answer = top segment, no refusal:");
      w.print(EvalTables.figures(base));
      w.println();
      w.print(EvalTables.comparison("report-qa", figures, "baseline", base));
    }
    List<String> failures = thresholds == null ? List.of() : thresholds.failures(figures);
    if (thresholds != null) {
      summary.put(
          "gate",
          Map.of("thresholds", properties.eval().thresholds().toString(), "failures", failures));
    }
    writeSummary(summary);
    if (outFile != null) {
      EvalFiles.writeRecords(outFile, results);
      w.println();
      w.println("Records written to " + outFile);
    }
    w.flush();
    if (thresholds != null) {
      if (!failures.isEmpty()) {
        throw new GateFailedException(
            "eval gate failed ("
                + properties.eval().thresholds()
                + "): "
                + String.join("; ", failures));
      }
      return "\nGate passed (" + properties.eval().thresholds() + ").";
    }
    return "";
  }

  private Map<String, EvalSummary.Figures> runBaseline(List<EvalItem> items) {
    err.println("Building the baseline (all-MiniLM-L6-v2, recursive 300/30 splitter)...");
    if (session.reports().size() > 1) {
      throw new UsageException("the baseline runs on one report file; load one with --report FILE");
    }
    String text = String.join("\n", session.report().lines());
    BaselinePipeline pipeline =
        new BaselinePipeline(text, session.model(EmbeddingChoice.ALL_MINILM).get());
    List<EvalRunner.Result> results =
        EvalRunner.run(items, pipeline, locator(), progressLine("baseline"));
    return EvalSummary.of(results);
  }

  /** Where the lines of the one loaded report are in its file; plain lines with several. */
  private Locator locator() {
    List<Report> reports = session.reports();
    return reports.size() == 1 ? reports.get(0).locator() : LineLocator.INSTANCE;
  }

  private void writeSummary(Map<String, Object> summary) {
    Path dir = properties.eval().summaryDir();
    try {
      Files.createDirectories(dir);
      EvalFiles.writeSummary(dir.resolve("summary.json"), summary);
    } catch (Exception e) {
      err.println("warning: could not write the summary to " + dir + ": " + e.getMessage());
    }
  }

  private BiConsumer<Integer, Integer> progressLine(String name) {
    return (done, total) -> {
      if (done % PROGRESS_EVERY == 0 || done.equals(total)) {
        err.println("eval " + name + ": " + done + "/" + total);
      }
    };
  }

  private static EmbeddingChoice parse(String name) {
    try {
      return EmbeddingChoice.parse(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The run fell below a threshold: exit 1 after the table. */
  static final class GateFailedException extends RuntimeException {
    GateFailedException(String message) {
      super(message);
    }
  }
}
