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
import dev.reportqa.io.AtomicFile;
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

/**
 * The {@code eval} command: runs an evaluation set and prints how right the assistant is. A bad
 * {@code --out} fails before the run; the table is printed before the records are written, so a
 * failed write loses nothing shown. Ctrl-C stops the run between items: the table of the items run
 * so far is printed, marked incomplete, their records go to {@code FILE.partial} (never over {@code
 * --out}), and the exit status is 130.
 */
@Command
final class EvalCommands {

  /** Items between progress lines. */
  static final int PROGRESS_EVERY = 10;

  private final ReportSession session;
  private final ReportQaProperties properties;
  private final Progresses progresses;
  private final Terminal terminal;
  private final Cancellation cancellation;
  private final PrintStream err;

  EvalCommands(
      ReportSession session,
      ReportQaProperties properties,
      Progresses progresses,
      Terminal terminal,
      Cancellation cancellation) {
    this.session = session;
    this.properties = properties;
    this.progresses = progresses;
    this.terminal = terminal;
    this.cancellation = cancellation;
    this.err = System.err;
  }

  /** Where the records of a cancelled run go: beside {@code --out}, never over it. */
  static Path partial(Path out) {
    return out.resolveSibling(out.getFileName() + ".partial");
  }

  @Command(
      command = "eval",
      description = "Run an evaluation set and print how right the answers are")
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
    if (outFile != null) {
      AtomicFile.checkWritable(outFile);
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
        EvalRunner.run(
            items, ours, session.locator(), progressLine("report-qa"), cancellation::requested);
    double seconds = (System.nanoTime() - start) / 1e9;
    boolean complete = results.size() == items.size();
    if (!complete) {
      // Ctrl-C interrupted this thread too; files are written through interruptible channels.
      Thread.interrupted();
    }
    if (results.isEmpty()) {
      throw new CancelledException("eval cancelled before its first item; nothing written");
    }
    Map<String, EvalSummary.Figures> figures = EvalSummary.of(results);

    PrintWriter w = terminal.writer();
    if (!complete) {
      w.println(
          "INCOMPLETE — cancelled after "
              + results.size()
              + " of "
              + items.size()
              + " items; the figures are of those items only");
    }
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
    // The wrong items quote questions and answers, which may hold anything.
    w.print(misses.isEmpty() ? "  none\n" : ControlChars.visible(misses));

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("file", set.toString());
    summary.put("embedding", choice.id());
    summary.put("complete", complete);
    summary.put("items", results.size() + " of " + items.size());
    summary.put(name, figures);
    if (baseline && complete) {
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
    w.flush();
    if (!complete) {
      String kept = "";
      if (outFile != null) {
        EvalFiles.writeRecords(partial(outFile), results);
        kept =
            "; the "
                + results.size()
                + " records are in "
                + partial(outFile)
                + ", and "
                + outFile
                + " is unchanged";
      }
      throw new CancelledException(
          "eval cancelled after " + results.size() + " of " + items.size() + " items" + kept);
    }
    if (outFile != null) {
      EvalFiles.writeRecords(outFile, results);
      w.println();
      w.println("Records written to " + outFile);
      w.flush();
    }
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
        EvalRunner.run(items, pipeline, session.locator(), progressLine("baseline"), () -> false);
    return EvalSummary.of(results);
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
