package dev.reportqa.index;

import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Report;
import java.util.List;
import java.util.Objects;

/**
 * Everything a question is answered from: the reports, their units, and both indexes over them.
 * Unit ids run across all reports; a unit names its report.
 */
public record ReportIndex(
    List<Report> reports, List<Unit> units, LexicalIndex lexical, DenseIndex dense) {

  public ReportIndex {
    reports = List.copyOf(reports);
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("an index needs at least one report");
    }
    Objects.requireNonNull(lexical, "lexical");
    Objects.requireNonNull(dense, "dense");
    units = List.copyOf(units);
  }

  /** The first report; the only one unless several are loaded. */
  public Report report() {
    return reports.get(0);
  }

  /** The report with the file name, as units and citations name it. */
  public Report report(String name) {
    for (Report r : reports) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no report named " + name + " is loaded");
  }

  /** Whether several reports are loaded, so that citations must name the file. */
  public boolean multiple() {
    return reports.size() > 1;
  }
}
