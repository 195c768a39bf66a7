package dev.reportqa.shell;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Citation;
import dev.reportqa.answer.Quote;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.retrieve.Passage;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lays out answers, sources and leads for the terminal. */
final class AnswerPrinter {

  /** Sources listed under an answer, and leads under a refusal. */
  static final int SOURCES_SHOWN = 3;

  /** Longest excerpt of a source shown, in characters. */
  static final int EXCERPT = 72;

  private final AnswerTemplates templates;

  AnswerPrinter(AnswerTemplates templates) {
    this.templates = templates;
  }

  /** The answer with its sources (or, for a refusal, its leads) underneath. */
  String answer(Answer answer, Citation citation) {
    Language lang = answer.query().language();
    StringBuilder out = new StringBuilder();
    if (!answer.notice().isEmpty()) {
      out.append(answer.notice()).append('\n');
    }
    if (!answer.resolvedQuestion().isEmpty()) {
      out.append(templates.get(lang, "resolved", Map.of("question", answer.resolvedQuestion())))
          .append('\n');
    }
    out.append(answer.text()).append('\n');
    List<Passage> shown = shownSources(answer);
    if (!shown.isEmpty()) {
      out.append('\n')
          .append(templates.get(lang, answer.refused() ? "leads" : "sources"))
          .append('\n');
      for (Passage p : shown) {
        out.append("  ")
            .append(citation.format(p.unit().report(), p.lines(), p.text()))
            .append(' ')
            .append(p.sectionPath().isEmpty() ? "(preamble)" : p.sectionPath())
            .append('\n')
            .append("      ")
            .append(excerpt(p.text(), answer.quotes()))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** The passages the answer quotes first, then the best-ranked others, up to the limit. */
  static List<Passage> shownSources(Answer answer) {
    List<Passage> quoted =
        answer.sources().stream()
            .filter(p -> answer.quotes().stream().anyMatch(q -> p.text().contains(q.text())))
            .toList();
    List<Passage> shown = new java.util.ArrayList<>(quoted);
    for (Passage p : answer.sources()) {
      if (shown.size() >= SOURCES_SHOWN) {
        break;
      }
      if (!shown.contains(p)) {
        shown.add(p);
      }
    }
    return shown.subList(0, Math.min(SOURCES_SHOWN, shown.size()));
  }

  /** The passages behind an answer with every score, and how the question was read. */
  String sources(Answer answer, Citation citation) {
    AnalyzedQuery q = answer.query();
    StringBuilder out = new StringBuilder();
    out.append("Question: ").append(q.question()).append('\n');
    out.append("Read as: language=")
        .append(q.language().name().toLowerCase(Locale.ROOT))
        .append(", asks=")
        .append(q.intent().name().toLowerCase(Locale.ROOT))
        .append(", period=")
        .append(q.frame().name().toLowerCase(Locale.ROOT))
        .append(", subject=")
        .append(q.subjectTerms())
        .append('\n');
    if (!q.translations().isEmpty()) {
      out.append("Translated: ");
      out.append(
          String.join(
              "; ",
              q.translations().stream()
                  .map(t -> t.english() + " → " + String.join("|", t.chinese()))
                  .toList()));
      out.append('\n');
    }
    if (!q.unknownWords().isEmpty()) {
      out.append("Unknown words (not in the lexicon): ")
          .append(String.join(", ", q.unknownWords()))
          .append('\n');
    }
    out.append(
        String.format(
            "%n%-4s %-8s %-15s %-15s %-14s %s%n",
            "#", "fused", "bm25 (rank)", "cosine (rank)", "lines", "section"));
    int i = 1;
    for (Passage p : answer.sources()) {
      out.append(
          String.format(
              "%-4d %-8.4f %-15s %-15s %-14s %s%n",
              i++,
              p.score(),
              p.lexicalRank() == 0
                  ? "-"
                  : String.format("%.2f (%d)", p.lexicalScore(), p.lexicalRank()),
              p.denseRank() == 0 ? "-" : String.format("%.3f (%d)", p.denseScore(), p.denseRank()),
              citation.format(p.unit().report(), p.lines(), p.text()),
              p.sectionPath()));
      out.append("     ").append(excerpt(p.text(), answer.quotes())).append('\n');
    }
    return out.toString();
  }

  /** A window of the passage around the quoted clause, or its start. */
  static String excerpt(String text, List<Quote> quotes) {
    if (text.length() <= EXCERPT) {
      return text;
    }
    int at = -1;
    for (Quote q : quotes) {
      at = text.indexOf(q.text());
      if (at >= 0) {
        break;
      }
    }
    int start = at < 0 ? 0 : Math.max(0, Math.min(at - EXCERPT / 4, text.length() - EXCERPT));
    int end = Math.min(text.length(), start + EXCERPT);
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }
}
