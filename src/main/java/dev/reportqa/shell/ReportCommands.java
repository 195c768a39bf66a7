package dev.reportqa.shell;

import dev.reportqa.answer.Assistant;
import dev.reportqa.answer.Citation;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.Section;
import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import java.util.regex.Pattern;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * The commands about the loaded reports: ask, sources, new, show, outline, reports. Thin: parse,
 * call, print. Whatever comes from a report is made safe for a terminal ({@link ControlChars}).
 */
@Command
final class ReportCommands {

  /**
   * A number of ten digits or more (leading zeros aside), which may not fit an int: a place holding
   * one is outside any report, and is said so before it is parsed.
   */
  private static final Pattern HUGE_NUMBER = Pattern.compile("(?<!\\d)0*[1-9]\\d{9,}");

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
    return printer
        .sources(
            assistant.last(), citation(), screen.width(), session.analyzer().resources().chinese())
        .stripTrailing();
  }

  @Command(command = "new", description = "Start a new conversation (forget the previous question)")
  String newConversation() {
    session.assistant(progresses.forIndex(session)).reset();
    return "New conversation.";
  }

  @Command(
      command = "show",
      description = "Show report lines: show 87, show 85-89, show ¶87, show p12 ¶3")
  String show(
      // One String, not an array: Spring Shell would split an array's single value at commas and
      // trim each part (85,89 would become 85 89). The shell hands a place typed with spaces over
      // as one word (LineClassifier).
      @Option(
              description =
                  "a line, paragraph, page or range, e.g. 87, 85-89, ¶87, p12 ¶3; with several"
                      + " reports, report.md:87")
          String place) {
    String lines = place == null ? "" : place.strip();
    if (lines.isEmpty()) {
      throw new UsageException("show needs a line or a range, e.g. show 87 or show 85-89");
    }
    String range = lines;
    String name = null;
    int colon = range.lastIndexOf(':');
    if (colon > 0) {
      name = range.substring(0, colon);
      range = range.substring(colon + 1).strip();
    }
    Report report = session.report(name);
    Locator locator = report.locator();
    if (HUGE_NUMBER.matcher(range).find()) {
      throw new UsageException(
          "'" + range + "' is outside the report, which has lines 1-" + report.lineCount());
    }
    Locator.Range asked;
    try {
      asked = locator.range(range);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    int from = asked.from();
    int to = asked.to();
    if (from < 1 || to > report.lineCount()) {
      String what = from == to ? "line " + from + " is" : "lines " + from + "-" + to + " are";
      throw new UsageException(
          what + " outside the report, which has lines 1-" + report.lineCount());
    }
    StringBuilder out = new StringBuilder();
    int width = 0;
    for (int n = from; n <= to; n++) {
      width = Math.max(width, label(locator, n).length());
    }
    for (int n = from; n <= to; n++) {
      out.append(String.format("%" + width + "s │ %s%n", label(locator, n), report.line(n)));
    }
    return ControlChars.visible(out.toString().stripTrailing());
  }

  /** A line's place as {@code show} prints it: the number alone for a text file. */
  private static String label(Locator locator, int line) {
    return locator instanceof LineLocator ? Integer.toString(line) : locator.place(line);
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
      String speaker = (meta.office() + " " + meta.speaker()).strip();
      String level = meta.level().en();
      out.append(
          String.format("%-32s %4d lines  %s%n", r.name(), r.lineCount(), r.origin().describe()));
      out.append(
              "    "
                  + String.join(
                      " · ",
                      java.util.stream.Stream.of(
                              meta.title(),
                              meta.date(),
                              meta.session(),
                              speaker,
                              meta.place() + (level.isEmpty() ? "" : " (" + level + ")"),
                              meta.kindLabel(true))
                          .map(String::strip)
                          .filter(x -> !x.isEmpty() && !x.equals("()"))
                          .toList()))
          .append('\n');
    }
    return ControlChars.visible(out.toString().stripTrailing());
  }

  private Citation citation() {
    return Citation.of(session.reports());
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
    Locator locator = report.locator();
    int width = 9;
    for (Section s : report.sections()) {
      width = Math.max(width, locator.span(s.line(), s.endLine()).length());
    }
    for (Section s : report.sections()) {
      String range = locator.span(s.line(), s.endLine());
      out.append(String.format("%-" + width + "s ", range))
          .append("  ".repeat(report.depthOf(s.index()) - 1))
          .append(
              s.level() == 2 && s.number().isEmpty()
                  ? s.shortTitle()
                  : s.title().replaceFirst("[。.]$", ""))
          .append('\n');
    }
    return out.toString().stripTrailing();
  }
}
