package dev.reportqa.shell;

import dev.reportqa.answer.Assistant;
import dev.reportqa.llm.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.PromptProvider;

/**
 * Runs the shell three ways:
 *
 * <ul>
 *   <li>with arguments, that one command, then exit with its status (README: Exit status);
 *   <li>with none and a terminal on standard input, the REPL: a banner, a prompt, history;
 *   <li>with none and a pipe or file on standard input, a script: each line a question or a
 *       command, answers alone on standard output, errors on standard error, no prompt, no banner,
 *       no history, and the most severe status of all lines at the end.
 * </ul>
 *
 * <p>In the REPL and in a script a line is a command only when it reads as one ({@link
 * LineClassifier}); anything else is asked. Ctrl-C while a line runs cancels it (the command stops
 * where it can, see {@link Interrupts}); in the REPL the prompt comes back, and Ctrl-C on an empty
 * prompt leaves. Replaces Spring Shell's runners (disabled in {@code application.properties}),
 * which take every line as a command and print errors on standard output.
 */
final class ReportQaShellRunner implements ShellRunner {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /** Where one run's output goes. */
  private record Console(PrintWriter out, PrintWriter err, boolean script) {}

  /** A line that ends the run: {@code exit}, or a cancelled line of a script. */
  private static final int LEAVE = -1;

  private final CommandDispatcher commands;
  private final QuestionCommand questions;
  private final LineReader lineReader;
  private final PromptProvider prompt;
  private final ExitCodes exitCodes;
  private final Runnable beforeRepl;
  private final Screen screen;
  private final Interrupts interrupts;
  private final Cancellation cancellation;
  private final Progresses progresses;
  private final PasteGuard pastes;
  private final ShellContext context;
  private final InputStream stdin;
  private final PrintStream err;
  private LineClassifier classifier;

  /** Standard input of the current run: the script's lines, or {@code ask -}'s question. */
  private InputStream input;

  /** The thread running a line, while one runs. */
  private volatile Thread running;

  /** Ctrl-C presses since the running line began. */
  private final AtomicInteger presses = new AtomicInteger();

  ReportQaShellRunner(
      CommandDispatcher commands,
      QuestionCommand questions,
      LineReader lineReader,
      PromptProvider prompt,
      ExitCodes exitCodes,
      Runnable beforeRepl,
      Screen screen,
      Interrupts interrupts,
      Cancellation cancellation,
      Progresses progresses,
      PasteGuard pastes,
      ShellContext context,
      InputStream stdin,
      PrintStream err) {
    this.commands = commands;
    this.questions = questions;
    this.lineReader = lineReader;
    this.prompt = prompt;
    this.exitCodes = exitCodes;
    this.beforeRepl = beforeRepl;
    this.screen = screen;
    this.interrupts = interrupts;
    this.cancellation = cancellation;
    this.progresses = progresses;
    this.pastes = pastes;
    this.context = context;
    this.stdin = stdin;
    this.err = err;
  }

  @Override
  public boolean run(String[] args) {
    run(args, stdin, screen.interactive());
    return true;
  }

  /**
   * Runs a command (args), the REPL or a script.
   *
   * @param in the script's lines when not interactive
   * @param interactive whether a person types the lines (the REPL)
   */
  void run(String[] args, InputStream in, boolean interactive) {
    exitCodes.reset();
    input = in;
    boolean oneShot = args.length > 0;
    try (Interrupts.Registration ignored =
        interrupts.listen(() -> interrupted(oneShot || !interactive))) {
      if (oneShot) {
        oneShot(args);
      } else if (interactive) {
        repl();
      } else {
        script(in);
      }
    }
  }

  /** One command given as arguments, as {@code ./reportqa show 87} runs it. */
  private void oneShot(String[] args) {
    context.setInteractionMode(InteractionMode.NONINTERACTIVE);
    Console console = scriptConsole();
    List<String> words = new ArrayList<>(Arrays.asList(args));
    String first = words.get(0);
    if (first.equals("--help") || first.equals("-h")) {
      words = List.of("help");
    } else if (first.equals("--version")) {
      words = List.of("version");
    }
    int code;
    if (words.get(0).equals("ask")) {
      String rest = String.join(" ", words.subList(1, words.size()));
      code = running(console, () -> ask(rest, console, true));
    } else if (!commandWords().contains(words.get(0))) {
      console
          .err()
          .println(
              "error: unknown command '"
                  + shown(words.get(0))
                  + "'"
                  + suggestion(words.get(0))
                  + " — commands: "
                  + String.join(", ", commands.commandNames().stream().sorted().toList())
                  + "; to ask a question: ask \"…\"");
      code = ExitCodes.USAGE;
    } else {
      List<String> command = LineClassifier.asTyped(words);
      code = running(console, () -> command(command, console));
    }
    console.out().flush();
    console.err().flush();
    exitCodes.set(code == LEAVE ? ExitCodes.OK : code);
  }

