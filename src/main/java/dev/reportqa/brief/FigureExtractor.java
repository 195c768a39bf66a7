package dev.reportqa.brief;

import dev.reportqa.brief.FigureWords.Category;
import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.chunk.Quantities;
import dev.reportqa.chunk.Quantity;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportPeriods;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Finds every quantitative statement of a report and reads what it measures and when.
 *
 * <p><b>What counts.</b> A number with a unit ({@link Quantities}). Left out: bare numbers (years,
 * dates, months, codes such as “9710” and 0571, ranks such as 全县第3, 世界 500 强, 618 购物节), numbers
 * inside names (PM2.5, 5A级), anniversaries and editions (100周年, 第三届), ordinals (第 2), and money
 * that names a class of projects (10 亿元项目).
 *
 * <p><b>What is measured.</b> The words of the clause before the number, from the end of the
 * previous figure, without the period and stance words that open them (今年以来, 上半年, 累计, 力争 …) and the
 * verb that leads into the number (实现, 完成, 达到 …): {@code 累计接待游客520万人次} measures 接待游客, {@code
 * 外贸出口实现12.3亿元} measures 外贸出口. A count may name what it counts after the number: {@code 3 家企业实现新进规}
 * measures 企业实现新进规; a list of names before such a count is dropped, keeping its leading verb and
 * the noun after 等 ({@code 签约引进甲公司、…等高质量项目 8 个} → 签约引进高质量项目, {@code 甲公司、乙公司、丙公司3家企业实现新进规} →
 * 企业实现新进规). Subjects listed with 分别 are paired with the numbers in order ({@code
 * 财政总收入和一般公共预算收入分别增长12.1%、18.6%}). When the clause gives no words of its own, the previous figure's
 * subject in the sentence is used, else the item title.
 *
 * <p><b>Growth.</b> A percentage or multiple after a word of change (增长, 下降 …) is a rate of change.
 * When nothing but the change stands between it and the amount before it in the clause, it is that
 * amount's growth: in {@code 实现固定资产投资 9.6 亿元、同比增长 12%} the 12% belongs to the 9.6 亿元.
 *
 * <p><b>Period.</b> From the report's period model ({@link ReportPeriods}): results or targets of
 * the span the clause's part and sentence speak of. A horizon word (全年, 年底) in a mid-year plan
 * carries to the clauses after it in the sentence, so the clause is read with its sentence up to
 * its end.
 */
public final class FigureExtractor {

  private final FigureWords words;
  private final QuantityVocabulary vocabulary = QuantityVocabulary.bundled();

  /** An extractor with the bundled word list. */
  public FigureExtractor() {
    this(FigureWords.load());
  }

  FigureExtractor(FigureWords words) {
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * Every figure of the report, in document order. A glossary's numbers (名词解释: "指每秒进行X次运算") define
   * terms and are not figures of the report.
   */
  public List<Figure> extract(Report report) {
    List<Figure> figures = new ArrayList<>();
    for (Unit unit : new SentenceChunker().chunk(report)) {
      if (report.periods().explainsTerms(unit.paragraph())) {
        continue;
      }
      figures.addAll(extract(unit, report.periods()));
    }
    return List.copyOf(figures);
  }

  /** The figures of one sentence, in order. */
  List<Figure> extract(Unit unit, ReportPeriods periods) {
    SentenceState sentence = new SentenceState();
    List<Figure> figures = new ArrayList<>();
    String text = unit.paragraph().text();
    for (Clause clause : ClauseSplitter.split(unit)) {
      Period period = periods.of(unit.paragraph(), text.substring(unit.start(), clause.end()));
      extract(clause, period, periods.code(period), sentence, figures);
    }
    return figures;
  }

  /** What a sentence carries from clause to clause. */
  private static final class SentenceState {
    final Deque<String> pendingSubjects = new ArrayDeque<>();
    String pendingChange = "";
    String lastMeasured;
  }

  private void extract(
      Clause clause, Period period, String code, SentenceState sentence, List<Figure> out) {
    String text = clause.text();
    List<Quantity> qs = Quantities.find(text).stream().filter(q -> isFigure(q, text)).toList();
    int from = 0;
    Figure previous = null;
    int previousIndex = -1;
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      Quantity next = i + 1 < qs.size() ? qs.get(i + 1) : null;
      String before = text.substring(Math.min(from, q.start()), q.start());
      int nextFrom = q.end();

      String change = "";
      if (q.isRate()) {
        String b = trim(before);
        String verb = suffix(vocabulary.changes(), b);
        if (verb != null) {
          b = b.substring(0, b.length() - verb.length());
          if (b.endsWith("同比")) {
            verb = "同比" + verb;
            b = b.substring(0, b.length() - 2);
          }
          change = verb;
          before = b;
        }
      }

      String after = "";
      if (!measures(q)) {
        int boundary = text.indexOf('、', q.end());
        if (boundary < 0) {
          boundary = text.length();
        }
        if (next != null && next.start() < boundary) {
          boundary = next.start();
        }
        after = text.substring(q.end(), boundary);
        nextFrom = boundary;
        if (next != null && next.start() == boundary && measures(next)) {
          // 8 个建成运营项目累计创收 960 万元: the amount's words start at its verb.
          int split = firstIndexOf(after, words.get(Category.SPLIT));
          if (split > 0) {
            nextFrom = q.end() + split;
            after = after.substring(0, split);
          } else {
            nextFrom = q.end();
          }
        }
        after = trim(after).replaceFirst("[和及与]$", "");
      }

      String subject = before;
      if (!after.isBlank() || (!measures(q) && before.contains("等"))) {
        subject = dropNames(before, after) + after;
      }

      String measured;
      if (subject.contains("分别")) {
        List<String> parts =
            Arrays.stream(clean(subject.replace("分别", "")).split("[、和及与]"))
                .map(this::clean)
                .filter(s -> !s.isEmpty())
                .toList();
        measured = parts.isEmpty() ? "" : parts.get(0);
        sentence.pendingSubjects.clear();
        sentence.pendingSubjects.addAll(parts.subList(Math.min(1, parts.size()), parts.size()));
        sentence.pendingChange = change;
      } else {
        measured = clean(subject);
      }

      if (measured.isEmpty()) {
        if (!change.isEmpty()
            && previous != null
            && !previous.isChange()
            && previous.growth() == null) {
          Figure linked = previous.withGrowth(new Growth(change, q));
          out.set(previousIndex, linked);
          previous = linked;
          from = nextFrom;
          continue;
        }
        if (!sentence.pendingSubjects.isEmpty()) {
          measured = sentence.pendingSubjects.poll();
          if (change.isEmpty() && q.isRate()) {
            change = sentence.pendingChange;
          }
        } else if (sentence.lastMeasured != null) {
          measured = sentence.lastMeasured;
        } else {
          measured = itemTitle(clause.unit());
        }
      }

      Figure figure = new Figure(measured, q, change, null, period, code, clause);
      out.add(figure);
      previous = figure;
      previousIndex = out.size() - 1;
      sentence.lastMeasured = measured;
      from = nextFrom;
    }
  }

