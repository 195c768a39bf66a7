package dev.reportqa.brief;

import dev.reportqa.answer.Citation;
import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import dev.reportqa.report.ReportMetadata;
import dev.reportqa.report.ReportPeriods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Writes a brief as Markdown, ready to paste into slides: a heading, the source report, the
 * optional summary, the table of first-half results (with the growth the report gives for them) and
 * targets side by side, the measures as bullets, and the cited lines with their section paths.
 * Every row and bullet ends with its citation: {@code [L87]} for a text report, {@code [¶87]} or
 * {@code [p.12 ¶3]} for a Word file or a PDF.
 */
public final class BriefMarkdown {

  private final BriefWording wording;

  public BriefMarkdown(BriefWording wording) {
    this.wording = Objects.requireNonNull(wording, "wording");
  }

  /** The brief of a text report as Markdown, citing lines, ending with a line break. */
  public String render(Brief brief) {
    return render(brief, Citation.LINES);
  }

  /**
   * The brief as Markdown citing places of the report's file ({@code [p.12 ¶3]}), ending with a
   * line break.
   */
  public String render(Brief brief, Citation citation) {
    Language lang = brief.language();
    ReportMetadata.Kind kind = brief.metadata().kind();
    Cite cite = (lines, text) -> citation.format(brief.report(), lines, text);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(wording.get(lang, "brief.title", Map.of("topic", brief.topic())));
    out.append("\n\n")
        .append(wording.get(lang, "brief.basis", Map.of("report", basis(brief))))
        .append("\n");

    if (!brief.summary().isEmpty()) {
      section(out, wording.get(lang, "brief.summary"));
      out.append(brief.summary()).append("\n");
    }

    section(out, wording.get(lang, "brief.figures"));
    if (brief.rows().isEmpty()) {
      out.append(wording.get(lang, "brief.noFigures")).append("\n");
    } else {
      Period results = mostCommon(brief.rows().stream().map(Brief.Row::achieved).toList());
      Period targets = mostCommon(brief.rows().stream().map(Brief.Row::target).toList());
      MarkdownTable table =
          new MarkdownTable(
              List.of(
                  wording.get(lang, "brief.measure"),
                  header(lang, results, "brief.achieved", kind),
                  wording.get(lang, "brief.growth"),
                  header(lang, targets, "brief.target", kind)));
      for (Brief.Row row : brief.rows()) {
        String label = row.gloss().isEmpty() ? row.label() : row.label() + " (" + row.gloss() + ")";
        Figure a = row.achieved();
        String growth = a == null || a.growth() == null ? "" : a.growth().display();
        table.add(
            List.of(
                label,
                cell(lang, a, results, kind, false, cite),
                growth,
                cell(lang, row.target(), targets, kind, true, cite)));
      }
      out.append(table.render());
    }
    if (!brief.otherFigures().isEmpty()) {
      out.append("\n").append(wording.get(lang, "brief.otherFigures")).append("\n\n");
      for (Figure f : brief.otherFigures()) {
        out.append("- ")
            .append(f.measured())
            .append("：")
            .append(f.display())
            .append(' ')
            .append(cite.of(f.lines(), f.clause().text()))
            .append("\n");
      }
    }

    section(out, wording.get(lang, "brief.measures"));
    if (brief.measures().isEmpty()) {
      out.append(wording.get(lang, "brief.noMeasures")).append("\n");
    }
    Period current = null;
    for (Brief.Measure m : brief.measures()) {
      if (!m.period().equals(current)) {
        if (current != null) {
          out.append("\n");
        }
        current = m.period();
        String code = ReportPeriods.code(current, kind);
        out.append("### ")
            .append(
                wording.has(lang, "brief.measures." + code)
                    ? wording.get(lang, "brief.measures." + code)
                    : wording.period(lang, current, code));
        out.append("\n\n");
      }
      out.append("- ")
          .append(m.text())
          .append(' ')
          .append(cite.of(m.lines(), m.text()))
          .append("\n");
    }

    section(out, wording.get(lang, "brief.sources"));
    for (Brief.Source s : brief.sources()) {
      out.append("- ").append(cite.of(List.of(s.line()), ""));
      if (!s.sectionPath().isEmpty()) {
        out.append(' ').append(s.sectionPath());
      }
      out.append("\n");
    }
    return out.toString();
  }

  /**
   * The header of the results or the targets column: the label of its most common period (上半年实绩,
   * 2024年实绩, 全年目标 …), or the wording's default when the column is empty.
   */
  private String header(
      Language lang, Period period, String fallbackKey, ReportMetadata.Kind kind) {
    return period == null
        ? wording.get(lang, fallbackKey)
        : wording.period(lang, period, ReportPeriods.code(period, kind));
  }

  /**
   * A cell of the results column (without its growth, which has a column of its own) or of the
   * targets column (with its growth); marked with its period when it is not the column's: a
   * second-half target among full-year ones reads {@code 下半年：…}.
   */
  private String cell(
      Language lang,
      Figure f,
      Period column,
      ReportMetadata.Kind kind,
      boolean withGrowth,
      Cite cite) {
    if (f == null) {
      return wording.get(lang, "brief.missing");
    }
    String value =
        (withGrowth ? f.display() : f.change() + Figure.tidy(f.quantity()))
            + " "
            + cite.of(f.lines(), f.clause().text());
    if (f.period().equals(column)) {
      return value;
    }
    String code = ReportPeriods.code(f.period(), kind);
    return code.equals("second_half_target")
        ? wording.get(lang, "brief.secondHalf", Map.of("value", value))
        : wording.get(
            lang,
            "brief.otherPeriod",
            Map.of("period", wording.period(lang, f.period(), code), "value", value));
  }

  /** The period most figures of a column have, the earliest on a tie; null for none. */
  private static Period mostCommon(List<Figure> figures) {
    Map<Period, Integer> counts = new java.util.LinkedHashMap<>();
    for (Figure f : figures) {
      if (f != null) {
        counts.merge(f.period(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static void section(StringBuilder out, String title) {
    out.append("\n## ").append(title).append("\n\n");
  }

  /** A citation of words on lines of the brief's report, in brackets. */
  @FunctionalInterface
  private interface Cite {
    String of(List<Integer> lines, String text);
  }

  /** The report named by what it says of itself: 政府工作报告 · 某某 · 2025年1月8日 · file. */
  private static String basis(Brief brief) {
    ReportMetadata m = brief.metadata();
    List<String> parts = new ArrayList<>();
    Stream.of(m.title(), m.speaker(), m.date()).filter(s -> !s.isEmpty()).forEach(parts::add);
    parts.add(brief.report());
    return String.join(" · ", parts);
  }
}