  /** The REPL: a prompt, history, errors on the terminal; the status of lines is not kept. */
  private void repl() {
    context.setInteractionMode(InteractionMode.INTERACTIVE);
    PrintWriter terminal = lineReader.getTerminal().writer();
    Console console = new Console(terminal, terminal, false);
    beforeRepl.run();
    while (true) {
      String read;
      try {
        read = lineReader.readLine(prompt.getPrompt().toAnsi(lineReader.getTerminal()));
      } catch (UserInterruptException e) {
        if (e.getPartialLine().isEmpty()) {
          return;
        }
        continue;
      } catch (EndOfFileException e) {
        return;
      }
      int pasted = pastes.takeLength();
      if (pasted > 0) {
        line(read, pasted, console);
        terminal.flush();
        continue;
      }
      // A bracketed paste of several lines arrives at once: one question per line.
      for (String line : LINE_BREAK.split(read, -1)) {
        int code = line(line, line.length(), console);
        terminal.flush();
        if (code == LEAVE) {
          return;
        }
      }
    }
  }

  /** Lines from a pipe or file: answers to standard output, errors to standard error. */
  private void script(InputStream in) {
    context.setInteractionMode(InteractionMode.NONINTERACTIVE);
    Console console = scriptConsole();
    BoundedLines lines =
        new BoundedLines(
            new InputStreamReader(in, StandardCharsets.UTF_8), Assistant.MAX_QUESTION_LENGTH);
    try {
      for (String line = lines.next(); line != null; line = lines.next()) {
        int code = line(line, lines.length(), console);
        console.out().flush();
        console.err().flush();
        if (code == LEAVE) {
          break;
        }
        exitCodes.set(code);
        if (code == ExitCodes.INTERRUPTED) {
          break;
        }
      }
    } catch (IOException e) {
      console.err().println("error: cannot read standard input: " + e.getMessage());
      exitCodes.set(ExitCodes.FAILURE);
    }
    console.out().flush();
    console.err().flush();
  }

  /**
   * One physical line typed or read: its status, or {@link #LEAVE}.
   *
   * @param length the line's length as read (a line read from a pipe is kept only up to the limit)
   */
  private int line(String raw, int length, Console console) {
    if (length > Assistant.MAX_QUESTION_LENGTH) {
      // Rejected unread: a pasted page is neither normalised nor searched.
      console
          .err()
          .println(
              "error: the line is "
                  + length
                  + " characters long; the limit is "
                  + Assistant.MAX_QUESTION_LENGTH
                  + " — ask one question at a time");
      return ExitCodes.USAGE;
    }
    LineClassifier.Line line = classifier().classify(InputLines.normalize(raw));
    return switch (line.kind()) {
      case EMPTY -> ExitCodes.OK;
      case EXIT -> LEAVE;
      case TYPO -> {
        console.err().println(line.text());
        yield ExitCodes.USAGE;
      }
      case ASK -> running(console, () -> ask(line.text(), console, false));
      case QUESTION -> running(console, () -> question(line.text(), false, console));
      case COMMAND -> running(console, () -> command(line.words(), console));
    };
  }

  /** {@code ask …}: its options, then the question ({@link QuestionCommand.Arguments}). */
  private int ask(String rest, Console console, boolean oneShot) {
    QuestionCommand.Arguments args = QuestionCommand.Arguments.parse(rest);
    String question = args.question();
    if (args.fromStdin()) {
      if (!oneShot) {
        throw new UsageException(
            "ask - reads the question from standard input, as one command: ./reportqa ask - <"
                + " question.txt");
      }
      question = QuestionCommand.readQuestion(input);
    }
    return question(question, args.json(), console);
  }

  private int question(String text, boolean json, Console console) {
    String question = PastedText.question(text);
    if (!question.equals(text)) {
      console.err().println("(a long text: asking its last question, “" + shown(question) + "”)");
    }
    QuestionCommand.Reply reply = questions.ask(question, json, screen.width());
    console.out().println(shown(reply.text()));
    return reply.refused() ? ExitCodes.NOT_ANSWERED : ExitCodes.OK;
  }

  private int command(List<String> typed, Console console) {
    List<String> words = typed;
    String last = words.get(words.size() - 1);
    if (words.size() > 1 && (last.equals("--help") || last.equals("-h"))) {
      List<String> help = new ArrayList<>();
      help.add("help");
      help.addAll(words.subList(0, words.size() - 1));
      words = help;
    }
    String incomplete = incomplete(words);
    if (incomplete != null) {
      throw new UsageException(incomplete);
    }
    String output = commands.run(words);
    if (!output.isEmpty()) {
      console.out().println(shown(output));
    }
    return ExitCodes.OK;
  }

  /** What a line does; runs with Ctrl-C cancelling it, and any error turned into its status. */
  private interface Work {
    int run();
  }

