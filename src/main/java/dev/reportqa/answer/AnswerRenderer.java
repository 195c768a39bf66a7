package dev.reportqa.answer;

import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import java.util.List;
import java.util.Objects;

/**
 * Words an answer of quoted clauses in the question's language: the label of the quotes' period,
 * then each quote with its citation. An English answer states the figures in English first ({@link
 * EnglishRenderer}), then quotes the Chinese.
 */
final class AnswerRenderer {

  private final AnswerTemplates templates;
  private final EnglishRenderer english = new EnglishRenderer();

  AnswerRenderer(AnswerTemplates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /**
   * {@code 2024年上半年实绩：某某达到 X 亿元 [L17]}, or in English {@code Result for the first half of 2024: X
   * billion yuan. “某某达到 X 亿元” [L17]}.
   *
   * @param period the period of the quotes' sentence; without one the label says so
   * @param quotes the quotes in the order shown
   */
  String render(Language language, Period period, List<Quote> quotes, Citation citation) {
    String label = language == Language.ZH ? period.labelZh() : period.labelEn();
    if (label.isEmpty()) {
      label = templates.get(language, "label.none");
    } else if (language == Language.ZH) {
      label = label + "：";
    }
    if (language == Language.ZH) {
      return listed(label, quotes, citation);
    }
    StringBuilder out = new StringBuilder(label).append(": ");
    String figures =
        String.join(
            "; ",
            quotes.stream().map(q -> english.figures(q.text())).filter(f -> !f.isEmpty()).toList());
    if (!figures.isEmpty()) {
      out.append(figures).append(". ");
    }
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.append(i == 0 ? "" : " ")
          .append('“')
          .append(q.text())
          .append("” ")
          .append(cite(q, citation));
    }
    return out.toString();
  }

  /** A label, then the quotes each cited, parted by {@code ；}: {@code 目标：A [L3]；B [L4]}. */
  static String listed(String label, List<Quote> quotes, Citation citation) {
    StringBuilder out = new StringBuilder(label);
    for (int i = 0; i < quotes.size(); i++) {
      Quote q = quotes.get(i);
      out.append(i == 0 ? "" : "；").append(q.text()).append(' ').append(cite(q, citation));
    }
    return out.toString();
  }

  /** {@code [L87]}, {@code [p.12 ¶3]}, or {@code [report.md:L87]} when several are loaded. */
  static String cite(Quote q, Citation citation) {
    return citation.format(q.report(), q.lines(), q.text());
  }
}
