package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.EnglishWords;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.report.ReportMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A direct answerer: questions about the report itself — who delivered it and in what office, when,
 * at which session of the people's congress, under what title — are answered from its preamble
 * ({@link ReportMetadata}), not from retrieval. A question may ask several of these at once ("When
 * was it delivered, and at which session?"): each part is answered and cited.
 */
final class ReportFacts implements DirectAnswerer {

  /** Words that say a question is about the report as a speech. */
  private static final Pattern REPORT_WORDS =
      Pattern.compile("报告|讲话|发言|作的|做的|report|speech|deliver|present|gave|give|speaker|address");

  private final CueLexicon cues;
  private final AnswerTemplates templates;

  ReportFacts(CueLexicon cues, AnswerTemplates templates) {
    this.cues = Objects.requireNonNull(cues, "cues");
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  /** The answer from the metadata of the best passage's report, when the question is about it. */
  @Override
  public Optional<Answer> answer(AnalyzedQuery query, Evidence evidence) {
    ReportMetadata meta = evidence.top().metadata();
    String report = evidence.top().name();
    Citation citation = evidence.citation();
    String q = query.text().toLowerCase(Locale.ROOT);
    boolean holder = asksForSpeakersOffice(query, meta);
    if ((!REPORT_WORDS.matcher(q).find() && !holder) || namesAnotherRole(query, meta)) {
      return Optional.empty();
    }
    Language lang = query.language();
    // Asked who holds the office, the name is all: 叫什么名字 does not ask for the title.
    boolean title = !holder && asks(query, CueLexicon.Category.METATITLE);
    boolean session = !holder && asks(query, CueLexicon.Category.METASESSION);
    boolean office = asks(query, CueLexicon.Category.METAOFFICE);
    boolean speaker =
        holder
            || (query.intent() == Intent.PERSON && asks(query, CueLexicon.Category.METASPEAKER))
            || office;
    boolean date =
        !holder && (query.intent() == Intent.TIME || asks(query, CueLexicon.Category.TIME));
    List<String> parts = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    if (title && !meta.title().isEmpty()) {
      Quote t = new Quote(report, meta.title(), List.of(meta.titleLine()));
      parts.add(
          templates.get(lang, "meta.title", Map.of("title", meta.title()))
              + " "
              + cite(t, citation));
      quotes.add(t);
    }
    if (speaker && !meta.speaker().isEmpty()) {
      String who =
          meta.office().isEmpty()
              ? meta.speaker()
              : lang == Language.ZH
                  ? meta.office() + " " + meta.speaker()
                  : meta.speaker() + " (" + meta.office() + ")";
      Quote s = new Quote(report, meta.speaker(), List.of(meta.speakerLine()));
      parts.add(
          templates.get(lang, "meta.speaker", Map.of("speaker", who)) + " " + cite(s, citation));
      quotes.add(s);
    }
    if (date && !meta.date().isEmpty()) {
      Quote d = new Quote(report, meta.date(), List.of(meta.dateLine()));
      String when =
          lang == Language.EN
              ? EnglishRenderer.date(meta.date()) + " (" + meta.date() + ")"
              : meta.date();
      parts.add(templates.get(lang, "meta.date", Map.of("date", when)) + " " + cite(d, citation));
      quotes.add(d);
    }
    if (session && !meta.session().isEmpty()) {
      int line = meta.occasionLine() > 0 ? meta.occasionLine() : meta.dateLine();
      Quote s = new Quote(report, meta.session(), List.of(Math.max(1, line)));
      String which = meta.place() + meta.session();
      parts.add(
          templates.get(lang, "meta.session", Map.of("session", which)) + " " + cite(s, citation));
      quotes.add(s);
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String text = String.join(lang == Language.ZH ? "；" : " ", parts);
    return Optional.of(new Answer(query, "", false, text, dedupe(quotes), evidence.passages(), ""));
  }

  /**
   * Whether a who-question asks who holds the speaker's office here ("某某的自治区主席是谁", "Who is the
   * governor?"): its subject is that office, with at most this place's names beside it. The one who
   * delivers a government work report holds that office, so the report answers it.
   */
  static boolean asksForSpeakersOffice(AnalyzedQuery query, ReportMetadata meta) {
    if (query.intent() != Intent.PERSON || query.subjectTerms().isEmpty()) {
      return false;
    }
    boolean office = false;
    for (String term : query.subjectTerms()) {
      if (meta.namesSpeakersOffice(term)) {
        office = true;
      } else if (!meta.isOwnPlace(term)) {
        return false;
      }
    }
    return office;
  }

  /**
   * Whether the question names an office other than the speaker's ("报告里提到的某某局长是谁"): then it asks
   * about someone the report mentions, not about the report.
   */
  private boolean namesAnotherRole(AnalyzedQuery query, ReportMetadata meta) {
    if (query.language() != Language.ZH) {
      return false;
    }
    for (String role : cues.words(Language.ZH, CueLexicon.Category.ROLE)) {
      if (query.text().contains(role)
          && !cues.words(Language.ZH, CueLexicon.Category.GENERALROLE).contains(role)
          && (meta.office().isEmpty() || !meta.office().contains(role))) {
        return true;
      }
    }
    return false;
  }

  private boolean asks(AnalyzedQuery query, CueLexicon.Category category) {
    String q = query.text().toLowerCase(Locale.ROOT);
    return query.language() == Language.ZH
        ? !cues.findZh(q, category).isEmpty()
        : !cues.findEn(EnglishWords.tokens(q), category).isEmpty();
  }

  private static List<Quote> dedupe(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : quotes) {
      if (out.stream().noneMatch(o -> o.lines().equals(q.lines()) && o.text().equals(q.text()))) {
        out.add(q);
      }
    }
    return out;
  }

  private static String cite(Quote q, Citation citation) {
    return citation.format(q.report(), q.lines());
  }
}
