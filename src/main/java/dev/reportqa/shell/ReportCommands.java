package dev.reportqa.shell;

import dev.reportqa.answer.Answer;
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
 * call, print.
 */
@Command
final class ReportCommands {

  private static final Pattern RANGE =
      Pattern.compile("[Ll]?(\\d+)(?:\\s*(?:-|–|—|\\.\\.|,)\\s*[Ll]?(\\d+))?");

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
    return printer.answer(answer, named()).stripTrailing();
  }

  @Command(
      command = "sources",
      description = "Show the passages behind the last answer, with scores")
  String sources() {
    Assistant assistant = session.assistant(progresses.forIndex(session));
    if (assistant.last() == null) {
      return "No question asked yet in this conversation.";
    }
    return printer.sources(assistant.last(), named()).stripTrailing();
  }

  @Command(command = "new", description = "Start a new conversation (forget the previous question)")
  String newConversation() {
    session.assistant(progresses.forIndex(session)).reset();
    return "New conversation.";
  }

  @Command(
      command = "show",
      description =
          "Show report lines with their numbers: show 87, show 85-89; with several reports, "
              + "show report.md:87")
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
    int from = Integer.parseInt(m.group(1));
    int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
    if (from > to) {
      throw new UsageException("the range " + from + "-" + to + " runs backwards");
    }
    if (from < 1 || to > report.lineCount()) {
      String what = from == to ? "line " + from + " is" : "lines " + from + "-" + to + " are";
      throw new UsageException(
          what + " outside the report, which has lines 1-" + report.lineCount());
    }
    StringBuilder out = new StringBuilder();
    int width = Integer.toString(to).length();
    for (int n = from; n <= to; n++) {
      out.append(String.format("%" + width + "d │ %s%n", n, report.line(n)));
    }
    return out.toString().stripTrailing();
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
      out.append(String.format("%-32s %4d lines%n", r.name(), r.lineCount()));
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
