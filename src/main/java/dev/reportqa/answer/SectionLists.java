package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.CueLexicon;
import dev.reportqa.query.EnglishWords;
import dev.reportqa.query.Intent;
import dev.reportqa.query.Language;
import dev.reportqa.report.Numerals;
import dev.reportqa.report.Report;
import dev.reportqa.report.Section;
import dev.reportqa.retrieve.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A direct answerer for a list question that asks for the items of a section ("下半年重点抓哪几个方面？"): when
 * a section is named by its title, by the sentence that announces its items, or by its place among
 * the parts, and has items, the answer is their titles, each cited.
 */
final class SectionLists implements DirectAnswerer {

  /** "以下九个方面", "五项重点": a sentence that says how many items follow. */
  private static final Pattern ANNOUNCEMENT =
      Pattern.compile("([一二三四五六七八九十\\d]{1,3})(?:个|项|大|条|件)(?:方面|领域|重点|任务|工作|举措|行动|方向)?");

  /** How many of the first passages may hold the sentence that announces a list. */
  static final int ANNOUNCING_PASSAGES = 3;

  private final AnswerTemplates templates;
  private final CueLexicon cues;
  private final AnswerWeights weights;

  SectionLists(AnswerTemplates templates, CueLexicon cues, AnswerWeights weights) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** The items of the section a list question asks about, each cited by its heading line. */
  @Override
  public Optional<Answer> answer(AnalyzedQuery query, Evidence evidence) {
    if (query.intent() != Intent.LIST) {
      return Optional.empty();
    }
    // Numbered paragraphs under a lead that names the subject are the list asked for, before a
    // section whose lead happens to mention it.
    Optional<Answer> numbered = numberedItems(query, evidence);
    if (numbered.isPresent()) {
      return numbered;
    }
    Map.Entry<Report, Section> asked = sectionAsked(query, evidence);
    if (asked == null) {
      return Optional.empty();
    }
    Report report = asked.getKey();
    Section section = asked.getValue();
    List<Quote> quotes = new ArrayList<>();
    for (Section child : children(report, section)) {
      quotes.add(new Quote(report.name(), child.shortTitle(), List.of(child.line())));
    }
    String label =
        templates.get(query.language(), "label.items", Map.of("section", section.shortTitle()));
    String text = AnswerRenderer.listed(label, quotes, evidence.citation());
    return Optional.of(new Answer(query, "", false, text, quotes, evidence.passages(), ""));
  }

  /** The section with items that the question names, with its report, or null. */
  private Map.Entry<Report, Section> sectionAsked(AnalyzedQuery query, Evidence evidence) {
    SubjectCoverage subject = evidence.subject();
    boolean asksParts = asksForParts(query);
    Section best = null;
    Report report = null;
    double bestCoverage = weights.sectionTitleMatch();
    int ordinal = PartOrdinal.of(query.text());
    Map.Entry<Report, Section> announced =
        announcedSection(evidence.reports(), evidence.passages());
    if (announced != null) {
      report = announced.getKey();
      best = announced.getValue();
      bestCoverage = Double.MAX_VALUE;
    }
    for (Report r : evidence.reports()) {
      for (Section s : r.sections()) {
        List<Section> children = children(r, s);
        if (children.size() < 2) {
          continue;
        }
        if (ordinal > 0 && s.parent() < 0 && partIndex(r, s) == ordinal) {
          // "第三部分分哪几个方面": the part named by its place in the report.
          best = s;
          report = r;
          bestCoverage = Double.MAX_VALUE;
          continue;
        }
        // A part is named by its title, or by the lead sentence that introduces its items
        // ("重点抓好五个方面：" before （一）…（五）); the title wins a tie. A question that does not ask
        // for parts ("从哪几个方面入手") takes a section's items when their titles hold the rest of its
        // subject ("加力…").
        double title =
            Math.max(
                subject.of(s.title()),
                weights.leadDiscount() * subject.of(leadText(r, s, children.get(0))));
        double c = title;
        if (!asksParts) {
          String items = String.join(" ", children.stream().map(Section::title).toList());
          double all = subject.of(s.title() + " " + items);
          c =
              title >= weights.partialTitle() && all >= weights.sectionTitleMatch() && all > title
                  ? all
                  : 0;
        }
        if (c >= bestCoverage) {
          best = s;
          report = r;
          bestCoverage = c;
        }
      }
    }
    return best == null ? null : Map.entry(report, best);
  }

  /**
   * An item number opening a paragraph: "1.", "2、", "（3）" — the numbered paragraphs a report writes
   * under a lead paragraph (N件民生实事 then "1.某某方面。…" …), which are not sections.
   */
  private static final Pattern ITEM_NUMBER =
      Pattern.compile("^\\s*(?:(\\d{1,2})[.、．]|[（(](\\d{1,2})[）)])");

  /** The longest title read from an item's opening words. */
  static final int ITEM_TITLE = 30;

