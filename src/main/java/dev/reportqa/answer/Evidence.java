package dev.reportqa.answer;

import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Objects;

/**
 * What the stages of an answer read for one question: the loaded reports, the passages retrieved,
 * how to cite them, and the question's subject in the reports' words.
 *
 * @param reports the loaded reports, the first the default
 * @param passages the passages kept as the answer's sources (or a refusal's leads), best first
 * @param citation how citations into these reports read
 * @param subject the question's subject as the reports' words see it; it depends on the question's
 *     words only, not on the period it asks
 */
record Evidence(
    List<Report> reports, List<Passage> passages, Citation citation, SubjectCoverage subject) {

  Evidence {
    reports = List.copyOf(reports);
    passages = List.copyOf(passages);
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(subject, "subject");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("evidence needs at least one report");
    }
  }

  /** The report of the best passage: the one a question about "the report" means. */
  Report top() {
    return passages.isEmpty() ? reports.get(0) : report(passages.get(0).unit().report());
  }

  /** The loaded report of that file name. */
  Report report(String name) {
    for (Report r : reports) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    throw new IllegalArgumentException("no report named " + name + " is loaded");
  }

  /** The period a sentence speaks of, in its report. */
  Period periodOf(Unit unit) {
    return report(unit.report()).periods().of(unit.paragraph(), unit.text());
  }

  /** The places the reports are about, each report's in turn ({@code 某某镇}, {@code 某某}). */
  List<String> placeNames() {
    return reports.stream().flatMap(r -> r.metadata().placeNames().stream()).toList();
  }
}
