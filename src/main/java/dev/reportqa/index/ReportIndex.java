package dev.reportqa.index;

import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Report;
import java.util.List;
import java.util.Objects;

/** Everything a question is answered from: the report, its units, and both indexes over them. */
public record ReportIndex(Report report, List<Unit> units, LexicalIndex lexical, DenseIndex dense) {

  public ReportIndex {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(lexical, "lexical");
    Objects.requireNonNull(dense, "dense");
    units = List.copyOf(units);
  }
}
