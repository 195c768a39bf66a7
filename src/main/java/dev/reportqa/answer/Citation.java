package dev.reportqa.answer;

import dev.reportqa.report.Report;
import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
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

  private final Map<String, Locator> locators;
  private final boolean named;

  private Citation(Map<String, Locator> locators, boolean named) {
    this.locators = Map.copyOf(locators);
    this.named = named;
  }

  /** Citations into these reports; the file is named when there are several. */
  public static Citation of(List<Report> reports) {
    Map<String, Locator> locators = new LinkedHashMap<>();
    reports.forEach(r -> locators.put(r.name(), r.locator()));
    return new Citation(locators, reports.size() > 1);
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

  /** The places of lines without brackets or file name: {@code p.12 ¶3, ¶4}. */
  public String places(String report, List<Integer> lines) {
    return locators.getOrDefault(report, LineLocator.INSTANCE).places(lines);
  }
}
