package dev.reportqa.brief;

import dev.reportqa.chunk.Clause;
import dev.reportqa.chunk.ClauseSplitter;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.BilingualLexicon;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import dev.reportqa.query.SynonymLexicon;
import dev.reportqa.report.Period;
import dev.reportqa.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts together the brief on a topic, deterministically.
 *
 * <p><b>Rows.</b> Each figure of the topic (see {@link TopicMatcher#select}) that is a first-half
 * result or a target takes a row, and is set beside its counterpart of the other period when there
 * is one anywhere in the report: the same unit and kind (amount or rate of change), and what they
 * measure the same words or the same synonym groups ({@code 接待游客} and {@code 游客量} are one group, so
 * 520万人次 [L20] stands beside 突破800万人次 [L80]). The best-matching pairs are taken first; a figure is
 * used once. A row is labelled with the shorter of the two subjects.
 *
 * <p><b>Measures.</b> The clauses without figures of the topic's sentences inside the report's
 * items (the numbered 1. 2. 3.; the opening and closing paragraphs of a part frame rather than
 * act), grouped by the part they stand in. At most {@link #MAX_MEASURES} a part: clauses that name
 * the topic themselves first, then the others in report order.
 */
public final class BriefBuilder {

  /** Measures shown a part: a slide holds about eight bullets. */
  static final int MAX_MEASURES = 8;

  /** Shorter clauses are fragments of a longer thought (全力, 为谁改), not measures. */
  static final int MIN_MEASURE_CHARS = 6;

  private static final Pattern CITATION = Pattern.compile("\\[(L\\d+(?:\\s*,\\s*L\\d+)*)]");

  private final QueryAnalyzer analyzer;
  private final FigureExtractor extractor;
  private final BriefSummarizer summarizer;

  public BriefBuilder(
      QueryAnalyzer analyzer, FigureExtractor extractor, BriefSummarizer summarizer) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
  }

  /**
   * The brief on a topic.
   *
   * @throws IllegalArgumentException when the topic is blank or has no word the lexicon knows
   * @throws BriefException when the report says nothing about the topic
   */
  public Brief build(Report report, String topic) {
    TopicMatcher matcher = TopicMatcher.of(topic, analyzer);
    List<Figure> all = extractor.extract(report);
    List<Figure> topical = matcher.select(all);
    List<Brief.Measure> measures = measures(report, matcher, all);
    if (topical.isEmpty() && measures.isEmpty()) {
      throw nothingAbout(matcher);
    }
    List<Brief.Row> rows = rows(all, topical, matcher.language());
    List<Figure> others =
        topical.stream().filter(f -> f.period().role() == Period.Role.NONE).toList();
    Brief draft =
        new Brief(
            matcher.topic(),
            matcher.language(),
            report.name(),
            report.metadata(),
            rows,
            others,
            measures,
            List.of(),
            "");
    Brief brief = draft.withSources(sources(report, draft.citedLines()));
    Optional<String> summary = summarizer.summarize(brief).map(String::strip);
    if (summary.isPresent() && citesOnly(summary.get(), brief.citedLines())) {
      brief = brief.withSummary(summary.get());
    }
    return brief;
  }

  /**
   * The figures of a topic, or all figures when the topic is null or blank.
   *
   * @throws BriefException when the report has no figure on the topic
   */
  public List<Figure> figures(Report report, String topic) {
    List<Figure> all = extractor.extract(report);
    if (topic == null || topic.isBlank()) {
      return all;
    }
    TopicMatcher matcher = TopicMatcher.of(topic, analyzer);
    List<Figure> topical = matcher.select(all);
    if (topical.isEmpty()) {
      throw nothingAbout(matcher);
    }
    return topical;
  }

  /** The language figure tables of a topic are labelled in: the topic's, Chinese when none. */
  public Language languageOf(String topic) {
    return topic == null || topic.isBlank() ? Language.ZH : Language.of(topic.strip());
  }

  private static BriefException nothingAbout(TopicMatcher matcher) {
    return new BriefException(
        "the report says nothing about '"
            + matcher.topic()
            + "' (looked for "
            + String.join(", ", matcher.words())
            + ") — try a broader or another word");
  }

  // ---- rows ----

  private record Pair(int achieved, int target, double score) {}

  private List<Brief.Row> rows(List<Figure> all, List<Figure> topical, Language language) {
    Set<Integer> mine = new HashSet<>();
    for (Figure f : topical) {
      mine.add(indexOf(all, f));
    }
    List<Set<String>> groups = all.stream().map(f -> groups(f.measured())).toList();
    List<Pair> pairs = new ArrayList<>();
    for (int a = 0; a < all.size(); a++) {
      if (!all.get(a).period().isResult()) {
        continue;
      }
      for (int t = 0; t < all.size(); t++) {
        if (!all.get(t).period().isTarget() || !(mine.contains(a) || mine.contains(t))) {
          continue;
        }
        double score = similarity(all.get(a), all.get(t), groups.get(a), groups.get(t));
        if (score > 0) {
          pairs.add(new Pair(a, t, score));
        }
      }
    }
    pairs.sort(
        Comparator.comparingDouble(Pair::score)
            .reversed()
            .thenComparingInt(Pair::achieved)
            .thenComparingInt(Pair::target));
    Set<Integer> used = new HashSet<>();
    List<Pair> chosen = new ArrayList<>();
    for (Pair p : pairs) {
      if (!used.contains(p.achieved()) && !used.contains(p.target())) {
        used.add(p.achieved());
        used.add(p.target());
        chosen.add(p);
      }
    }
    for (int i : new TreeSet<>(mine)) {
      Period period = all.get(i).period();
      if (!used.contains(i) && period.role() != Period.Role.NONE) {
        boolean achieved = period.isResult();
        chosen.add(new Pair(achieved ? i : -1, achieved ? -1 : i, 0));
      }
    }
    chosen.sort(Comparator.comparingInt(p -> p.achieved() >= 0 ? p.achieved() : p.target()));
    List<Brief.Row> rows = new ArrayList<>();
    for (Pair p : chosen) {
      Figure a = p.achieved() >= 0 ? all.get(p.achieved()) : null;
      Figure t = p.target() >= 0 ? all.get(p.target()) : null;
      String label = label(a, t);
      rows.add(new Brief.Row(label, language == Language.EN ? gloss(label) : "", a, t));
    }
    return rows;
  }

  private static int indexOf(List<Figure> all, Figure f) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == f) {
        return i;
      }
    }
    throw new IllegalStateException("figure not among the report's: " + f.measured());
  }

  /**
   * How surely two figures measure the same thing: 2 for the same words, else the share of synonym
   * groups they have in common; 0 when their unit or kind differs.
   */
  private static double similarity(Figure a, Figure t, Set<String> ga, Set<String> gt) {
    if (a.isChange() != t.isChange() || !a.unit().equals(t.unit())) {
      return 0;
    }
    if (a.measured().equals(t.measured())) {
      return 2;
    }
    Set<String> common = new HashSet<>(ga);
    common.retainAll(gt);
    if (common.isEmpty()) {
      return 0;
    }
    Set<String> union = new HashSet<>(ga);
    union.addAll(gt);
    return (double) common.size() / union.size();
  }

  /** The synonym groups named in a subject, each by its first term. */
  private Set<String> groups(String measured) {
    return analyzer.synonyms().find(measured).stream()
        .map(m -> m.group().get(0))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String label(Figure a, Figure t) {
    if (a == null) {
      return t.measured();
    }
    if (t == null) {
      return a.measured();
    }
    return t.measured().length() < a.measured().length() ? t.measured() : a.measured();
  }

  /** The English of a row label, through the label or a synonym of it; empty when unknown. */
  private String gloss(String label) {
    BilingualLexicon bilingual = analyzer.bilingual();
    SynonymLexicon synonyms = analyzer.synonyms();
    Optional<String> en = bilingual.english(label);
    for (String v : synonyms.groupOf(label)) {
      if (en.isPresent()) {
        break;
      }
      en = bilingual.english(v);
    }
    return en.orElse("");
  }

  // ---- measures ----

  /** Measures are grouped results first, then targets, then the rest; earlier spans first. */
  private static final Comparator<Period> MEASURE_ORDER =
      Comparator.comparing(Period::role)
          .thenComparingInt(Period::from)
          .thenComparingInt(Period::to)
          .thenComparing(Period::half);

  private List<Brief.Measure> measures(Report report, TopicMatcher matcher, List<Figure> all) {
    Set<Clause> withFigures = new HashSet<>();
    all.forEach(f -> withFigures.add(f.clause()));
    Map<Period, List<Clause>> naming = new HashMap<>();
    Map<Period, List<Clause>> others = new HashMap<>();
    Set<Period> periods = new TreeSet<>(MEASURE_ORDER);
    for (Unit unit : new SentenceChunker().chunk(report)) {
      if (unit.sectionTitles().size() < 2 || !matcher.matches(unit)) {
        continue;
      }
      Period period = report.periods().ofPart(unit.paragraph());
      periods.add(period);
      for (Clause c : ClauseSplitter.split(unit)) {
        if (withFigures.contains(c) || c.text().strip().length() < MIN_MEASURE_CHARS) {
          continue;
        }
        (matcher.mentions(c.text()) ? naming : others)
            .computeIfAbsent(period, p -> new ArrayList<>())
            .add(c);
      }
    }
    List<Brief.Measure> measures = new ArrayList<>();
    for (Period period : periods) {
      List<Clause> picked =
          new ArrayList<>(
              naming.getOrDefault(period, List.of()).stream().limit(MAX_MEASURES).toList());
      for (Clause c : others.getOrDefault(period, List.of())) {
        if (picked.size() >= MAX_MEASURES) {
          break;
        }
        picked.add(c);
      }
      picked.sort(
          Comparator.comparingInt((Clause c) -> c.unit().id()).thenComparingInt(Clause::start));
      picked.forEach(c -> measures.add(new Brief.Measure(c, period)));
    }
    return measures;
  }

  // ---- sources and summary ----

  private static List<Brief.Source> sources(Report report, SortedSet<Integer> lines) {
    List<Brief.Source> sources = new ArrayList<>();
    for (int line : lines) {
      String path = report.sectionAt(line).map(s -> report.pathLabel(s.index())).orElse("");
      sources.add(new Brief.Source(line, path));
    }
    return sources;
  }

  /** Whether a summary cites at least one line and only lines the brief cites. */
  static boolean citesOnly(String summary, Set<Integer> lines) {
    Matcher m = CITATION.matcher(summary);
    boolean any = false;
    while (m.find()) {
      for (String l : m.group(1).split("\\s*,\\s*")) {
        if (!lines.contains(Integer.parseInt(l.substring(1)))) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }
}
