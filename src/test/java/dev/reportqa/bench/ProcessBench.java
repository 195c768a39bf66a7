package dev.reportqa.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process figures of the {@code ./reportqa} launcher as a user runs it: the wall time of a
 * one-shot {@code ask}, the time until the REPL shows its prompt, and the peak resident set size of
 * both, read from {@code /usr/bin/time -v}. Whatever the launcher does (a fat jar, an extracted jar
 * with AppCDS, a cache of vectors) is what is measured; one warm-up run before the timed ones fills
 * any cache.
 */
final class ProcessBench {

  private static final int ASK_RUNS = Integer.getInteger("bench.process.runs", 7);
  private static final int REPL_RUNS = Integer.getInteger("bench.repl.runs", 5);
  private static final String PROMPT = "report-qa>";
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final long TIMEOUT_SECONDS = 300;
  private static final String SHOWN_LINE = "87";

  /** One run: wall seconds, the REPL's first answer (NaN for ask), peak RSS in MiB, load. */
  private record Run(double seconds, double answerSeconds, double rssMib, String load) {}

  private ProcessBench() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String loadBefore = Bench.loadAverage();
    Path home = Path.of(System.getProperty("bench.home", ".")).toAbsolutePath().normalize();
    Path launcher = home.resolve("reportqa");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException("launcher not found: " + launcher + " — set -Dbench.home");
    }
    Path work = Files.createDirectories(Bench.OUT.toAbsolutePath().resolve("process"));
    String question = BenchQuestions.in("zh").get(0).text();

    Bench.progress("process: warm-up ask (builds the jar if stale, fills any cache)");
    Run warmAsk = oneShot(launcher, work, "ask", question);
    List<Run> asks = new ArrayList<>();
    for (int i = 1; i <= ASK_RUNS; i++) {
      Run r = oneShot(launcher, work, "ask", question);
      asks.add(r);
      Bench.progress("process: ask run %d/%d: %.2f s, %.0f MiB", i, ASK_RUNS, r.seconds, r.rssMib);
    }
    // A command that needs neither the model nor the index: what start-up alone costs.
    List<Run> shows = new ArrayList<>();
    for (int i = 1; i <= ASK_RUNS; i++) {
      Run r = oneShot(launcher, work, "show", SHOWN_LINE);
      shows.add(r);
      Bench.progress("process: show run %d/%d: %.2f s, %.0f MiB", i, ASK_RUNS, r.seconds, r.rssMib);
    }
    Bench.progress("process: warm-up REPL");
    Run warmRepl = repl(launcher, question, work);
    List<Run> repls = new ArrayList<>();
    for (int i = 1; i <= REPL_RUNS; i++) {
      Run r = repl(launcher, question, work);
      repls.add(r);
      Bench.progress(
          "process: REPL run %d/%d: prompt after %.2f s, first answer after %.2f s, %.0f MiB",
          i, REPL_RUNS, r.seconds, r.answerSeconds, r.rssMib);
    }

    Bench.Table askTable = new Bench.Table("run", "wall s", "peak RSS MiB", "load average");
    askTable.row("warm-up", Bench.s(warmAsk.seconds), mib(warmAsk.rssMib), warmAsk.load);
    for (int i = 0; i < asks.size(); i++) {
      Run r = asks.get(i);
      askTable.row(i + 1, Bench.s(r.seconds), mib(r.rssMib), r.load);
    }
    double askWall = Bench.median(asks.stream().map(Run::seconds).toList());
    double askRss = Bench.median(asks.stream().map(Run::rssMib).toList());
    askTable.row("**median**", "**" + Bench.s(askWall) + "**", "**" + mib(askRss) + "**", "");

    Bench.Table showTable = new Bench.Table("run", "wall s", "peak RSS MiB", "load average");
    for (int i = 0; i < shows.size(); i++) {
      Run r = shows.get(i);
      showTable.row(i + 1, Bench.s(r.seconds), mib(r.rssMib), r.load);
    }
    double showWall = Bench.median(shows.stream().map(Run::seconds).toList());
    showTable.row(
        "**median**",
        "**" + Bench.s(showWall) + "**",
        mib(Bench.median(shows.stream().map(Run::rssMib).toList())),
        "");

    Bench.Table replTable =
        new Bench.Table("run", "prompt shown s", "first answer s", "peak RSS MiB", "load average");
    replTable.row(
        "warm-up",
        Bench.s(warmRepl.seconds),
        Bench.s(warmRepl.answerSeconds),
        mib(warmRepl.rssMib),
        warmRepl.load);
    for (int i = 0; i < repls.size(); i++) {
      Run r = repls.get(i);
      replTable.row(i + 1, Bench.s(r.seconds), Bench.s(r.answerSeconds), mib(r.rssMib), r.load);
    }
    double ready = Bench.median(repls.stream().map(Run::seconds).toList());
    double firstAnswer = Bench.median(repls.stream().map(Run::answerSeconds).toList());
    double replRss = Bench.median(repls.stream().map(Run::rssMib).toList());
    replTable.row(
        "**median**",
        "**" + Bench.s(ready) + "**",
        Bench.s(firstAnswer),
        "**" + mib(replRss) + "**",
        "");
    double peak = Math.max(askRss, replRss);

    String body =
        "`./reportqa ask \""
            + question
            + "\"` ("
            + ASK_RUNS
            + " runs after one warm-up), and `./reportqa` on a pseudo-terminal (script(1), "
            + REPL_RUNS
            + " runs after one warm-up): time until `"
            + PROMPT
            + "` appears on standard output, then the same question, time until the next prompt"
            + " (its answer printed), then `exit`. Wall time from process start to exit (ask) or to"
            + " the prompt (REPL), measured by the benchmark; peak RSS is \"Maximum resident set"
            + " size\" of `/usr/bin/time -v`.\n\n"
            + "### One-shot ask\n\n"
            + askTable
            + "\n### Start-up alone: `./reportqa show "
            + SHOWN_LINE
            + "`\n\nNeeds neither the embedding model nor the index: the JVM, Spring Boot and"
            + " Spring Shell starting, the report read, one line printed. The rest of an ask's"
            + String.format(
                Locale.ROOT,
                " wall time (median %.2f s − %.2f s = %.2f s) is the model loaded, the index built"
                    + " and the question answered.%n%n",
                askWall,
                showWall,
                askWall - showWall)
            + showTable
            + "\n### REPL\n\n"
            + replTable
            + String.format(
                Locale.ROOT,
                "%nTargets: one-shot ask ≤ 1.5 s — median %.2f s, %s; REPL ready ≤ 2 s — median"
                    + " %.2f s, %s; peak RSS ≤ 1 GiB (1024 MiB) — %s MiB, %s.%n",
                askWall,
                Bench.met(askWall, 1.5),
                ready,
                Bench.met(ready, 2),
                mib(peak),
                Bench.met(peak, 1024));
    Bench.report("process", "Whole process: one-shot ask, REPL ready, peak RSS", loadBefore, body);
  }

  private static String mib(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static List<String> timed(Path rssFile, String... command) {
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      cmd.addAll(List.of(TIME.toString(), "-v", "-o", rssFile.toString()));
    }
    cmd.addAll(List.of(command));
    return cmd;
  }

  /** One {@code ./reportqa <args>} to its exit, standard output and error kept in work. */
  private static Run oneShot(Path launcher, Path work, String... args)
      throws IOException, InterruptedException {
    Path rss = work.resolve("ask.time");
    Files.deleteIfExists(rss);
    String load = Bench.loadAverage();
    List<String> command = new ArrayList<>();
    command.add(launcher.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(timed(rss, command.toArray(String[]::new)))
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(work.resolve("ask.out").toFile())
            .redirectError(work.resolve("ask.err").toFile());
    long t0 = System.nanoTime();
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(args[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          args[0]
              + " exited with "
              + p.exitValue()
              + ": "
              + Files.readString(work.resolve("ask.err")));
    }
    return new Run(seconds, Double.NaN, maxRss(rss), load);
  }

  private static Run repl(Path launcher, String question, Path work)
      throws IOException, InterruptedException {
    Path rss = work.resolve("repl.time");
    Files.deleteIfExists(rss);
    String load = Bench.loadAverage();
    // The REPL needs a terminal on standard input (from a pipe, lines are a script: no prompt), so
    // it runs under script(1), which gives it a pseudo-terminal of a set size.
    ProcessBuilder pb =
        new ProcessBuilder(
                timed(
                    rss,
                    "script",
                    "-qfec",
                    "stty cols 120 rows 40; exec '" + launcher + "'",
                    "/dev/null"))
            .redirectError(work.resolve("repl.err").toFile());
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    long t0 = System.nanoTime();
    Process p = pb.start();
    watchdog.schedule(p::destroyForcibly, TIMEOUT_SECONDS, TimeUnit.SECONDS);
    double ready = Double.NaN;
    double answered = Double.NaN;
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    try (InputStream out = p.getInputStream();
        OutputStream in = p.getOutputStream()) {
      byte[] buffer = new byte[8192];
      int prompts = 0;
      for (int n = out.read(buffer); n >= 0; n = out.read(buffer)) {
        seen.write(buffer, 0, n);
        int now = count(seen.toString(StandardCharsets.UTF_8), PROMPT);
        if (now > prompts && prompts == 0) {
          ready = (System.nanoTime() - t0) / 1e9;
          in.write((question + "\n").getBytes(StandardCharsets.UTF_8));
          in.flush();
        }
        if (now > 1 && prompts <= 1) {
          answered = (System.nanoTime() - t0) / 1e9;
          in.write("exit\n".getBytes(StandardCharsets.UTF_8));
          in.flush();
        }
        prompts = now;
      }
    } finally {
      watchdog.shutdownNow();
    }
    p.waitFor();
    Files.write(work.resolve("repl.out"), seen.toByteArray());
    if (Double.isNaN(answered)) {
      throw new IllegalStateException(
          "the REPL never showed its prompt twice; see " + work.resolve("repl.out"));
    }
    return new Run(ready, answered, maxRss(rss), load);
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      n++;
    }
    return n;
  }

  /** "Maximum resident set size (kbytes): 612345" of {@code time -v}, in MiB; NaN when absent. */
  private static double maxRss(Path timeOutput) throws IOException {
    if (!Files.exists(timeOutput)) {
      return Double.NaN;
    }
    for (String line : Files.readAllLines(timeOutput)) {
      String l = line.trim();
      if (l.startsWith("Maximum resident set size")) {
        return Long.parseLong(l.substring(l.lastIndexOf(':') + 1).trim()) / 1024.0;
      }
    }
    return Double.NaN;
  }
}
