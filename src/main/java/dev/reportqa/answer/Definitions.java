package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.report.Paragraph;
import dev.reportqa.report.Report;
import dev.reportqa.report.Section;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct answerer for terms a report defines: an item whose title is the term and whose body says
 * what it means ({@code 6.“两重”：是指…} in a glossary, {@code 名词解释}). A question that names such a term
 * and asks what it means, or when it was issued, is answered from that item's body, not from the
 * sentences that merely use the term.
 */
final class Definitions implements DirectAnswerer {

  /** Words that ask what a term means: 是什么意思, 指哪些, stand for. */
  private static final Pattern ASKS_MEANING =
      Pattern.compile(
          "什么意思|指什么|指哪些|是指|什么是|含义|指的是|是啥|包括哪些|(?i:\\bstand for\\b|\\bmean\\b|\\bmeaning\\b|\\brefer to\\b|\\bdefinition\\b)");

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\d{1,3}\\s*[.．、]|[（(][一二三四五六七八九十\\d]+[）)])\\s*");
  private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’「」《》()（）\\s]");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?");

  /** A defined term is at least this long once its quotes are gone. */
  static final int MIN_TERM = 2;

  /** A defined term is at most this long: longer titles are headings, not terms. */
  static final int MAX_TERM = 20;

  /**
   * The longest definition quoted, in characters; a longer body is quoted to its first sentence.
   */
  static final int MAX_DEFINITION = 200;

  private final AnswerTemplates templates;

  Definitions(AnswerTemplates templates) {
    this.templates = templates;
  }

  /** The definition, when the question asks what a term the report defines means or when. */
  @Override
  public Optional<Answer> answer(AnalyzedQuery query, Evidence evidence) {
    boolean meaning = ASKS_MEANING.matcher(query.text()).find();
    boolean when = query.intent() == Intent.TIME;
    if (!meaning && !when) {
      return Optional.empty();
    }
    String asked = normal(query.text());
    Report bestReport = null;
    Section best = null;
    for (Report r : evidence.reports()) {
      for (Section s : r.sections()) {
        String term = normal(NUMBERING.matcher(s.title()).replaceFirst(""));
        if (term.length() >= MIN_TERM
            && term.length() <= MAX_TERM
            && asked.contains(term)
            && body(r, s) != null
            && (best == null || term.length() > normal(best.title()).length())) {
          best = s;
          bestReport = r;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Paragraph body = body(bestReport, best);
    String text = body.text();
    int start = 0;
    int end = sentenceEnd(text);
    if (when) {
      Matcher d = DATE.matcher(text);
      if (!d.find()) {
        return Optional.empty();
      }
      start = clauseStart(text, d.start());
      end = clauseEnd(text, d.end());
    }
    String quoted = text.substring(start, end).strip();
    Quote q = new Quote(bestReport.name(), quoted, body.lines(start, end));
    String label =
        templates.get(
            query.language(),
            "label.defined",
            Map.of("term", NUMBERING.matcher(best.title()).replaceFirst("")));
    String answer =
        label
            + (query.language() == Language.ZH ? "" : " “")
            + quoted
            + (query.language() == Language.ZH ? "" : "”")
            + " "
            + AnswerRenderer.cite(q, evidence.citation());
    return Optional.of(new Answer(query, "", false, answer, List.of(q), evidence.passages(), ""));
  }

  /** The body of an item that opens its own paragraph (title, then the definition), or null. */
  private static Paragraph body(Report report, Section section) {
    for (Paragraph p : report.paragraphs()) {
      if (p.section() == section.index()
          && p.kind() == Paragraph.Kind.BODY
          && p.firstLine() == section.line()) {
        return p;
      }
    }
    return null;
  }

  private static String normal(String s) {
    return QUOTES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static int sentenceEnd(String text) {
    int stop = text.indexOf('。');
    int end = stop < 0 ? text.length() : stop + 1;
    return Math.min(end, Math.min(text.length(), MAX_DEFINITION));
  }

  private static int clauseStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if ("，。；：".indexOf(text.charAt(i)) >= 0) {
        return i + 1;
      }
    }
    return 0;
  }

  private static int clauseEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      if ("，。；".indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
