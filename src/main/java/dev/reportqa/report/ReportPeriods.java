package dev.reportqa.report;

import dev.reportqa.report.Period.Half;
import dev.reportqa.report.Period.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one period model of a report, built from its date, kind and part titles: which span each part
 * reviews ({@code 2024年}, {@code 2024年上半年}, {@code “十四五”时期}) and which it plans ({@code 2025年},
 * {@code 下半年}, {@code “十五五”时期}), refined sentence by sentence ({@code 五年来…} in a review of 2025 and
 * the plan period speaks of the plan period; {@code 全年…} in the plan of a mid-year report of the
 * full year); and what the relative words of a question mean here ({@code 去年} is the year reviewed
 * in an annual report, a year before anything a mid-year report covers).
 *
 * <p>Its words are data ({@code vocab/report-words.tsv}); the answer stage, the figures table and
 * the briefs all read periods here.
 */
public final class ReportPeriods {

  private static final ReportWords WORDS = ReportWords.bundled();
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)\\s*年");
  private static final Pattern PLAN = Pattern.compile("十([一二三四五六七八九]?)五");
  private static final Pattern BY_YEAR = Pattern.compile("(?:到|至|在)\\s*((?:19|20)\\d\\d)\\s*年");

  private final Report report;
  private final ReportMetadata.Kind kind;
  private final int year;
  private final List<PartPeriod> parts;

  /** The period of a part: its role and span, and the plan period it also names, if any. */
  private record PartPeriod(int section, Period period, Period plan) {}

  ReportPeriods(Report report) {
    this.report = report;
    this.kind = report.metadata().kind();
    this.year = report.metadata().year() > 0 ? report.metadata().year() : yearFromTitles(report);
    List<PartPeriod> found = new ArrayList<>();
    for (Section s : report.sections()) {
      if (s.parent() < 0) {
        found.add(partPeriod(s));
      }
    }
    this.parts = List.copyOf(found);
  }

  /** The year the report was given in, 0 when it says nothing of it. */
  public int year() {
    return year;
  }

  private static int yearFromTitles(Report report) {
    for (Section s : report.sections()) {
      Matcher m = YEAR.matcher(s.title());
      if (s.parent() < 0 && m.find()) {
        return Integer.parseInt(m.group(1)) + (WORDS.anyIn("part.review", s.title()) ? 1 : 0);
      }
    }
    return 0;
  }

  private boolean midYear() {
    return kind == ReportMetadata.Kind.MID_YEAR;
  }

  private PartPeriod partPeriod(Section part) {
    String title = part.title();
    Role role = roleOf(title);
    if (role == Role.NONE) {
      return new PartPeriod(part.index(), Period.NONE, Period.NONE);
    }
    Period plan = Period.NONE;
    Matcher p = PLAN.matcher(title);
    if (p.find()) {
      plan = Period.plan(role, planNumber(p.group(1)));
    }
    Matcher y = YEAR.matcher(title);
    Period span;
    if (y.find()) {
      span = Period.year(role, Integer.parseInt(y.group(1)));
    } else if (plan.known()) {
      span = plan;
    } else if (midYear()) {
      span = Period.half(role, year, role == Role.RESULT ? Half.FIRST : Half.SECOND);
    } else if (year == 0) {
      span =
          Period.year(role, 0); // the report does not say when: a result or a target all the same
    } else {
      span = Period.year(role, role == Role.RESULT ? year - 1 : year);
    }
    if (midYear() && span.half() == Half.WHOLE && span.from() == year && span.to() == year) {
      span = Period.half(role, year, role == Role.RESULT ? Half.FIRST : Half.SECOND);
    }
    return new PartPeriod(part.index(), span, plan);
  }

  /** 十四五 → 14, 十五 (written “十五”) → 10 + 5: the numeral before 五 is the plan's tens digit. */
  private static int planNumber(String digit) {
    return digit.isEmpty() ? 10 : 10 + Numerals.value(digit);
  }

  private Role roleOf(String title) {
    if (WORDS.anyIn("part.other", title)) {
      return Role.NONE;
    }
    boolean review = WORDS.anyIn("part.review", title) || WORDS.anyIn("half.first", title);
    boolean plan = WORDS.anyIn("part.plan", title) || WORDS.anyIn("half.second", title);
    if (review != plan) {
      return review ? Role.RESULT : Role.TARGET;
    }
    // Words of both kinds (2025年主要工作和“十四五”发展成就: 主要工作 plans elsewhere, 成就 reviews) or
    // of neither: the year the title names decides. A year before the report's is looked back on
    // whatever the words; the report's own year is planned, unless the title also reviews (a
    // mid-year report's 上半年工作回顾和下半年工作安排 is both, and stays undecided).
    Matcher y = YEAR.matcher(title);
    if (y.find() && year > 0) {
      int named = Integer.parseInt(y.group(1));
      if (named < year) {
        return Role.RESULT;
      }
      if (!review) {
        return Role.TARGET;
      }
    }
    return Role.NONE;
  }

  /**
   * The period of a sentence of a paragraph: by its part, refined by its own words and its
   * paragraph's.
   *
   * @param paragraph the paragraph the sentence stands in
   * @param text the sentence, or for a clause the sentence up to the clause's end (a horizon word
   *     such as 全年 carries to the clauses after it)
   */
  public Period of(Paragraph paragraph, String text) {
    PartPeriod part = partOf(paragraph.section());
    if (part == null) {
      return Period.NONE;
    }
    Period base = part.period();
    if (base.role() == Role.NONE) {
      return ownWords(text);
    }
    if (base.isResult()) {
      int single = base.planNumber() > 0 ? yearWithin(base, text) : 0;
      if (single > 0) {
        return Period.year(Role.RESULT, single);
      }
      if (reviewsPlan(part) && speaksOfFiveYears(paragraph, text)) {
        return part.plan().known() ? part.plan().as(Role.RESULT) : fiveYearsBefore();
      }
      single = base.planNumber() > 0 ? yearWithin(base, openingClause(paragraph)) : 0;
      return single > 0 ? Period.year(Role.RESULT, single) : base;
    }
    if (part.plan().known() && !YEAR.matcher(report.section(part.section()).title()).find()) {
      return part.plan().as(Role.TARGET);
    }
    Matcher by = BY_YEAR.matcher(text);
    while (by.find()) {
      int target = Integer.parseInt(by.group(1));
      if (target > base.to()) {
        return planContaining(target, Role.TARGET);
      }
    }
    if (midYear() && base.from() == year && base.half() != Half.FIRST) {
      return Period.half(Role.TARGET, year, horizon(text));
    }
    return base;
  }

  /**
   * Whether a paragraph stands in a part that explains the report's terms (名词解释, 注释): its numbers
   * define a term and report no result or target.
   */
  public boolean explainsTerms(Paragraph paragraph) {
    if (paragraph.section() < 0) {
      return false;
    }
    Section top = report.pathOf(paragraph.section()).get(0);
    return WORDS.anyIn("part.glossary", top.title());
  }

  /** The period of the part a paragraph stands in, without reading its sentences; none outside. */
  public Period ofPart(Paragraph paragraph) {
    PartPeriod part = partOf(paragraph.section());
    return part == null ? Period.NONE : part.period();
  }

  /** Whether a part of results looks back on a plan period too (2025年和“十四五”时期工作回顾). */
  private boolean reviewsPlan(PartPeriod part) {
    return part.plan().known() || kind == ReportMetadata.Kind.ANNUAL;
  }

  private boolean speaksOfFiveYears(Paragraph paragraph, String text) {
    if (WORDS.anyIn("span.five-year", text)) {
      return true;
    }
    String opening = paragraph.text().substring(0, Math.min(12, paragraph.text().length()));
    if (WORDS.anyIn("span.five-year", opening)) {
      return true;
    }
    for (Section s : report.pathOf(paragraph.section())) {
      if (s.parent() >= 0 && WORDS.anyIn("span.five-year", s.title())) {
        return true;
      }
    }
    return false;
  }

  /**
   * In the review of a whole plan period, the one year of it a text speaks of: the first year it
   * names within the plan ({@code 刚刚过去的2025年}), or the year before the report when it says {@code
   * 过去一年} or {@code 去年}; 0 when it speaks of none.
   */
  private int yearWithin(Period plan, String text) {
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      int named = Integer.parseInt(y.group(1));
      if (named >= plan.from() && named <= plan.to()) {
        return named;
      }
    }
    if (year > 0 && year - 1 <= plan.to() && WORDS.anyIn("span.last-year", text)) {
      return year - 1;
    }
    return 0;
  }

  /** A paragraph's words up to its first comma or full stop: where it says what it speaks of. */
  private static String openingClause(Paragraph paragraph) {
    String text = paragraph.text();
    int end = text.length();
    for (char stop : new char[] {'，', '。', '：', '；'}) {
      int at = text.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return text.substring(0, end);
  }

  /** The five years up to the year before the report: the plan period just reviewed. */
  private Period fiveYearsBefore() {
    if (year == 0) {
      return Period.year(Role.RESULT, 0);
    }
    return planContaining(year - 1, Role.RESULT);
  }

  private static Period planContaining(int aYear, Role role) {
    int plan = 3 + Math.floorDiv(aYear - 1966, 5);
    return Period.plan(role, plan);
  }

  /** In the plan of a mid-year report: the full year when the text says 全年 or 年底, else the half. */
  private static Half horizon(String text) {
    int full = lastIndexOf(text, WORDS.get("horizon.full-year"));
    int second = lastIndexOf(text, WORDS.get("horizon.second-half"));
    return full > second ? Half.WHOLE : Half.SECOND;
  }

  private static int lastIndexOf(String text, List<String> words) {
    int best = -1;
    for (String w : words) {
      best = Math.max(best, text.lastIndexOf(w));
    }
    return best;
  }

  /**
   * A sentence of a part about neither (the government's own conduct) sets a target when it says so
   * (力争, 确保 …): then one for the year planned.
   */
  private Period ownWords(String text) {
    if (!WORDS.anyIn("stance.target", text)) {
      return Period.NONE;
    }
    return midYear()
        ? Period.half(Role.TARGET, year, horizon(text))
        : Period.year(Role.TARGET, year);
  }

  private PartPeriod partOf(int section) {
    if (section < 0) {
      return null;
    }
    List<Section> path = report.pathOf(section);
    int top = path.get(0).index();
    for (PartPeriod p : parts) {
      if (p.section() == top) {
        return p;
      }
    }
    return null;
  }

  /** The single years that paragraphs of a plan period's review speak of, in order. */
  private List<Period> yearsReviewedWithin(PartPeriod part) {
    Set<Period> years = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Period::from));
    for (Paragraph paragraph : report.paragraphs()) {
      PartPeriod in = partOf(paragraph.section());
      if (in != null && in.section() == part.section()) {
        int single = yearWithin(part.period(), openingClause(paragraph));
        if (single > 0) {
          years.add(Period.year(Role.RESULT, single));
        }
      }
    }
    return List.copyOf(years);
  }

  /** The spans the report gives results and targets for, in order of the parts. */
  public List<Period> covered() {
    List<Period> known = covered;
    if (known == null) {
      known = coveredByParts(); // read once: a five-year review's years take a pass over the text
      covered = known;
    }
    return known;
  }

  private volatile List<Period> covered;

  private List<Period> coveredByParts() {
    Set<Period> out = new LinkedHashSet<>();
    for (PartPeriod p : parts) {
      if (p.period().role() != Role.NONE) {
        out.add(p.period());
        if (p.period().isResult() && p.period().planNumber() > 0) {
          out.addAll(yearsReviewedWithin(p));
        }
        if (p.plan().known() && !p.plan().equals(p.period())) {
          out.add(p.plan().as(p.period().role()));
        }
        if (midYear() && p.period().isTarget()) {
          out.add(Period.half(Role.TARGET, year, Half.WHOLE));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * What a question's time words mean in this report, as a span (its role {@link Role#NONE}: the
   * question's own words say whether it asks for results or targets); empty when it names no time
   * that narrows the answer.
   */
  public Optional<Period> resolve(TimeReference asked) {
    if (asked.isEmpty() || year == 0) {
      return Optional.empty();
    }
    Half half =
        asked.has(TimeReference.Word.FIRST_HALF)
            ? Half.FIRST
            : asked.has(TimeReference.Word.SECOND_HALF) ? Half.SECOND : Half.WHOLE;
    if (asked.plan() > 0) {
      return Optional.of(Period.plan(Role.NONE, asked.plan()));
    }
    int y;
    if (asked.year() > 0) {
      y = asked.year();
    } else if (asked.has(TimeReference.Word.LAST_YEAR)) {
      y = year - 1;
    } else if (asked.has(TimeReference.Word.YEAR_BEFORE_LAST)) {
      y = year - 2;
    } else if (asked.has(TimeReference.Word.NEXT_YEAR)) {
      y = year + 1;
    } else if (asked.has(TimeReference.Word.PAST_FIVE_YEARS)) {
      return Optional.of(new Period(Role.NONE, year - 5, year - 1, Half.WHOLE));
    } else if (asked.has(TimeReference.Word.NEXT_FIVE_YEARS)) {
      return Optional.of(new Period(Role.NONE, year, year + 4, Half.WHOLE));
    } else if (asked.has(TimeReference.Word.THIS_YEAR) || midYear()) {
      y = year;
    } else {
      return Optional.empty(); // 上半年/全年 alone in an annual report: no year is named
    }
    return Optional.of(
        half == Half.WHOLE ? Period.year(Role.NONE, y) : Period.half(Role.NONE, y, half));
  }

  /** Whether any result or target of the report answers for a span asked. */
  public boolean covers(Period span) {
    return covered().stream().anyMatch(p -> matches(p, span));
  }

  /**
   * Whether a passage's period answers for a span asked: it lies within it ({@code 2024年上半年} for
   * {@code 2024年}), or the span asked is a half of its year (a full-year target for {@code 下半年}),
   * or it is a plan period's targets and the span is the plan's last year (the goals of “十五五” are
   * set for 2030).
   */
  public static boolean matches(Period period, Period asked) {
    if (period.within(asked) || (asked.within(period) && period.planNumber() == 0)) {
      return true; // a half of the year asked, or the year of the half asked
    }
    return period.isTarget()
        && period.planNumber() > 0
        && asked.from() == period.to()
        && asked.to() == period.to();
  }

  /** The stable code of a period in this report ({@code full_year_target} in a mid-year one). */
  public String code(Period period) {
    return code(period, kind);
  }

  /**
   * The stable code of a period in a report of a kind ({@code full_year_target} in a mid-year one).
   */
  public static String code(Period period, ReportMetadata.Kind kind) {
    String code = period.code();
    return kind == ReportMetadata.Kind.MID_YEAR && code.equals("year_target")
        ? "full_year_target"
        : code;
  }

  /** What the report covers, for a refusal's lead: {@code 2024年实绩、2025年目标}. */
  public String coverageZh() {
    return String.join("、", covered().stream().map(Period::labelZh).distinct().toList());
  }

  /** What the report covers, for a refusal's lead: {@code results for 2024, targets for 2025}. */
  public String coverageEn() {
    return String.join(
        ", ",
        covered().stream()
            .map(p -> (p.isResult() ? "results for " : "targets for ") + p.spanEn())
            .distinct()
            .toList());
  }
}
