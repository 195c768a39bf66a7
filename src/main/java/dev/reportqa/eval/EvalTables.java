package dev.reportqa.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text of an evaluation run: the figures table, the comparison with the baseline, the misses.
 */
public final class EvalTables {

  private EvalTables() {}

  /** One row per group: accuracy, key match, citation, conciseness, retrieval, refusal, latency. */
  public static String figures(Map<String, EvalSummary.Figures> groups) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-13s %4s %6s %6s %6s %6s %6s %6s %6s %6s %6s %7s %7s %7s%n",
            "group",
            "n",
            "acc",
            "key",
            "cite",
            "conc",
            "hit@1",
            "hit@3",
            "hit@5",
            "MRR",
            "refR",
            "falseR",
            "p50ms",
            "p95ms"));
    groups.forEach(
        (name, f) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "%-13s %4d %6s %6s %6s %6s %6s %6s %6s %6s %6s %7s %7.1f %7.1f%n",
                    name,
                    f.items(),
                    r(f.accuracy()),
                    r(f.keyMatch()),
                    r(f.citation()),
                    r(f.concise()),
                    r(f.hit1()),
                    r(f.hit3()),
                    r(f.hit5()),
                    r(f.mrr()),
                    r(f.refusalRecall()),
                    r(f.falseRefusal()),
                    f.latencyP50(),
                    f.latencyP95())));
    return out.toString();
  }

  /** The main figures of two pipelines side by side, ours first. */
  public static String comparison(
      String ours,
      Map<String, EvalSummary.Figures> a,
      String theirs,
      Map<String, EvalSummary.Figures> b) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "each cell: %s / %s%n", ours, theirs));
    out.append(
        String.format(
            Locale.ROOT,
            "%-13s %4s %15s %15s %15s %15s %15s %15s %15s %15s%n",
            "group",
            "n",
            "accuracy",
            "key match",
            "citation",
            "concise",
            "hit@1",
            "MRR",
            "refusal rec",
            "p50 ms"));
    a.forEach(
        (name, f) -> {
          EvalSummary.Figures g = b.get(name);
          if (g == null) {
            return;
          }
          out.append(
              String.format(
                  Locale.ROOT,
                  "%-13s %4d %15s %15s %15s %15s %15s %15s %15s %15s%n",
                  name,
                  f.items(),
                  pair(f.accuracy(), g.accuracy()),
                  pair(f.keyMatch(), g.keyMatch()),
                  pair(f.citation(), g.citation()),
                  pair(f.concise(), g.concise()),
                  pair(f.hit1(), g.hit1()),
                  pair(f.mrr(), g.mrr()),
                  pair(f.refusalRecall(), g.refusalRecall()),
                  String.format(Locale.ROOT, "%.1f / %.1f", f.latencyP50(), g.latencyP50())));
        });
    return out.toString();
  }

  /** Each wrong item: id, type, language, question, and why, one line. */
  public static String misses(List<EvalRunner.Result> results) {
    StringBuilder out = new StringBuilder();
    for (EvalRunner.Result r : results) {
      if (r.verdict().correct()) {
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%s [%s/%s] %s — %s%n",
              r.item().id(),
              r.item().lang(),
              r.item().type(),
              r.item().question(),
              String.join("; ", r.verdict().reasons())));
    }
    return out.toString();
  }

  private static String r(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String pair(double a, double b) {
    return r(a) + " / " + r(b);
  }
}
