package dev.reportqa.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.ExitRequest;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.PromptProvider;

/**
 * Runs the shell both ways: with no arguments, the REPL, where a line that is not a command is
 * asked as a question; with arguments, that one command, then exit with 0, 2 (usage) or 1.
 *
 * <p>Replaces Spring Shell's two runners (disabled in {@code application.properties}) because the
 * REPL must treat free text as a question and one-shot mode must pass the arguments through
 * unparsed (a question may hold quotes) and set the exit code without a stack trace.
 */
final class ReportQaShellRunner implements ShellRunner {

  private final Shell shell;
  private final ShellContext context;
  private final CommandCatalog catalog;
  private final LineReader lineReader;
  private final PromptProvider prompt;
  private final ExitCodes exitCodes;
  private final Runnable beforeRepl;
  private final PrintStream err;

  ReportQaShellRunner(
      Shell shell,
      ShellContext context,
      CommandCatalog catalog,
      LineReader lineReader,
      PromptProvider prompt,
      ExitCodes exitCodes,
      Runnable beforeRepl,
      PrintStream err) {
    this.shell = shell;
    this.context = context;
    this.catalog = catalog;
    this.lineReader = lineReader;
    this.prompt = prompt;
    this.exitCodes = exitCodes;
    this.beforeRepl = beforeRepl;
    this.err = err;
  }

  @Override
  public boolean run(String[] args) throws Exception {
    if (args.length == 0) {
      repl();
    } else {
      oneShot(args);
    }
    return true;
  }

  private void repl() throws Exception {
    context.setInteractionMode(InteractionMode.INTERACTIVE);
    beforeRepl.run();
    shell.run(new QuestionInputProvider());
  }

  private void oneShot(String[] args) {
    context.setInteractionMode(InteractionMode.NONINTERACTIVE);
    exitCodes.reset();
    String command = args[0];
    if (!commandNames().contains(command)) {
      err.println(
          "error: unknown command '"
              + command
              + "'"
              + suggestion(command)
              + " — commands: "
              + String.join(", ", visibleCommands())
              + "; to ask a question: ask \"…\"");
      exitCodes.set(ExitCodes.USAGE);
      return;
    }
    String incomplete = incomplete(List.of(args));
    if (incomplete != null) {
      err.println("error: " + incomplete);
      exitCodes.set(ExitCodes.USAGE);
      return;
    }
    List<String> words = List.of(args);
    Input input =
        new Input() {
          @Override
          public String rawText() {
            return String.join(" ", words);
          }

          @Override
          public List<String> words() {
            return new ArrayList<>(words);
          }
        };
    InputProvider once =
        new InputProvider() {
          private boolean done;

          @Override
          public Input readInput() {
            if (done) {
              return null;
            }
            done = true;
            return input;
          }
        };
    try {
      shell.run(once);
    } catch (Exception e) {
      // ErrorResolver has already shown the message and recorded the code of a failed command;
      // Spring Shell raises it again here as an ExitCodeGenerator. Anything else is new.
      if (!(e instanceof ExitCodeGenerator)) {
        err.println("error: " + ErrorResolver.message(e));
        exitCodes.set(ErrorResolver.exitCode(e));
      }
    }
  }

  /** Reads REPL lines; a line whose first word is not a command becomes {@code ask <line>}. */
  private final class QuestionInputProvider implements InputProvider {

    @Override
    public Input readInput() {
      try {
        lineReader.readLine(prompt.getPrompt().toAnsi(lineReader.getTerminal()));
      } catch (UserInterruptException e) {
        if (e.getPartialLine().isEmpty()) {
          throw new ExitRequest(0);
        }
        return Input.EMPTY;
      } catch (EndOfFileException e) {
        throw new ExitRequest(0);
      }
      String raw = lineReader.getParsedLine().line().strip();
      List<String> words = lineReader.getParsedLine().words();
      String first = raw.isEmpty() ? "" : raw.split("\\s+")[0];
      if (raw.isEmpty() || commandNames().contains(first)) {
        String incomplete = incomplete(words);
        if (incomplete != null) {
          lineReader.getTerminal().writer().println(incomplete);
          return Input.EMPTY;
        }
        return wordsInput(raw, new ArrayList<>(words));
      }
      String hint = suggestion(first);
      if (!hint.isEmpty()
          && raw.matches("[A-Za-z]+(\\s+[-\\w]+)*")
          && raw.split("\\s+").length <= 2) {
        lineReader
            .getTerminal()
            .writer()
            .println("unknown command '" + first + "'" + hint + " — or type a question, or help");
        return Input.EMPTY;
      }
      return wordsInput(raw, new ArrayList<>(List.of("ask", raw)));
    }
  }

  private static Input wordsInput(String raw, List<String> words) {
    return new Input() {
      @Override
      public String rawText() {
        return raw;
      }

      @Override
      public List<String> words() {
        return words;
      }
    };
  }

  private Set<String> commandNames() {
    Set<String> names = new TreeSet<>();
    for (CommandRegistration r : catalog.getRegistrations().values()) {
      names.add(r.getCommand());
      r.getAliases().forEach(a -> names.add(a.getCommand()));
      // A two-word command (export figures) is typed as words, the first of which starts it.
      names.add(r.getCommand().split(" ")[0]);
    }
    return names;
  }

  /**
   * For words that start a two-word command without completing it ({@code export}, {@code export
   * figurs}), the message naming the commands it starts; else null.
   */
  private String incomplete(List<String> words) {
    String first = words.get(0);
    if (catalog.getRegistrations().containsKey(first)) {
      return null;
    }
    List<String> started =
        catalog.getRegistrations().keySet().stream()
            .filter(c -> c.startsWith(first + " "))
            .sorted()
            .toList();
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

  private List<String> visibleCommands() {
    return catalog.getRegistrations().values().stream()
        .filter(r -> !r.isHidden())
        .map(CommandRegistration::getCommand)
        .sorted()
        .toList();
  }

  /** " — did you mean show?" for a near miss of a command name, else empty. */
  private String suggestion(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String name : commandNames()) {
      int d = distance(w, name);
      if (d < bestDistance && d <= Math.max(1, name.length() / 3)) {
        best = name;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean " + best + "?)";
  }

  /**
   * Edit distance counting a swap of neighbours as one edit ("shwo" is one from "show"): the
   * optimal-string-alignment variant of Damerau–Levenshtein. Command names are short.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
