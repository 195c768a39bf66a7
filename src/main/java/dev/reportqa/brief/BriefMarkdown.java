package dev.reportqa.brief;

import dev.reportqa.answer.Citation;
import dev.reportqa.query.Language;
import dev.reportqa.report.ReportMetadata;
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
      MarkdownTable table =
          new MarkdownTable(
              List.of(
                  wording.get(lang, "brief.measure"),
                  wording.get(lang, "brief.achieved"),
                  wording.get(lang, "brief.growth"),
                  wording.get(lang, "brief.target")));
      for (Brief.Row row : brief.rows()) {
        String label = row.gloss().isEmpty() ? row.label() : row.label() + " (" + row.gloss() + ")";
        Figure a = row.achieved();
        String growth = a == null || a.growth() == null ? "" : a.growth().display();
        table.add(
            List.of(
                label, achievedCell(lang, a, cite), growth, targetCell(lang, row.target(), cite)));
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
      if (m.period() != current) {
        if (current != null) {
          out.append("\n");
        }
        current = m.period();
        out.append("### ").append(wording.get(lang, "brief.measures." + current.code()));
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

  /** A first-half result without its growth, which has a column of its own. */
  private String achievedCell(Language lang, Figure f, Cite cite) {
    if (f == null) {
      return wording.get(lang, "brief.missing");
    }
    return f.change() + Figure.tidy(f.quantity()) + " " + cite.of(f.lines(), f.clause().text());
  }

  /**
   * A target with its growth, if the report gives one, and a mark when it is for the second half.
   */
  private String targetCell(Language lang, Figure f, Cite cite) {
    if (f == null) {
      return wording.get(lang, "brief.missing");
    }
    String value = f.display() + " " + cite.of(f.lines(), f.clause().text());
    return f.period() == Period.SECOND_HALF_TARGET
        ? wording.get(lang, "brief.secondHalf", Map.of("value", value))
        : value;
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
