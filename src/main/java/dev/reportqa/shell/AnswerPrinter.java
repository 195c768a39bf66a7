package dev.reportqa.shell;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Citation;
import dev.reportqa.answer.Quote;
import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Language;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays out answers, sources and leads for a terminal of a given width. The answer itself is never
 * cut; each source takes two lines (citation with section path, then an excerpt around the quoted
 * clause), each cut to the width with an ellipsis so that nothing wraps back to column 0. Widths
 * count display columns: a Chinese character takes two. Everything from the report, the question or
 * a model goes through {@link ControlChars#visible} on the way out.
 */
final class AnswerPrinter {

  /** Sources listed under an answer beside the cited ones, and leads under a refusal. */
  static final int SOURCES_SHOWN = 3;

  /** Indent of a source's citation line, and of its excerpt under it. */
  static final String SOURCE_INDENT = "  ";

  static final String EXCERPT_INDENT = "      ";

  /**
   * The narrowest layout: below this a terminal is too narrow to be useful, and lines are laid out
   * for this width and left to wrap.
   */
  static final int MIN_WIDTH = 40;

  private final AnswerTemplates templates;

  AnswerPrinter(AnswerTemplates templates) {
    this.templates = templates;
  }

  /**
   * One listed source: a retrieved passage, or, for a cited line no retrieved passage holds (a
   * heading, the speaker's line), the quoted clause itself.
   */
  record Source(String report, List<Integer> lines, String sectionPath, String text) {

    static Source of(Passage p) {
      return new Source(p.unit().report(), p.lines(), p.sectionPath(), p.text());
    }
  }

  /**
   * The answer with its sources (or, for a refusal, its leads) underneath.
   *
   * @param reports the loaded reports: how their citations read ({@link Citation#of(List)}), and
   *     the section of a cited line no passage holds
   * @param width the terminal's width in columns
   */
  String answer(Answer answer, List<Report> reports, int width) {
    int columns = Math.max(MIN_WIDTH, width);
    Citation citation = Citation.of(reports);
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
    List<Source> shown = shownSources(answer, reports);
    if (!shown.isEmpty()) {
      out.append('\n')
          .append(templates.get(lang, answer.refused() ? "leads" : "sources"))
          .append('\n');
      for (Source s : shown) {
        String head =
            citation.format(s.report(), s.lines(), s.text())
                + ' '
                + (s.sectionPath().isEmpty() ? "(preamble)" : s.sectionPath());
        out.append(SOURCE_INDENT)
            .append(Columns.fit(ControlChars.visible(head), columns - SOURCE_INDENT.length() - 1))
            .append('\n')
            .append(EXCERPT_INDENT)
            .append(excerpt(s.text(), answer.quotes(), columns - EXCERPT_INDENT.length() - 1))
            .append('\n');
      }
    }
    return ControlChars.visible(out.toString());
  }

  /**
   * The sources to list under an answer: for each line the answer cites, in the order it cites
   * them, the best-ranked passage on it (or, when no retrieved passage holds it, the quoted clause
   * with its section); then the passages that hold a quoted clause; then the best-ranked others, up
   * to {@link #SOURCES_SHOWN} in all. No citation is listed twice, and every cited line is listed.
   */
  static List<Source> shownSources(Answer answer, List<Report> reports) {
    List<Source> shown = new ArrayList<>();
    Set<List<Integer>> listed = new HashSet<>();
    for (Quote q : answer.quotes()) {
      for (int line : q.lines()) {
        if (listed.stream().anyMatch(l -> l.contains(line))) {
          continue;
        }
        Optional<Passage> holding =
            answer.sources().stream().filter(p -> p.lines().contains(line)).findFirst();
        add(shown, listed, holding.map(Source::of).orElseGet(() -> quoted(q, reports)));
      }
    }
    for (Passage p : answer.sources()) {
      if (answer.quotes().stream().anyMatch(q -> p.text().contains(q.text()))) {
        add(shown, listed, Source.of(p));
      }
    }
    for (Passage p : answer.sources()) {
      if (shown.size() >= SOURCES_SHOWN) {
        break;
      }
      add(shown, listed, Source.of(p));
    }
    return shown;
  }

  /** A quoted clause as a source, with the section path of its first line. */
  private static Source quoted(Quote q, List<Report> reports) {
    String path =
        reports.stream()
            .filter(r -> r.name().equals(q.report()))
            .findFirst()
            .flatMap(
                r -> r.sectionAt(q.lines().get(0)).map(s -> r.pathLabel(r.sections().indexOf(s))))
            .orElse("");
    return new Source(q.report(), q.lines(), path, q.text());
  }

  private static void add(List<Source> shown, Set<List<Integer>> listed, Source s) {
    if (listed.add(s.lines())) {
      shown.add(s);
    }
  }

  /**
   * The passages behind an answer with every score, and how the question was read; each row cut to
   * the width.
   *
   * @param citation how citations read for the loaded reports
   */
  String sources(Answer answer, Citation citation, int width) {
    return sources(answer, citation, width, java.util.Optional.empty());
  }

  /**
   * The same, with the question's words and the places, persons and organisations in it as HanLP
   * reads them, when it is loaded.
   */
  String sources(
      Answer answer,
      Citation citation,
      int width,
      java.util.Optional<dev.reportqa.nlp.ChineseNlp> nlp) {
    int columns = Math.max(MIN_WIDTH, width);
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
    if (nlp.isPresent() && q.language() == dev.reportqa.query.Language.ZH) {
      List<dev.reportqa.nlp.Token> tokens = nlp.get().segment(q.text());
      out.append("Words: ")
          .append(String.join(" ", tokens.stream().map(t -> t.word() + "/" + t.tag()).toList()))
          .append('\n');
      List<String> entities =
          tokens.stream()
              .filter(t -> t.entityType().isPresent())
              .map(t -> t.entityType().get().name().toLowerCase(Locale.ROOT) + " " + t.word())
              .distinct()
              .toList();
      if (!entities.isEmpty()) {
        out.append("Names: ").append(String.join(", ", entities)).append('\n');
      }
    }
    if (!q.translations().isEmpty()) {
      out.append("Translated: ");
      out.append(
          String.join(
              "; ",
              q.translations().stream()
                  .map(
                      t ->
                          t.english()
                              + " → "
                              + String.join("|", t.chinese())
                              + (t.source().equals(AnalyzedQuery.Translation.LEXICON)
                                  ? ""
                                  : " (" + t.source() + ")"))
                  .toList()));
      out.append('\n');
    }
    if (!q.unknownWords().isEmpty()) {
      out.append("Unknown words (not in the lexicon): ")
          .append(String.join(", ", q.unknownWords()))
          .append('\n');
    }
    String firstLine = answer.text().lines().findFirst().orElse("").strip();
    out.append("Decision: ")
        .append(
            answer.refused()
                ? "refused — " + firstLine
                : "answered from "
                    + String.join(
                        ", ",
                        answer.quotes().stream()
                            .map(qt -> citation.format(qt.report(), qt.lines(), qt.text()))
                            .distinct()
                            .toList()))
        .append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "fused", "bm25 (rank)", "cosine (rank)", "lines", "section"});
    int i = 1;
    for (Passage p : answer.sources()) {
      rows.add(
          new String[] {
            Integer.toString(i++),
            String.format(Locale.ROOT, "%.4f", p.score()),
            p.lexicalRank() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.2f (%d)", p.lexicalScore(), p.lexicalRank()),
            p.denseRank() == 0
                ? "-"
                : String.format(Locale.ROOT, "%.3f (%d)", p.denseScore(), p.denseRank()),
            citation.format(p.unit().report(), p.lines(), p.text()),
            p.sectionPath()
          });
    }
    int[] widths = new int[rows.get(0).length - 1];
    for (String[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], Columns.width(row[c]));
      }
    }
    out.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder row = new StringBuilder();
      for (int c = 0; c < widths.length; c++) {
        String cell = rows.get(r)[c];
        row.append(cell).append(" ".repeat(widths[c] - Columns.width(cell) + 2));
      }
      row.append(rows.get(r)[widths.length]);
      out.append(Columns.fit(ControlChars.visible(row.toString()), columns - 1)).append('\n');
      if (r > 0) {
        Passage p = answer.sources().get(r - 1);
        out.append(EXCERPT_INDENT)
            .append(excerpt(p.text(), answer.quotes(), columns - EXCERPT_INDENT.length() - 1))
            .append('\n');
      }
    }
    return ControlChars.visible(out.toString());
  }

  /**
   * A window of the passage that fits in {@code columns}, around the first quoted clause it holds
   * (which shows about a quarter of the way in), or its start; an ellipsis marks each cut.
   */
  static String excerpt(String text, List<Quote> quotes, int columns) {
    String safe = ControlChars.visible(text);
    if (Columns.width(safe) <= columns) {
      return safe;
    }
    int at = -1;
    for (Quote q : quotes) {
      at = safe.indexOf(ControlChars.visible(q.text()));
      if (at >= 0) {
        break;
      }
    }
    int start = at <= 0 ? 0 : Columns.start(safe, at, columns);
    return Columns.window(safe, start, columns);
  }
}
