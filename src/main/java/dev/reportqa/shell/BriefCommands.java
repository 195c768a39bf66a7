package dev.reportqa.shell;

import dev.reportqa.answer.Citation;
import dev.reportqa.brief.Brief;
import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.BriefMarkdown;
import dev.reportqa.brief.ExportFormat;
import dev.reportqa.brief.Figure;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.io.AtomicFile;
import dev.reportqa.report.Report;
import java.nio.file.Path;
import java.util.List;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * The commands for trainers: figures, brief, export figures, export brief. Thin: parse, call,
 * print.
 */
@Command
final class BriefCommands {

  private final ReportSession session;
  private final BriefBuilder builder;
  private final BriefMarkdown markdown;
  private final FigureExport export;

  BriefCommands(
      ReportSession session, BriefBuilder builder, BriefMarkdown markdown, FigureExport export) {
    this.session = session;
    this.builder = builder;
    this.markdown = markdown;
    this.export = export;
  }

  @Command(
      command = "figures",
      description = "Every figure of the report as a table, or those of a topic")
  String figures(
      @Option(
              description = "a topic in Chinese or English; all figures when left out",
              arityMax = 100)
          String[] topic,
      @Option(longNames = "in", description = "the report's file name, when several are loaded")
          String in) {
    String t = join(topic);
    Report report = session.report(in);
    List<Figure> figures = builder.figures(report, t);
    return export
        .markdown(figures, report.name(), builder.languageOf(t), Citation.of(report))
        .stripTrailing();
  }

  @Command(
      command = "brief",
      description = "A Markdown briefing on a topic: results, targets, measures")
  String brief(
      @Option(description = "the topic, in Chinese or English", arityMax = 100) String[] topic,
      @Option(longNames = "out", description = "write the brief to this file instead of showing it")
          String out,
      @Option(longNames = "in", description = "the report's file name, when several are loaded")
          String in) {
    String t = requireTopic(topic, "brief 旅游");
    Report report = session.report(in);
    String text = markdown.render(builder.build(report, t), Citation.of(report));
    if (out == null || out.isBlank()) {
      return text.stripTrailing();
    }
    AtomicFile.write(Path.of(out), text);
    return "Wrote the brief on " + t + " to " + out;
  }

  @Command(
      command = {"export", "figures"},
      description = "Write the figures to a CSV, JSON or Markdown file")
  String exportFigures(
      @Option(longNames = "format", description = "csv, json or md") String format,
      @Option(longNames = "out", description = "the file to write") String out,
      @Option(longNames = "topic", description = "only the figures of this topic") String topic,
      @Option(longNames = "in", description = "the report's file name, when several are loaded")
          String in) {
    if (format == null || format.isBlank() || out == null || out.isBlank()) {
      throw new UsageException(
          "export figures needs --format csv, json or md and --out FILE, e.g. export figures"
              + " --format csv --out figures.csv");
    }
    ExportFormat f = ExportFormat.parse(format);
    Report report = session.report(in);
    List<Figure> figures = builder.figures(report, topic);
    AtomicFile.write(
        Path.of(out),
        export.render(
            figures, f, report.name(), topic, builder.languageOf(topic), Citation.of(report)));
    return "Wrote " + figures.size() + " figures to " + out;
  }

  @Command(
      command = {"export", "brief"},
      description = "Write the brief on a topic to a file")
  String exportBrief(
      @Option(description = "the topic, in Chinese or English", arityMax = 100) String[] topic,
      @Option(longNames = "out", description = "the file to write") String out,
      @Option(longNames = "in", description = "the report's file name, when several are loaded")
          String in) {
    String t = requireTopic(topic, "export brief 旅游 --out brief.md");
    if (out == null || out.isBlank()) {
      throw new UsageException(
          "export brief needs --out FILE, e.g. export brief " + t + " --out brief.md");
    }
    Report report = session.report(in);
    Brief brief = builder.build(report, t);
    AtomicFile.write(Path.of(out), markdown.render(brief, Citation.of(report)));
    return "Wrote the brief on " + t + " to " + out;
  }

  private static String join(String[] words) {
    return words == null ? "" : String.join(" ", words).strip();
  }

  private static String requireTopic(String[] topic, String example) {
    String t = join(topic);
    if (t.isEmpty()) {
      throw new UsageException("a topic is needed, e.g. " + example + " (or tourism, safety …)");
    }
    return t;
  }
}