  /**
   * The items of a list written as numbered paragraphs after a lead paragraph that names the
   * subject: one of the first passages is the lead or one of the items, and the lead covers the
   * subject as a section title must. Each item is its opening words up to the first full stop.
   */
  private Optional<Answer> numberedItems(AnalyzedQuery query, Evidence evidence) {
    List<Passage> passages = evidence.passages();
    for (Passage p : passages.subList(0, Math.min(ANNOUNCING_PASSAGES, passages.size()))) {
      Report r =
          evidence.reports().stream()
              .filter(x -> x.name().equals(p.unit().report()))
              .findFirst()
              .orElse(null);
      if (r == null) {
        continue;
      }
      int first = firstItemNear(r, p.unit().lines().get(0));
      if (first < 0) {
        continue;
      }
      int lead = previousLine(r, first);
      if (lead < 0 || evidence.subject().of(r.line(lead)) < weights.sectionTitleMatch()) {
        continue;
      }
      List<Quote> quotes = new ArrayList<>();
      int expected = 1;
      for (int line = first; line > 0 && itemNumber(r.line(line)) == expected; ) {
        quotes.add(new Quote(r.name(), itemTitle(r.line(line)), List.of(line)));
        expected++;
        line = nextLine(r, line);
      }
      if (quotes.size() < 2) {
        continue;
      }
      // The lead paragraph is long; the subject as asked names the list.
      String label =
          templates.get(
              query.language(),
              "label.items",
              Map.of(
                  "section",
                  String.join(
                      "", query.subjectTerms().stream().filter(t -> t.length() >= 2).toList())));
      String text = AnswerRenderer.listed(label, quotes, evidence.citation());
      return Optional.of(new Answer(query, "", false, text, quotes, passages, ""));
    }
    return Optional.empty();
  }

  /** The line of item 1 of the numbered paragraphs that start after, or run through, a line. */
  private static int firstItemNear(Report r, int line) {
    int n = itemNumber(r.line(line));
    if (n > 0) {
      int at = line;
      while (n > 1) {
        at = previousLine(r, at);
        if (at < 0 || itemNumber(r.line(at)) != n - 1) {
          return -1;
        }
        n--;
      }
      return at;
    }
    int next = nextLine(r, line);
    return next > 0 && itemNumber(r.line(next)) == 1 ? next : -1;
  }

  /** The number a paragraph opens with ("2." → 2), or 0. */
  private static int itemNumber(String text) {
    Matcher m = ITEM_NUMBER.matcher(text);
    if (!m.find()) {
      return 0;
    }
    return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
  }

  /** An item's opening words: after its number, up to the first full stop or colon. */
  private static String itemTitle(String text) {
    String rest = ITEM_NUMBER.matcher(text).replaceFirst("").strip();
    int end = rest.length();
    for (char stop : new char[] {'。', '：', '；', '！'}) {
      int at = rest.indexOf(stop);
      if (at > 0) {
        end = Math.min(end, at);
      }
    }
    return rest.substring(0, Math.min(end, ITEM_TITLE));
  }

  /** The nearest non-blank line before a line, or -1. */
  private static int previousLine(Report r, int line) {
    for (int at = line - 1; at >= 1; at--) {
      if (!r.line(at).isBlank()) {
        return at;
      }
    }
    return -1;
  }

  /** The nearest non-blank line after a line, or -1. */
  private static int nextLine(Report r, int line) {
    for (int at = line + 1; at <= r.lineCount(); at++) {
      if (!r.line(at).isBlank()) {
        return at;
      }
    }
    return -1;
  }

  /** Whether the question asks for parts or aspects (哪几个方面, which areas). */
  private boolean asksForParts(AnalyzedQuery query) {
    String q = query.text().toLowerCase(Locale.ROOT);
    if (query.language() == Language.ZH) {
      return !cues.findZh(q, CueLexicon.Category.ASPECTS).isEmpty();
    }
    return !cues.findEn(EnglishWords.tokens(q), CueLexicon.Category.ASPECTS).isEmpty();
  }

  /**
   * The section whose items one of the first passages announces: the passage stands between the
   * section's title and its first item, and the number it gives is the number of items
   * ("重点做好以下九个方面工作" before （一）…（九）). The count makes the link sure without the question's words
   * matching any title.
   */
  private static Map.Entry<Report, Section> announcedSection(
      List<Report> reports, List<Passage> passages) {
    for (Passage p : passages.subList(0, Math.min(ANNOUNCING_PASSAGES, passages.size()))) {
      Matcher m = ANNOUNCEMENT.matcher(p.unit().text());
      List<Integer> counts = new ArrayList<>();
      while (m.find()) {
        counts.add(Numerals.value(m.group(1)));
      }
      if (counts.isEmpty()) {
        continue;
      }
      Report r =
          reports.stream().filter(x -> x.name().equals(p.unit().report())).findFirst().orElse(null);
      if (r == null) {
        continue;
      }
      int line = p.unit().lines().get(0);
      for (Section s : r.sections()) {
        List<Section> children = children(r, s);
        if (children.size() >= 2
            && counts.contains(children.size())
            && line > s.line()
            && line < children.get(0).line()) {
          return Map.entry(r, s);
        }
      }
    }
    return null;
  }

  /** The 1-based place of a part among the report's parts. */
  private static int partIndex(Report report, Section part) {
    int n = 0;
    for (Section s : report.sections()) {
      if (s.parent() < 0) {
        n++;
        if (s == part) {
          return n;
        }
      }
    }
    return 0;
  }

  /** The lines between a section's heading and its first item. */
  private static String leadText(Report report, Section section, Section firstChild) {
    StringBuilder text = new StringBuilder();
    for (int line = section.line() + 1; line < firstChild.line(); line++) {
      text.append(report.line(line)).append('\n');
    }
    return text.toString();
  }

  private static List<Section> children(Report report, Section parent) {
    return report.sections().stream().filter(s -> s.parent() == parent.index()).toList();
  }
}
