package dev.reportqa.web;

import dev.reportqa.answer.Citation;
import dev.reportqa.brief.Brief;
import dev.reportqa.brief.BriefBuilder;
import dev.reportqa.brief.BriefMarkdown;
import dev.reportqa.brief.ExportFormat;
import dev.reportqa.brief.Figure;
import dev.reportqa.brief.FigureExport;
import dev.reportqa.report.Report;
import dev.reportqa.shell.ReportSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** For trainers: the figures table with its downloads ({@code /api/figures}), and the brief. */
final class BriefHandler {

  /** The longest topic accepted, in characters: a topic is a word or two. */
  static final int MAX_TOPIC_LENGTH = 100;

  /**
   * A brief as the page shows it.
   *
   * @param markdown the brief as the {@code brief} command prints it
   * @param citations every citation the Markdown holds, as written there, so that a page can link
   *     each
   */
  record BriefView(
      String report, String topic, String language, String markdown, List<Cited> citations) {}

  /**
   * @param text the citation as written in the Markdown, e.g. {@code [L87]}
   * @param label the place without brackets, e.g. {@code L87}
   */
  record Cited(String text, String report, List<Integer> lines, String label) {}

  private final ReportSession session;
  private final BriefBuilder builder;
  private final BriefMarkdown markdown;
  private final FigureExport export;

  BriefHandler(
      ReportSession session, BriefBuilder builder, BriefMarkdown markdown, FigureExport export) {
    this.session = session;
    this.builder = builder;
    this.markdown = markdown;
    this.export = export;
  }

  /**
   * The figures of a report, of a topic or all, as JSON (the default), CSV or Markdown: the text
   * {@code export figures} writes, sent as a file to download.
   */
  ServerResponse figures(ServerRequest request) {
    String topic = topic(request, false);
    String format = request.param("format").orElse("");
    ExportFormat f = format.isBlank() ? ExportFormat.JSON : ExportFormat.parse(format);
    Report report = session.report(request.param("report").orElse(null));
    List<Figure> figures = builder.figures(report, topic);
    String body = export.render(figures, f, report.name(), topic, builder.languageOf(topic));
    String name = "figures" + (topic.isEmpty() ? "" : "-" + topic);
    return file(body, f, name + "." + f.name().toLowerCase(Locale.ROOT));
  }

  /** The brief on a topic: JSON for the page, or with {@code format=md} the Markdown file. */
  ServerResponse brief(ServerRequest request) {
    String topic = topic(request, true);
    String format = request.param("format").orElse("");
    if (!format.isBlank() && ExportFormat.parse(format) != ExportFormat.MD) {
      throw new IllegalArgumentException("a brief is Markdown: use format=md, or leave it out");
    }
    Report report = session.report(request.param("report").orElse(null));
    Brief brief = builder.build(report, topic);
    Citation citation = Citation.of(report);
    String md = markdown.render(brief, citation);
    if (!format.isBlank()) {
      return file(md, ExportFormat.MD, "brief-" + topic + ".md");
    }
    return ReportHandler.json(
        new BriefView(
            report.name(),
            brief.topic(),
            brief.language().name().toLowerCase(Locale.ROOT),
            md,
            citations(brief, citation)));
  }

  /** The citations of a brief, each as {@code BriefMarkdown} writes it with the same citation. */
  static List<Cited> citations(Brief brief, Citation citation) {
    record Group(List<Integer> lines, String quoted) {}
    List<Group> groups = new ArrayList<>();
    for (Brief.Row row : brief.rows()) {
      if (row.achieved() != null) {
        groups.add(new Group(row.achieved().lines(), row.achieved().clause().text()));
      }
      if (row.target() != null) {
        groups.add(new Group(row.target().lines(), row.target().clause().text()));
      }
    }
    brief.otherFigures().forEach(f -> groups.add(new Group(f.lines(), f.clause().text())));
    brief.measures().forEach(m -> groups.add(new Group(m.lines(), m.text())));
    brief.sources().forEach(s -> groups.add(new Group(List.of(s.line()), "")));
    Map<String, Cited> cited = new LinkedHashMap<>();
    for (Group g : groups) {
      String text = citation.format(brief.report(), g.lines(), g.quoted());
      cited.putIfAbsent(
          text,
          new Cited(
              text, brief.report(), g.lines(), Labels.of(citation, brief.report(), g.lines())));
    }
    return List.copyOf(cited.values());
  }

  private static String topic(ServerRequest request, boolean required) {
    String t = request.param("topic").orElse("").strip();
    if (required && t.isEmpty()) {
      throw new IllegalArgumentException("a topic is needed, e.g. topic=旅游 (or tourism, safety …)");
    }
    if (t.length() > MAX_TOPIC_LENGTH) {
      throw new IllegalArgumentException(
          "the topic is " + t.length() + " characters long; the limit is " + MAX_TOPIC_LENGTH);
    }
    return t;
  }

  /**
   * A text sent as a file to download, its name given both plainly and in UTF-8 (for a Chinese
   * topic); anything but letters, digits, dots and dashes in the name becomes an underscore.
   */
  private static ServerResponse file(String body, ExportFormat format, String name) {
    String filename = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    MediaType type =
        switch (format) {
          case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
          case JSON -> MediaType.APPLICATION_JSON;
          case MD -> new MediaType("text", "markdown", StandardCharsets.UTF_8);
        };
    return ServerResponse.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(filename, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
