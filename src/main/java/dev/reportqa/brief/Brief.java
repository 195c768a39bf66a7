package dev.reportqa.brief;

import dev.reportqa.chunk.Clause;
import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import dev.reportqa.report.ReportMetadata;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A briefing on one topic: the topic's figures with first-half results and targets side by side,
 * its key measures, and the lines they stand on. Every row and measure carries its clause, so every
 * one is cited.
 *
 * @param topic the topic as given
 * @param language the topic's language, which the headings follow
 * @param report the report's file name
 * @param metadata what the report says about itself
 * @param rows one row per measured thing, in report order
 * @param otherFigures figures of the topic that are neither a first-half result nor a target
 * @param measures the key measures, in report order
 * @param sources every cited line with its section path, ascending
 * @param summary a prose summary citing the brief's lines, or empty
 */
public record Brief(
    String topic,
    Language language,
    String report,
    ReportMetadata metadata,
    List<Row> rows,
    List<Figure> otherFigures,
    List<Measure> measures,
    List<Source> sources,
    String summary) {

  public Brief {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(summary, "summary");
    rows = List.copyOf(rows);
    otherFigures = List.copyOf(otherFigures);
    measures = List.copyOf(measures);
    sources = List.copyOf(sources);
  }

  /** A copy with its sources. */
  Brief withSources(List<Source> list) {
    return new Brief(
        topic, language, report, metadata, rows, otherFigures, measures, list, summary);
  }

  /** A copy with a summary. */
  Brief withSummary(String text) {
    return new Brief(
        topic, language, report, metadata, rows, otherFigures, measures, sources, text);
  }

  /** Every line the rows, other figures and measures cite, ascending. */
  public SortedSet<Integer> citedLines() {
    SortedSet<Integer> lines = new TreeSet<>();
    for (Row r : rows) {
      if (r.achieved() != null) {
        lines.addAll(r.achieved().lines());
      }
      if (r.target() != null) {
        lines.addAll(r.target().lines());
      }
    }
    otherFigures.forEach(f -> lines.addAll(f.lines()));
    measures.forEach(m -> lines.addAll(m.lines()));
    return lines;
  }

  /**
   * One measured thing: its first-half result and its target, either of which may be missing.
   *
   * @param label what is measured, e.g. {@code 游客量}
   * @param gloss its English from the lexicon for an English brief, else empty
   * @param achieved the first-half result, or null
   * @param target the full-year or second-half target, or null
   */
  public record Row(String label, String gloss, Figure achieved, Figure target) {
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(gloss, "gloss");
      if (achieved == null && target == null) {
        throw new IllegalArgumentException("a row needs a result or a target: " + label);
      }
    }
  }

  /**
   * A key measure: a clause of the topic without figures, quoted as it stands.
   *
   * @param clause the clause
   * @param period the period of the clause's sentence: results of what was done, targets of the
   *     work planned, or neither
   */
  public record Measure(Clause clause, Period period) {
    public Measure {
      Objects.requireNonNull(clause, "clause");
      Objects.requireNonNull(period, "period");
    }

    public String text() {
      return clause.text();
    }

    public List<Integer> lines() {
      return clause.lines();
    }
  }

  /** A cited line and the section path it stands under. */
  public record Source(int line, String sectionPath) {
    public Source {
      Objects.requireNonNull(sectionPath, "sectionPath");
    }
  }
}
