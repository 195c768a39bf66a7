package dev.reportqa.shell;

import dev.reportqa.answer.Assistant;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.Section;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * The commands about the loaded reports: ask, sources, new, show, outline, reports. Thin: parse,
 * call, print. Whatever comes from a report is made safe for a terminal ({@link ControlChars}).
 */
@Command
final class ReportCommands {

  private static final Pattern RANGE =
      Pattern.compile("[Ll]?(\\d+)(?:\\s*(?:-|–|—|\\.\\.|,)\\s*[Ll]?(\\d+))?");

  /** Digits beyond which a line number cannot be an int; such a number is outside any report. */
  private static final int MAX_LINE_DIGITS = 9;

  private final ReportSession session;
  private final AnswerPrinter printer;
  private final Progresses progresses;
  private final QuestionCommand questions;
  private final Screen screen;

  ReportCommands(
      ReportSession session,
      AnswerPrinter printer,
      Progresses progresses,
      QuestionCommand questions,
      Screen screen) {
    this.session = session;
    this.printer = printer;
    this.progresses = progresses;
    this.questions = questions;
    this.screen = screen;
  }

  /**
   * Names the command for help and for the shell's command list. The shell itself reads {@code ask}
   * lines and arguments ({@link QuestionCommand.Arguments}), so that a question may start with a
   * dash; this method is what Spring Shell would run.
   */
  @Command(
      command = "ask",
      description = "Ask a question (in the shell, just type it; ask - reads stdin)")
  String ask(
      @Option(description = "the question, in Chinese or English", arityMax = 1000)
          String[] question,
      @Option(longNames = "json", description = "print the answer as an eval record (JSON)")
          boolean json) {
    String q = question == null ? "" : String.join(" ", question);
    return questions.ask(q, json, screen.width()).text();
  }

  @Command(
      command = "sources",
      description = "Show the passages behind the last answer, with scores")
  String sources() {
    Assistant assistant = session.assistant(progresses.forIndex(session));
    if (assistant.last() == null) {
      return "No question asked yet in this conversation.";
    }
    return printer.sources(assistant.last(), named(), screen.width()).stripTrailing();
  }

  @Command(command = "new", description = "Start a new conversation (forget the previous question)")
  String newConversation() {
    session.assistant(progresses.forIndex(session)).reset();
    return "New conversation.";
  }

  @Command(
      command = "show",
      description = "Show report lines with their numbers: show 87, show 85-89")
  String show(@Option(description = "a line or a range, e.g. 87 or 85-89") String lines) {
    if (lines == null || lines.isBlank()) {
      throw new UsageException("show needs a line or a range, e.g. show 87 or show 85-89");
    }
    String range = lines.strip();
    String name = null;
    int colon = range.lastIndexOf(':');
    if (colon > 0) {
      name = range.substring(0, colon);
      range = range.substring(colon + 1).strip();
    }
    Report report = session.report(name);
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      throw new UsageException("not a line or range: '" + lines + "' — e.g. show 87 or show 85-89");
    }
    String first = m.group(1);
    String last = m.group(2) == null ? first : m.group(2);
    if (outOfRange(first, report) || outOfRange(last, report)) {
      String what =
          first.equals(last)
              ? "line " + plain(first) + " is"
              : "lines " + plain(first) + "-" + plain(last) + " are";
      throw new UsageException(
          what + " outside the report, which has lines 1-" + report.lineCount());
    }
    int from = Integer.parseInt(first);
    int to = Integer.parseInt(last);
    if (from > to) {
      throw new UsageException("the range " + from + "-" + to + " runs backwards");
    }
    StringBuilder out = new StringBuilder();
    int width = Integer.toString(to).length();
    for (int n = from; n <= to; n++) {
      out.append(String.format("%" + width + "d │ %s%n", n, report.line(n)));
    }
    return ControlChars.visible(out.toString().stripTrailing());
  }

  /** Whether a line number as typed lies outside the report, however many digits it has. */
  private static boolean outOfRange(String digits, Report report) {
    String n = plain(digits);
    return n.length() > MAX_LINE_DIGITS
        || Integer.parseInt(n) < 1
        || Integer.parseInt(n) > report.lineCount();
  }

  /** The number without leading zeros ("0087" → "87"). */
  private static String plain(String digits) {
    return digits.replaceFirst("^0+(?=\\d)", "");
  }

  @Command(command = "outline", description = "Show the section tree with line ranges")
  String outline(
      @Option(description = "the report's file name, when several are loaded") String report) {
    return ControlChars.visible(outline(session.report(report)));
  }

  @Command(command = "reports", description = "List the loaded reports")
  String reports() {
    StringBuilder out = new StringBuilder();
    for (Report r : session.reports()) {
      ReportMetadata meta = r.metadata();
      // The file name and metadata come from the report: made safe below.
      out.append(
          String.format(
              "%-32s %4d lines  %s%n",
              r.name(),
              r.lineCount(),
              String.join(
                  " · ",
                  java.util.stream.Stream.of(meta.title(), meta.speaker(), meta.date())
                      .filter(x -> !x.isEmpty())
                      .toList())));
    }
    return ControlChars.visible(out.toString().stripTrailing());
  }

  private boolean named() {
    return session.reports().size() > 1;
  }

  private static String outline(Report report) {
    ReportMetadata meta = report.metadata();
    StringBuilder out = new StringBuilder();
    out.append(meta.title().isEmpty() ? report.name() : meta.title());
    if (!meta.speaker().isEmpty() || !meta.date().isEmpty()) {
      out.append(" — ")
          .append(
              String.join(
                  ", ",
                  java.util.stream.Stream.of(meta.speaker(), meta.date())
                      .filter(s -> !s.isEmpty())
                      .toList()));
    }
    out.append(" (")
        .append(report.name())
        .append(", ")
        .append(report.lineCount())
        .append(" lines)\n");
    for (Section s : report.sections()) {
      String range = s.line() == s.endLine() ? "L" + s.line() : "L" + s.line() + "-" + s.endLine();
      out.append(String.format("%-9s ", range))
          .append("  ".repeat(s.level() - 1))
          .append(
              s.level() == 2 && s.number().isEmpty()
                  ? s.shortTitle()
                  : s.title().replaceFirst("[。.]$", ""))
          .append('\n');
    }
    return out.toString().stripTrailing();
  }
}
