package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.Frame;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.ReportPeriods;
import dev.reportqa.retrieve.Passage;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The period a question asks about in a report (its span: 2024年上半年, 去年), and whether it asks for
 * the results or the targets of that span (its frame).
 */
final class AskedPeriod {

  private final CueLexicon cues;

  AskedPeriod(CueLexicon cues) {
    this.cues = Objects.requireNonNull(cues, "cues");
  }

  /**
   * The span the question's time words name in this report, if any. In a mid-year report a growth
   * question about last year ("比去年增长了多少") names the base of a comparison, not a period asked.
   */
  static Optional<Period> span(AnalyzedQuery query, Report report) {
    Optional<Period> asked = report.periods().resolve(query.time());
    if (asked.isPresent()
        && report.metadata().kind() == ReportMetadata.Kind.MID_YEAR
        && query.intent() == Intent.GROWTH
        && asked.get().to() < report.periods().year()) {
      return Optional.empty();
    }
    return asked;
  }

  /**
   * Whether the question asks for results or targets. A question that names a time but neither asks
   * for what the report gives for that time: in an annual report, last year's results or this
   * year's targets. A Chinese question that reads as a target only by a word of the full year asks
   * for results where the report gives only results for the span: "去年全年接待了多少游客" in an annual report
   * (全年 marks a target only in a mid-year report).
   *
   * @param span the span asked, if any ({@link #span})
   */
  Frame frame(AnalyzedQuery query, Optional<Period> span, ReportPeriods periods) {
    Frame frame = implied(query, span, periods);
    if (frame == Frame.TARGET
        && span.isPresent()
        && onlyResultsCover(span.get(), periods)
        && targetOnlyByHorizon(query)) {
      return Frame.ACHIEVED;
    }
    return frame;
  }

  private static Frame implied(AnalyzedQuery query, Optional<Period> span, ReportPeriods periods) {
    if (query.frame() != Frame.UNSPECIFIED || span.isEmpty()) {
      return query.frame();
    }
    boolean results = false;
    boolean targets = false;
    for (Period p : periods.covered()) {
      if (ReportPeriods.matches(p, span.get())) {
        results |= p.isResult();
        targets |= p.isTarget();
      }
    }
    return results == targets ? Frame.UNSPECIFIED : results ? Frame.ACHIEVED : Frame.TARGET;
  }

  /** Whether the report gives only results, no targets, for the span asked. */
  private static boolean onlyResultsCover(Period asked, ReportPeriods periods) {
    boolean results = false;
    for (Period p : periods.covered()) {
      if (ReportPeriods.matches(p, asked)) {
        if (p.isTarget()) {
          return false;
        }
        results |= p.isResult();
      }
    }
    return results;
  }

  /** Whether a Chinese question reads as a target only by a word of the full year (全年, 年底). */
  private boolean targetOnlyByHorizon(AnalyzedQuery query) {
    if (query.language() != Language.ZH) {
      return false;
    }
    List<String> found = cues.findZh(query.text(), CueLexicon.Category.TARGET);
    Set<String> horizon = new HashSet<>(cues.words(Language.ZH, CueLexicon.Category.FULLYEAR));
    horizon.add("年底");
    return !found.isEmpty() && horizon.containsAll(found);
  }

  /**
   * The passages to read for the span asked: those that speak of it or of no period at all, in
   * their order; all of them when no span is asked.
   */
  static List<Passage> passagesOf(
      Optional<Period> span, List<Passage> retrieved, Evidence evidence) {
    if (span.isEmpty()) {
      return retrieved;
    }
    return retrieved.stream()
        .filter(
            p -> {
              Period period = evidence.periodOf(p.unit());
              return period.role() == Period.Role.NONE || ReportPeriods.matches(period, span.get());
            })
        .toList();
  }
}
