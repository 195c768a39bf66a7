package dev.reportqa.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import dev.reportqa.eval.AssistantPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Asks a question and lays out the answer: what {@code ask} does, and what the shell does with a
 * line that is not a command. The shell reads {@code ask}'s own words itself ({@link Arguments})
 * rather than through Spring Shell's option parser, because a question is free text: it may start
 * with a dash ({@code ask --foo}), hold quotes, or be {@code -} for standard input.
 */
final class QuestionCommand {

  /** The question read from standard input: {@code ask -}. */
  static final String STDIN = "-";

  /** What {@code ask} was given: its options, then the question. */
  record Arguments(boolean json, boolean fromStdin, String question) {

    /**
     * Reads the words after {@code ask}: {@code --json} first prints the eval record, {@code --}
     * ends the options, {@code -} alone reads the question from standard input; all else is the
     * question, dashes included. A question typed inside one pair of quotes loses them.
     */
    static Arguments parse(String rest) {
      String r = rest.strip();
      boolean json = false;
      while (true) {
        if (r.equals("--json") || r.startsWith("--json ")) {
          json = true;
          r = r.substring("--json".length()).strip();
        } else if (r.equals("--") || r.startsWith("-- ")) {
          r = r.substring(2).strip();
          break;
        } else {
          break;
        }
      }
      if (r.equals(STDIN)) {
        return new Arguments(json, true, "");
      }
      if (r.length() >= 2
          && ((r.startsWith("\"") && r.endsWith("\"")) || (r.startsWith("'") && r.endsWith("'")))
          && r.indexOf(r.charAt(0), 1) == r.length() - 1) {
        r = r.substring(1, r.length() - 1).strip();
      }
      return new Arguments(json, false, r);
    }
  }

  /**
   * A laid-out answer.
   *
   * @param text what to print
   * @param refused true when the report does not answer the question
   */
  record Reply(String text, boolean refused) {}

  /**
   * JSON for a terminal: besides what JSON always escapes (C0 controls), C1 controls, DEL, line
   * separators and bidirectional overrides are written as {@code \\uXXXX}, so that a record printed
   * on a terminal cannot act on it while its content stays exactly the same.
   */
  static final ObjectMapper TERMINAL_JSON = terminalJson();

  static final String REQUEST_OPENINGS = "shell/request-openings.txt";

  /** Longest first, so that "help me find" is dropped whole rather than "help me". */
  private static final List<String> OPENINGS = loadOpenings();

  private final ReportSession session;
  private final AnswerPrinter printer;
  private final Progresses progresses;

  QuestionCommand(ReportSession session, AnswerPrinter printer, Progresses progresses) {
    this.session = session;
    this.printer = printer;
    this.progresses = progresses;
  }

  /**
   * Answers a question in the shell's conversation.
   *
   * @param json print the eval record (docs/design.md, The eval record contract) instead of the
   *     answer with its sources
   * @param width the terminal's width in columns
   * @throws UsageException when the question is empty or too long
   */
  Reply ask(String question, boolean json, int width) {
    String q = question == null ? "" : question.strip();
    if (q.isEmpty()) {
      throw new UsageException("ask needs a question, e.g. ask \"全年游客目标是多少？\"");
    }
    if (q.length() > Assistant.MAX_QUESTION_LENGTH) {
      throw new UsageException(
          "the question is "
              + q.length()
              + " characters long; the limit is "
              + Assistant.MAX_QUESTION_LENGTH);
    }
    // HanLP reads the question's places and persons: its dictionaries load beside the index.
    session.analyzer().resources().loadInBackground();
    Assistant assistant = session.assistant(progresses.forIndex(session));
    long start = System.nanoTime();
    Answer answer = assistant.ask(withoutOpening(q));
    double ms = (System.nanoTime() - start) / 1e6;
    if (json) {
      try {
        return new Reply(
            TERMINAL_JSON.writeValueAsString(
                AssistantPipeline.record("ask", q, answer, ms, session.locator())),
            answer.refused());
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Reply(
        printer.answer(answer, session.reports(), width).stripTrailing(), answer.refused());
  }

  /**
   * The question on standard input ({@code ask -}): all of it up to the question limit, as UTF-8.
   *
   * @throws UsageException when it is longer than the limit
   */
  static String readQuestion(InputStream in) {
    try {
      byte[] bytes = in.readNBytes(Assistant.MAX_QUESTION_LENGTH * 4 + 1);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.length() > Assistant.MAX_QUESTION_LENGTH || in.read() >= 0) {
        throw new UsageException(
            "the question on standard input is longer than the limit of "
                + Assistant.MAX_QUESTION_LENGTH
                + " characters");
      }
      return InputLines.normalize(text.replaceAll("[\\r\\n]+", " "));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /**
   * The question without a request opening that begins with a command word ({@code show me the
   * first-half GDP} → {@code the first-half GDP}); unchanged when none opens it or nothing would be
   * left.
   */
  static String withoutOpening(String question) {
    String lower = question.toLowerCase(Locale.ROOT);
    for (String opening : OPENINGS) {
      if (lower.startsWith(opening + " ")) {
        String rest = question.substring(opening.length()).strip();
        return rest.isEmpty() ? question : rest;
      }
    }
    return question;
  }

  private static List<String> loadOpenings() {
    InputStream in = QuestionCommand.class.getClassLoader().getResourceAsStream(REQUEST_OPENINGS);
    if (in == null) {
      throw new IllegalStateException("missing from the classpath: " + REQUEST_OPENINGS);
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + REQUEST_OPENINGS, e);
    }
  }

  private static ObjectMapper terminalJson() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setCharacterEscapes(new TerminalEscapes());
    return mapper;
  }

  private static final class TerminalEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    TerminalEscapes() {
      ascii[0x7f] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean unsafe =
          (ch >= 0x80 && ch <= 0x9f)
              || ch == 0x2028
              || ch == 0x2029
              || (ch >= 0x202a && ch <= 0x202e)
              || (ch >= 0x2066 && ch <= 0x2069);
      return unsafe ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }
  }
}
