package dev.reportqa.shell;

import dev.reportqa.source.Format;
import dev.reportqa.source.Locator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.Parser;
import org.springframework.shell.jline.ExtendedDefaultParser;

/**
 * Tells a command from a question. A line is a command only when its first word names a command AND
 * the rest reads as that command's arguments; otherwise it is asked as a question. So {@code show
 * 87} shows a line while {@code show me the first-half GDP} is a question, and {@code exit} leaves
 * while {@code exit rate of enterprises?} is asked.
 */
final class LineClassifier {

  static final String QUESTION_WORDS = "shell/question-words.txt";

  /** What a line is. */
  enum Kind {
    /** Nothing to do: an empty line. */
    EMPTY,
    /** {@code exit} or {@code quit} alone: leave the shell. */
    EXIT,
    /** A command: {@link Line#words()} are its words, the command name first, lower case. */
    COMMAND,
    /** {@code ask …}: {@link Line#text()} is what follows the word ask, options included. */
    ASK,
    /** A question: {@link Line#text()}. */
    QUESTION,
    /** A near miss of a command name ({@code shwo 87}): {@link Line#text()} says so. */
    TYPO
  }

  /** A classified line. */
  record Line(Kind kind, List<String> words, String text) {
    Line {
      words = List.copyOf(words);
    }

    static Line of(Kind kind, String text) {
      return new Line(kind, List.of(), text);
    }
  }

  /** How the arguments after a command word must read for the line to be that command. */
  private enum Grammar {
    NONE,
    HELP,
    LINES,
    FILE,
    TOPIC,
    EXPORT,
    OPTIONS
  }

  private static final Map<String, Grammar> GRAMMARS =
      Map.ofEntries(
          Map.entry("new", Grammar.NONE),
          Map.entry("sources", Grammar.NONE),
          Map.entry("reports", Grammar.NONE),
          Map.entry("config", Grammar.NONE),
          Map.entry("reindex", Grammar.NONE),
          Map.entry("version", Grammar.NONE),
          Map.entry("help", Grammar.HELP),
          Map.entry("show", Grammar.LINES),
          Map.entry("outline", Grammar.FILE),
          Map.entry("figures", Grammar.TOPIC),
          Map.entry("brief", Grammar.TOPIC),
          Map.entry("export", Grammar.EXPORT),
          Map.entry("eval", Grammar.OPTIONS),
          Map.entry("web", Grammar.OPTIONS));

  /** Options of the commands that take a topic, each with a value. */
  private static final Set<String> TOPIC_OPTIONS = Set.of("--out", "--in");

  /** Options of the commands that take options only: those that take a value. */
  private static final Map<String, Set<String>> VALUE_OPTIONS =
      Map.of(
          "eval", Set.of("--file", "--out", "--embedding"),
          "web", Set.of("--port", "--host"));

  /** Options of the commands that take options only: flags. */
  private static final Map<String, Set<String>> FLAGS =
      Map.of("eval", Set.of("--baseline", "--gate", "--llm"), "web", Set.of());

  /** The name of a report before a place: {@code report.md:87}, {@code report.pdf:p12 ¶3}. */
  private static final Pattern NAMED_PLACE = Pattern.compile("\\S+:(.+)");

  private final Set<String> commands;
  private final Set<String> questionWords;
  private final Parser parser;

  /**
   * @param commands the command names, two-word ones ({@code export figures}) included
   */
  LineClassifier(Set<String> commands) {
    this(commands, loadQuestionWords());
  }

  LineClassifier(Set<String> commands, Set<String> questionWords) {
    this.commands = Set.copyOf(commands);
    this.questionWords = Set.copyOf(questionWords);
    ExtendedDefaultParser p = new ExtendedDefaultParser();
    // An apostrophe in "What's the target?" must not swallow the rest of the line as a quote.
    p.setEofOnUnclosedQuote(false);
    this.parser = p;
  }

