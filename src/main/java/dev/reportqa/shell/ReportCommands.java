package dev.reportqa.shell;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import dev.reportqa.answer.Citation;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.Section;
import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * The commands about the loaded reports: ask, sources, new, show, outline, reports. Thin: parse,
 * call, print.
 */
@Command
final class ReportCommands {

  private final ReportSession session;
  private final AnswerPrinter printer;
  private final Progresses progresses;

  ReportCommands(ReportSession session, AnswerPrinter printer, Progresses progresses) {
    this.session = session;
    this.printer = printer;
    this.progresses = progresses;
  }

  @Command(
      command = "ask",
      description = "Ask a question about the report (in the shell you can also just type it)")
  String ask(
      @Option(description = "the question, in Chinese or English", arityMax = 1000)
          String[] question) {
    String q = question == null ? "" : String.join(" ", question).strip();
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
    Answer answer = session.assistant(progresses.forIndex(session)).ask(q);
    return printer.answer(answer, citation()).stripTrailing();
  }

  @Command(
      command = "sources",
      description = "Show the passages behind the last answer, with scores")
  String sources() {
    Assistant assistant = session.assistant(progresses.forIndex(session));
    if (assistant.last() == null) {
      return "No question asked yet in this conversation.";
    }
    return printer.sources(assistant.last(), citation()).stripTrailing();
  }

  @Command(command = "new", description = "Start a new conversation (forget the previous question)")
  String newConversation() {
    session.assistant(progresses.forIndex(session)).reset();
    return "New conversation.";
  }

  @Command(
      command = "show",
      description =
          "Show report lines with their places: show 87, show 85-89; a Word file or web page also"
              + " show ¶87, a PDF show p12 or show p12 ¶3; with several reports, show report.md:87")
  String show(
      @Option(
              description = "a line, paragraph, page or range, e.g. 87, 85-89, ¶87, p12",
              arityMax = 3)
          String[] place) {
    String lines = place == null ? "" : String.join(" ", place).strip();
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
    return out.toString().stripTrailing();
  }

  /** A line's place as {@code show} prints it: the number alone for a text file. */
  private static String label(Locator locator, int line) {
    return locator instanceof LineLocator ? Integer.toString(line) : locator.place(line);
  }

  @Command(command = "outline", description = "Show the section tree with line ranges")
  String outline(
      @Option(description = "the report's file name, when several are loaded") String report) {
    return outline(session.report(report));
  }

  @Command(command = "reports", description = "List the loaded reports")
  String reports() {
    StringBuilder out = new StringBuilder();
    for (Report r : session.reports()) {
      ReportMetadata meta = r.metadata();
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
    return out.toString().stripTrailing();
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
