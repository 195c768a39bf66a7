package dev.reportqa.web;

import dev.reportqa.answer.Citation;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.Section;
import dev.reportqa.shell.ReportSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** The loaded reports: {@code /api/reports}, a report's lines, its outline. */
final class ReportHandler {

  /**
   * @param multiple whether several reports are loaded (then citations name their report)
   * @param llm whether answers go through a language model (its settings are never shown)
   */
  record ReportsView(List<ReportInfo> reports, boolean multiple, boolean llm) {}

  record ReportInfo(String name, int lineCount, String title, String speaker, String date) {
    static ReportInfo of(Report r) {
      ReportMetadata m = r.metadata();
      return new ReportInfo(r.name(), r.lineCount(), m.title(), m.speaker(), m.date());
    }
  }

  /**
   * @param text the line exactly as in the file, markup and all (the page shows it as text)
   * @param label how a citation of this line reads, e.g. {@code L87}
   * @param section the path of the innermost section holding it, or empty
   */
  record LineView(int number, String text, String label, String section) {}

  record LinesView(String report, int lineCount, int from, int to, List<LineView> lines) {}

  record SectionView(
      int level,
      String number,
      String title,
      String shortTitle,
      int line,
      int endLine,
      String label,
      String path) {}

  record OutlineView(ReportInfo report, List<SectionView> sections) {}

  private final ReportSession session;

  ReportHandler(ReportSession session) {
    this.session = session;
  }

  ServerResponse reports(ServerRequest request) {
    List<Report> reports = session.reports();
    return json(
        new ReportsView(
            reports.stream().map(ReportInfo::of).toList(),
            reports.size() > 1,
            session.llmEnabled()));
  }

  /**
   * Lines {@code from} to {@code to}, inclusive: the whole report when both are left out, from line
   * 1 or to the last line when one is.
   */
  ServerResponse lines(ServerRequest request) {
    Report report = session.report(request.pathVariable("name"));
    int first = number(request.param("from"), "from").orElse(1);
    int last = number(request.param("to"), "to").orElse(report.lineCount());
    if (first > last) {
      throw new IllegalArgumentException("the range " + first + "-" + last + " runs backwards");
    }
    if (first < 1 || last > report.lineCount()) {
      throw new IllegalArgumentException(
          "lines "
              + first
              + "-"
              + last
              + " are outside the report, which has lines 1-"
              + report.lineCount());
    }
    List<LineView> lines = new ArrayList<>(last - first + 1);
    for (int n = first; n <= last; n++) {
      String section = report.sectionAt(n).map(s -> report.pathLabel(s.index())).orElse("");
      lines.add(
          new LineView(
              n,
              report.line(n),
              Labels.of(Citation.of(report), report.name(), List.of(n)),
              section));
    }
    return json(new LinesView(report.name(), report.lineCount(), first, last, lines));
  }

  ServerResponse outline(ServerRequest request) {
    Report report = session.report(request.pathVariable("name"));
    List<SectionView> sections = new ArrayList<>();
    for (Section s : report.sections()) {
      sections.add(
          new SectionView(
              s.level(),
              s.number(),
              s.title(),
              s.shortTitle(),
              s.line(),
              s.endLine(),
              Labels.of(Citation.of(report), report.name(), List.of(s.line())),
              report.pathLabel(s.index())));
    }
    return json(new OutlineView(ReportInfo.of(report), sections));
  }

  /** A whole-number query parameter, if given. */
  static Optional<Integer> number(Optional<String> value, String name) {
    if (value.isEmpty() || value.get().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get().strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, not '" + value.get() + "'");
    }
  }

  static ServerResponse json(Object body) {
    return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