  /**
   * Classifies a line that {@link InputLines#normalize} has cleaned. Commands are read from its
   * folded form ({@link InputLines#fold}: {@code show ８７} is {@code show 87}); a question keeps the
   * line as typed.
   */
  Line classify(String line) {
    String typed = line.strip();
    String text = InputLines.fold(typed);
    if (text.isEmpty()) {
      return Line.of(Kind.EMPTY, "");
    }
    List<String> words = words(text);
    String first = words.get(0).toLowerCase(Locale.ROOT);
    List<String> args = words.subList(1, words.size());
    String rest = text.substring(Math.min(text.length(), words.get(0).length())).strip();
    if (first.equals("exit") || first.equals("quit")) {
      return args.isEmpty() ? Line.of(Kind.EXIT, "") : Line.of(Kind.QUESTION, typed);
    }
    if (first.equals("ask")) {
      // What follows the first word, as typed.
      return Line.of(Kind.ASK, typed.replaceFirst("^\\S+\\s*", ""));
    }
    if (!isCommandWord(first)) {
      Line typo = typo(first, text, words.size());
      return typo.kind() == Kind.TYPO ? typo : Line.of(Kind.QUESTION, typed);
    }
    if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
      return command(first, args);
    }
    boolean fits =
        switch (GRAMMARS.getOrDefault(first, Grammar.OPTIONS)) {
          case NONE -> args.isEmpty();
          case HELP -> args.isEmpty() || commands.contains(lower(String.join(" ", args)));
          case LINES -> args.isEmpty() || isPlace(rest);
          case FILE -> args.isEmpty() || (args.size() == 1 && isFile(args.get(0)));
          case TOPIC -> args.isEmpty() || topicWithOptions(args, rest);
          case EXPORT -> args.isEmpty() || commands.contains(first + " " + lower(args.get(0)));
          case OPTIONS ->
              onlyOptions(
                  args,
                  VALUE_OPTIONS.getOrDefault(first, Set.of()),
                  FLAGS.getOrDefault(first, Set.of()));
        };
    if (!fits) {
      return Line.of(Kind.QUESTION, typed);
    }
    // A range typed with spaces (show 85 - 89) is one argument.
    return GRAMMARS.get(first) == Grammar.LINES && args.size() > 1
        ? command(first, List.of(rest))
        : command(first, args);
  }

  /**
   * The words of a command given as program arguments ({@code ./reportqa show p12 ¶3}) as a typed
   * line gives them to the command: a place written with spaces is one argument. Anything else is
   * left as it is.
   */
  static List<String> asTyped(List<String> words) {
    String last = words.get(words.size() - 1);
    if (words.size() > 2
        && GRAMMARS.get(lower(words.get(0))) == Grammar.LINES
        && !last.equals("--help")
        && !last.equals("-h")) {
      return List.of(words.get(0), String.join(" ", words.subList(1, words.size())));
    }
    return words;
  }

  private boolean isCommandWord(String word) {
    for (String c : commands) {
      if (c.equals(word) || c.startsWith(word + " ")) {
        return true;
      }
    }
    return false;
  }

  private Line command(String first, List<String> args) {
    List<String> words = new ArrayList<>();
    words.add(first);
    words.addAll(args);
    // The second word of a two-word command is part of its name: export Figures → export figures.
    if (words.size() > 1 && commands.contains(first + " " + lower(words.get(1)))) {
      words.set(1, lower(words.get(1)));
    }
    return new Line(Kind.COMMAND, words, String.join(" ", words));
  }

  /**
   * A short line of Latin words whose first is one or two edits from a command name reads as a
   * mistyped command ({@code shwo 87}, {@code outlin}); anything else is a question.
   */
  private Line typo(String first, String text, int wordCount) {
    if (wordCount <= 2 && text.matches("[A-Za-z]+(\\s+[-\\w.:]+)?")) {
      String near = nearestCommand(first);
      if (near != null) {
        return Line.of(
            Kind.TYPO,
            "unknown command '" + first + "' (did you mean " + near + "?) — or type a question");
      }
    }
    return Line.of(Kind.QUESTION, text);
  }

  /** The command name a word is a near miss of, or null. */
  String nearestCommand(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String name : commandWords()) {
      int d = distance(w, name);
      if (d > 0 && d < bestDistance && d <= Math.max(1, name.length() / 3)) {
        best = name;
        bestDistance = d;
      }
    }
    return best;
  }

  private Set<String> commandWords() {
    Set<String> words = new HashSet<>();
    for (String c : commands) {
      words.add(c.split(" ")[0]);
    }
    words.add("exit");
    words.add("quit");
    words.add("ask");
    return words;
  }

  /**
   * A topic, then options with their values: the topic reads as one (a Chinese term, or English
   * words none of which asks something), and no word ends with a question mark.
   */
  private boolean topicWithOptions(List<String> args, String rest) {
    if (rest.endsWith("?") || rest.endsWith("？")) {
      return false;
    }
    List<String> topic = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.startsWith("--")) {
        if (!TOPIC_OPTIONS.contains(a) || i + 1 >= args.size()) {
          return false;
        }
        i++;
      } else {
        topic.add(a);
      }
    }
    for (String word : topic) {
      for (String part : word.split("\\s+")) {
        if (questionWords.contains(part.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean onlyOptions(List<String> args, Set<String> withValue, Set<String> flags) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (flags.contains(a)) {
        continue;
      }
      if (withValue.contains(a) && i + 1 < args.size()) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static boolean isFile(String word) {
    // A single report file may have any name (it is read as text); these are the usual ones.
    return Format.isReportFile(word) || word.toLowerCase(Locale.ROOT).endsWith(".markdown");
  }

  /**
   * {@code 87}, {@code L85-89}, {@code 85 - 89}, {@code ¶87}, {@code p12 ¶3}, each also after a
   * report's name ({@code report.md:87}).
   */
  private static boolean isPlace(String text) {
    Matcher named = NAMED_PLACE.matcher(text);
    return Locator.isPlace(text) || (named.matches() && Locator.isPlace(named.group(1)));
  }

  /** The line's words as the shell splits them: on spaces, with quotes grouping. */
  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : parser.parse(text, text.length(), Parser.ParseContext.ACCEPT_LINE).words()) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      words.add(text);
    }
    return words;
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

  static Set<String> loadQuestionWords() {
    InputStream in = LineClassifier.class.getClassLoader().getResourceAsStream(QUESTION_WORDS);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + QUESTION_WORDS);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + QUESTION_WORDS, e);
    }
    return words;
  }
}