  /**
   * Before a count that names what it counts, a list of names is dropped: {@code A、B、C等} keeps its
   * leading verb and the noun after 等, {@code A、B、C} only its leading verb.
   */
  private String dropNames(String before, String after) {
    String b = stripLead(trim(before));
    int etc = b.lastIndexOf('等');
    if (etc >= 0) {
      String verb = words.prefix(Category.VERBS, b);
      return (verb == null ? "" : verb) + b.substring(etc + 1);
    }
    if (!after.isBlank() && before.contains("、")) {
      String verb = words.prefix(Category.VERBS, b);
      return verb == null ? "" : verb;
    }
    return b;
  }

  /** Whether a quantity is a figure rather than part of a name, a date or an ordinal. */
  private boolean isFigure(Quantity q, String text) {
    if (!q.hasUnit() || q.is(Kind.NAME)) {
      return false;
    }
    if (Quantities.isOrdinal(text, q)) {
      return false;
    }
    String after = text.substring(q.end()).strip();
    if (q.is(Kind.TIME) && namesAThing(after)) {
      return false; // 15分钟生活圈, 3年行动: a duration in a name
    }
    return !(q.is(Kind.MONEY) && words.prefix(Category.LABEL, after) != null);
  }

  /**
   * Whether the words right after a duration end, before any punctuation, in a {@code named} word.
   */
  private boolean namesAThing(String after) {
    int end = 0;
    while (end < after.length() && Character.isLetter(after.charAt(end))) {
      end++;
    }
    return end > 0 && words.suffix(Category.NAMED, after.substring(0, end)) != null;
  }

  /**
   * Whether the unit measures (元, 吨, %, 岁) rather than counts: only after a count may the number
   * name what it counts (3 家企业实现新进规).
   */
  private static boolean measures(Quantity q) {
    return q.kind().map(Kind::measures).orElse(false);
  }

  /** The longest word of the list (longest first) that {@code text} ends with, or null. */
  private static String suffix(List<String> longestFirst, String text) {
    for (String w : longestFirst) {
      if (text.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The innermost section title without its numbering and closing stop: 古镇烟火气稳步上升. */
  private String itemTitle(Unit unit) {
    List<String> titles = unit.sectionTitles();
    if (titles.isEmpty()) {
      return unit.report();
    }
    String t = titles.get(titles.size() - 1);
    t = t.replaceFirst("^[—-]*\\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.\\s*)?", "");
    return t.replaceFirst("[，,].*$", "").replaceFirst("[。.！!]+$", "");
  }

  /** Strips stance words from the start and lead-in verbs from the end, repeatedly. */
  private String clean(String s) {
    String t = trim(s);
    boolean changed = true;
    while (changed && !t.isEmpty()) {
      changed = false;
      String lead = words.prefix(Category.LEAD, t);
      if (lead != null) {
        t = trim(t.substring(lead.length()));
        changed = true;
      }
      String tail = words.suffix(Category.TAIL, t);
      if (tail != null) {
        t = trim(t.substring(0, t.length() - tail.length()));
        changed = true;
      }
    }
    // Spaces around numbers are layout (10 亿元项目); spaces between Latin words are not.
    return t.replaceAll("(?<![A-Za-z])\\s+|\\s+(?![A-Za-z])", "");
  }

  private String stripLead(String s) {
    String t = s;
    String lead;
    while (!t.isEmpty() && (lead = words.prefix(Category.LEAD, t)) != null) {
      t = trim(t.substring(lead.length()));
    }
    return t;
  }

  /** Without whitespace and clause punctuation at either end. */
  private static String trim(String s) {
    return s.replaceAll("^[\\s、，,；;：:]+|[\\s、，,；;：:]+$", "");
  }

  private static int firstIndexOf(String text, List<String> candidates) {
    int best = -1;
    for (String c : candidates) {
      int i = text.indexOf(c);
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
      }
    }
    return best;
  }
}
