package dev.reportqa.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The figures of a run, overall and by language and type. */
public final class EvalSummary {

  /**
   * The figures of one group of items. Ratios are in [0, 1]; retrieval figures and key, citation
   * and conciseness rates count answerable items only.
   */
  public record Figures(
      int items,
      int correct,
      double accuracy,
      double keyMatch,
      double citation,
      double concise,
      double hit1,
      double hit3,
      double hit5,
      double mrr,
      double refusalRecall,
      double falseRefusal,
      double latencyP50,
      double latencyP95,
      int unanswerable,
      int answerable) {}

  private EvalSummary() {}

  /** Groups in display order: all, zh, en, then each type present. */
  public static Map<String, Figures> of(List<EvalRunner.Result> results) {
    Map<String, Figures> groups = new LinkedHashMap<>();
    groups.put("all", figures(results, r -> true));
    for (String lang : List.of("zh", "en")) {
      if (results.stream().anyMatch(r -> r.item().lang().equals(lang))) {
        groups.put(lang, figures(results, r -> r.item().lang().equals(lang)));
      }
    }
    for (String type :
        List.of("number", "target", "growth", "list", "fact", "unanswerable", "followup")) {
      if (results.stream().anyMatch(r -> r.item().type().equals(type))) {
        groups.put(type, figures(results, r -> r.item().type().equals(type)));
      }
    }
    return groups;
  }

  static Figures figures(List<EvalRunner.Result> all, Predicate<EvalRunner.Result> filter) {
    List<EvalRunner.Result> rs = all.stream().filter(filter).toList();
    List<EvalRunner.Result> answerable = rs.stream().filter(r -> !r.item().unanswerable()).toList();
    List<EvalRunner.Result> unanswerable =
        rs.stream().filter(r -> r.item().unanswerable()).toList();
    int correct = (int) rs.stream().filter(r -> r.verdict().correct()).count();
    double hit1 = share(answerable, r -> rank(r) == 1);
    double hit3 = share(answerable, r -> rank(r) >= 1 && rank(r) <= 3);
    double hit5 = share(answerable, r -> rank(r) >= 1 && rank(r) <= 5);
    double mrr =
        answerable.isEmpty()
            ? Double.NaN
            : answerable.stream()
                .mapToDouble(r -> rank(r) == 0 ? 0 : 1.0 / rank(r))
                .average()
                .orElse(0);
    List<Double> latencies = new ArrayList<>(rs.stream().map(r -> r.record().latencyMs()).toList());
    latencies.sort(Double::compare);
    return new Figures(
        rs.size(),
        correct,
        rs.isEmpty() ? Double.NaN : (double) correct / rs.size(),
        share(answerable, r -> r.verdict().keysMatch()),
        share(answerable, r -> r.verdict().citationCorrect()),
        share(answerable, r -> r.verdict().concise()),
        hit1,
        hit3,
        hit5,
        mrr,
        share(unanswerable, r -> r.record().refused()),
        share(answerable, r -> r.record().refused()),
        percentile(latencies, 0.50),
        percentile(latencies, 0.95),
        unanswerable.size(),
        answerable.size());
  }

  private static int rank(EvalRunner.Result r) {
    return r.verdict().retrievalRank();
  }

  private static double share(List<EvalRunner.Result> rs, Predicate<EvalRunner.Result> p) {
    return rs.isEmpty() ? Double.NaN : (double) rs.stream().filter(p).count() / rs.size();
  }

  /** Nearest-rank percentile of sorted values; NaN when empty. */
  static double percentile(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