  private int running(Console console, Work work) {
    presses.set(0);
    cancellation.reset();
    running = Thread.currentThread();
    try {
      return work.run();
    } catch (RuntimeException e) {
      return failed(e, console);
    } finally {
      running = null;
      // A Ctrl-C that came too late to stop anything must not cancel the next line.
      Thread.interrupted();
    }
  }

  private int failed(RuntimeException e, Console console) {
    console.out().flush();
    progresses.endLine();
    boolean cancelled = presses.get() > 0 && ErrorResolver.isInterruption(e);
    if (e instanceof CancelledException || cancelled) {
      String message = e instanceof CancelledException ? e.getMessage() : "cancelled";
      console.err().println(shown(message));
      console.err().flush();
      return console.script() ? ExitCodes.INTERRUPTED : ExitCodes.OK;
    }
    console.err().println("error: " + shown(ErrorResolver.message(e)));
    console.err().flush();
    return ErrorResolver.exitCode(e);
  }

  /**
   * Ctrl-C: the first cancels the running line, a second says it is still stopping, a third quits.
   * With no line running, a script or a one-shot command quits at once; in the REPL JLine reads
   * Ctrl-C as a key while a line is typed.
   */
  private void interrupted(boolean quitWhenIdle) {
    Thread thread = running;
    if (thread == null) {
      if (quitWhenIdle) {
        quit();
      }
      return;
    }
    int n = presses.incrementAndGet();
    if (n == 1) {
      cancellation.request();
      thread.interrupt();
    } else if (n == 2) {
      err.println("still stopping — press Ctrl-C once more to quit");
      err.flush();
    } else {
      quit();
    }
  }

  private static void quit() {
    // Not from the signal thread itself: System.exit waits for shutdown hooks.
    new Thread(() -> System.exit(ExitCodes.INTERRUPTED), "quit").start();
  }

  /**
   * Text as the shell prints it, whatever its source (an answer, a command's output, an error):
   * secrets masked ({@link Secrets#redact}), control characters made visible ({@link
   * ControlChars#visible}).
   */
  static String shown(String text) {
    return ControlChars.visible(Secrets.redact(text));
  }

  private Console scriptConsole() {
    return new Console(
        lineReader.getTerminal().writer(),
        new PrintWriter(err, true, StandardCharsets.UTF_8),
        true);
  }

  private synchronized LineClassifier classifier() {
    if (classifier == null) {
      Set<String> names = new HashSet<>(commands.commandNames());
      names.add("exit");
      names.add("quit");
      classifier = new LineClassifier(names);
    }
    return classifier;
  }

  /** The words that start a command: every name, and the first word of a two-word one. */
  private Set<String> commandWords() {
    Set<String> words = new HashSet<>();
    for (String name : commands.commandNames()) {
      words.add(name);
      words.add(name.split(" ")[0]);
    }
    return words;
  }

  /** " (did you mean show?)" for a near miss of a command name, else empty. */
  private String suggestion(String word) {
    String near = classifier().nearestCommand(word);
    return near == null ? "" : " (did you mean " + near + "?)";
  }

  /**
   * For words that start a two-word command without completing it ({@code export}, {@code export
   * figurs}), the message naming the commands it starts; else null.
   */
  private String incomplete(List<String> words) {
    String first = words.get(0);
    Set<String> names = commands.commandNames();
    if (names.contains(first)) {
      return null;
    }
    List<String> started = names.stream().filter(c -> c.startsWith(first + " ")).sorted().toList();
    if (started.isEmpty()) {
      return null;
    }
    String typed = words.size() > 1 ? first + " " + words.get(1) : first;
    if (started.contains(typed)) {
      return null;
    }
    return (words.size() > 1 ? "unknown command '" + typed + "'" : first + " needs what to export")
        + " — one of: "
        + String.join(", ", started)
        + " (help <command> shows its options)";
  }

  /**
   * Lines of a reader, each cut off at a limit: a longer line is returned as its first {@code limit
   * + 1} characters (so that it is rejected as too long) and the rest of it is skipped unread, so
   * that a huge line cannot fill the memory.
   */
  static final class BoundedLines {
    private final Reader in;
    private final int limit;
    private boolean ended;
    private int length;

    BoundedLines(Reader in, int limit) {
      this.in = in;
      this.limit = limit;
    }

    /** The next line without its line break, or null at the end. */
    String next() throws IOException {
      if (ended) {
        return null;
      }
      StringBuilder line = new StringBuilder();
      boolean any = false;
      length = 0;
      for (int c = in.read(); ; c = in.read()) {
        if (c < 0) {
          ended = true;
          return any ? line.toString() : null;
        }
        any = true;
        if (c == '\n') {
          return line.toString();
        }
        if (c != '\r') {
          length++;
          if (line.length() <= limit) {
            line.append((char) c);
          }
        }
      }
    }

    /** The length of the line last returned, counting what was skipped. */
    int length() {
      return length;
    }
  }
}
