package dev.reportqa.web;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.AnswerTemplates;
import dev.reportqa.answer.Citation;
import dev.reportqa.answer.Quote;
import dev.reportqa.query.Language;
import dev.reportqa.report.Paragraph;
import dev.reportqa.report.Report;
import dev.reportqa.retrieve.Passage;
import dev.reportqa.shell.ReportSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Turns an {@link Answer} into what the page shows: text with links, citations, sources. */
final class AnswerViews {

  /** Sources listed under an answer, and leads under a refusal, as in the shell. */
  static final int SOURCES_SHOWN = 3;

  private final ReportSession session;
  private final AnswerTemplates templates;

  AnswerViews(ReportSession session, AnswerTemplates templates) {
    this.session = Objects.requireNonNull(session, "session");
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  AnswerView of(Answer answer) {
    Citation citation = Citation.of(session.reports());
    Map<String, Integer> indexByCitation = new LinkedHashMap<>();
    List<AnswerView.CitationView> citations = new ArrayList<>();
    for (Quote q : answer.quotes()) {
      String cited = citation.format(q.report(), q.lines(), q.text());
      if (!indexByCitation.containsKey(cited)) {
        indexByCitation.put(cited, citations.size());
        citations.add(
            new AnswerView.CitationView(
                q.report(),
                q.lines(),
                Labels.of(citation, q.report(), q.lines()),
                q.text(),
                highlights(q)));
      }
    }
    Language language = answer.query().language();
    String resolved = answer.resolvedQuestion();
    return new AnswerView(
        answer.text(),
        answer.refused(),
        language.name().toLowerCase(Locale.ROOT),
        answer.notice(),
        resolved,
        resolved.isEmpty() ? "" : templates.get(language, "resolved", Map.of("question", resolved)),
        parts(answer.text(), indexByCitation),
        citations,
        stripColon(templates.get(language, answer.refused() ? "leads" : "sources")),
        sources(answer, citation),
        null,
        0);
  }

  /** The shell's heading without its closing colon, which a page heading does not need. */
  static String stripColon(String heading) {
    return heading.replaceFirst("[:：]\\s*$", "");
  }

  /**
   * The text cut at every occurrence of a citation of its quotes. Found by the exact citation text
   * rather than by a pattern, so the links follow whatever {@link Citation#format} writes; a
   * citation written some other way (a language model's) stays plain text, and is still listed.
   */
  static List<AnswerView.Part> parts(String text, Map<String, Integer> citations) {
    List<AnswerView.Part> parts = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int at = -1;
      String found = null;
      for (String c : citations.keySet()) {
        int i = text.indexOf(c, from);
        if (i >= 0 && (at < 0 || i < at || (i == at && c.length() > found.length()))) {
          at = i;
          found = c;
        }
      }
      if (found == null) {
        break;
      }
      if (at > from) {
        parts.add(new AnswerView.Part(text.substring(from, at), null));
      }
      parts.add(new AnswerView.Part(found, citations.get(found)));
      from = at + found.length();
    }
    if (from < text.length()) {
      parts.add(new AnswerView.Part(text.substring(from), null));
    }
    return parts;
  }

  /**
   * Where a quote stands, line by line: the quote is found in a paragraph that holds its first line
   * and cites the same lines, and each character's source line says which part is on which line.
   * When it cannot be found, each cited line is highlighted whole.
   */
  List<AnswerView.Highlight> highlights(Quote quote) {
    Report report = reportOrNull(quote.report());
    if (report != null && !quote.text().isEmpty()) {
      int first = quote.lines().get(0);
      for (Paragraph p : report.paragraphs()) {
        if (first < p.firstLine() || first > p.lastLine()) {
          continue;
        }
        String text = p.text();
        for (int at = text.indexOf(quote.text());
            at >= 0;
            at = text.indexOf(quote.text(), at + 1)) {
          int end = at + quote.text().length();
          if (p.lines(at, end).equals(quote.lines())) {
            return perLine(p, at, end);
          }
        }
      }
    }
    return quote.lines().stream().map(l -> new AnswerView.Highlight(l, "")).toList();
  }

  private static List<AnswerView.Highlight> perLine(Paragraph p, int start, int end) {
    List<AnswerView.Highlight> out = new ArrayList<>(2);
    int runStart = start;
    for (int i = start + 1; i <= end; i++) {
      if (i == end || p.lineAt(i) != p.lineAt(runStart)) {
        String piece = p.text().substring(runStart, i).strip();
        if (!piece.isEmpty()) {
          out.add(new AnswerView.Highlight(p.lineAt(runStart), piece));
        }
        runStart = i;
      }
    }
    return out;
  }

  private Report reportOrNull(String name) {
    for (Report r : session.reports()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  /** The passages the answer quotes first, then the best-ranked others, up to the limit. */
  static List<AnswerView.SourceView> sources(Answer answer, Citation citation) {
    List<Passage> shown = new ArrayList<>();
    for (Passage p : answer.sources()) {
      if (quotes(answer, p)) {
        shown.add(p);
      }
    }
    for (Passage p : answer.sources()) {
      if (!shown.contains(p)) {
        shown.add(p);
      }
    }
    return shown.stream()
        .limit(SOURCES_SHOWN)
        .map(
            p ->
                new AnswerView.SourceView(
                    p.unit().report(),
                    p.lines(),
                    Labels.of(citation, p.unit().report(), p.lines()),
                    p.sectionPath(),
                    p.text(),
                    quotes(answer, p)))
        .toList();
  }

  private static boolean quotes(Answer answer, Passage p) {
    return answer.quotes().stream().anyMatch(q -> p.text().contains(q.text()));
  }
}
