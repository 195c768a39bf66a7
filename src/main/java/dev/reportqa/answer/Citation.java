package dev.reportqa.answer;

import dev.reportqa.report.Report;
import dev.reportqa.source.LineLocator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How citations read for the loaded reports: {@code [L87]} and {@code [L53, L55]} for a text file,
 * {@code [¶87]} for a Word file or web page, {@code [p.12 ¶3]} for a PDF; with several reports
 * loaded the file is named, {@code [report.pdf:p.12 ¶3]}. Citations are made from lines of the
 * report's text, the positions kept everywhere inside; only their display is the file's.
 */
public final class Citation {

  /** Lines of one text report, the file not named: {@code [L87]}. */
  public static final Citation LINES = new Citation(Map.of(), false);

  private final Map<String, Report> reports;
  private final boolean named;

  private Citation(Map<String, Report> reports, boolean named) {
    this.reports = Map.copyOf(reports);
    this.named = named;
  }

  /** Citations into these reports; the file is named when there are several. */
  public static Citation of(List<Report> reports) {
    Map<String, Report> byName = new LinkedHashMap<>();
    reports.forEach(r -> byName.put(r.name(), r));
    return new Citation(byName, reports.size() > 1);
  }

  /** Citations into one report, the file not named. */
  public static Citation of(Report report) {
    return of(List.of(report));
  }

  /** Whether citations name the report file (several reports are loaded). */
  public boolean named() {
    return named;
  }

  /**
   * A citation in brackets: {@code [p.12 ¶3]}, {@code [L53, L55]}, {@code [report.md:L87]}.
   *
   * @param report the report's file name
   * @param lines the cited lines of its text, ascending
   */
  public String format(String report, List<Integer> lines) {
    return "[" + (named ? report + ":" : "") + places(report, lines) + "]";
  }

  /**
   * A citation of quoted words: as {@link #format(String, List)}, except that words of a PDF's
   * paragraph that stand after a page break are cited on the page they are printed on ({@code [p.13
   * ¶1]} rather than the paragraph's start, {@code [p.12 ¶5]}).
   *
   * @param quoted the words as they read in the first cited line
   */
  public String format(String report, List<Integer> lines, String quoted) {
    Report r = reports.get(report);
    if (r == null || lines.size() != 1 || quoted.isBlank()) {
      return format(report, lines);
    }
    int line = lines.get(0);
    int offset = line >= 1 && line <= r.lineCount() ? r.line(line).indexOf(quoted.strip()) : -1;
    if (offset < 0) {
      return format(report, lines);
    }
    return "[" + (named ? report + ":" : "") + r.locator().place(line, offset) + "]";
  }

  /** The places of lines without brackets or file name: {@code p.12 ¶3, ¶4}. */
  public String places(String report, List<Integer> lines) {
    Report r = reports.get(report);
    return (r == null ? LineLocator.INSTANCE : r.locator()).places(lines);
  }
}
