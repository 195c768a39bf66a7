package dev.reportqa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures the default evaluation set must reach, from {@code eval/thresholds.json}. They only
 * go up: each is set at what the pipeline reaches less a small margin (see eval/README.md).
 *
 * @param accuracy overall accuracy, at least
 * @param accuracyZh accuracy on Chinese questions, at least
 * @param accuracyEn accuracy on English questions, at least
 * @param citation citation accuracy on answerable questions, at least
 * @param refusalRecall share of unanswerable questions refused, at least
 * @param maxFalseRefusal share of answerable questions refused, at most
 */
public record Thresholds(
    double accuracy,
    double accuracyZh,
    double accuracyEn,
    double citation,
    double refusalRecall,
    double maxFalseRefusal) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of(
          "accuracy", "accuracyZh", "accuracyEn", "citation", "refusalRecall", "maxFalseRefusal");

  public Thresholds {
    for (double v :
        new double[] {accuracy, accuracyZh, accuracyEn, citation, refusalRecall, maxFalseRefusal}) {
      if (v < 0 || v > 1 || Double.isNaN(v)) {
        throw new IllegalArgumentException("thresholds are shares in [0, 1]: " + v);
      }
    }
  }

  /**
   * @throws EvalSetException naming the file when it is missing or a field is missing or wrong
   */
  public static Thresholds load(Path file) {
    JsonNode n;
    try {
      n = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new EvalSetException("thresholds file not found: " + file);
    } catch (IOException e) {
      throw new EvalSetException(file + ": not valid JSON (" + e.getMessage() + ")");
    }
    return of(n, file.toString());
  }

  /**
   * Reads thresholds from a JSON object.
   *
   * @param where names the object in an error ("eval/gates.json, gate 2")
   * @throws EvalSetException when a field is missing or not a share
   */
  static Thresholds of(JsonNode n, String where) {
    double[] v = new double[FIELDS.size()];
    for (int i = 0; i < FIELDS.size(); i++) {
      JsonNode f = n == null ? null : n.get(FIELDS.get(i));
      if (f == null || !f.isNumber() || f.asDouble() < 0 || f.asDouble() > 1) {
        throw new EvalSetException(where + ": '" + FIELDS.get(i) + "' must be a number in [0, 1]");
      }
      v[i] = f.asDouble();
    }
    return new Thresholds(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  /** The figures that miss their threshold, one line each; empty when the run passes. */
  public List<String> failures(Map<String, EvalSummary.Figures> groups) {
    List<String> out = new ArrayList<>();
    EvalSummary.Figures all = groups.get("all");
    atLeast(out, "accuracy", all == null ? Double.NaN : all.accuracy(), accuracy);
    atLeast(out, "accuracy (zh)", figure(groups, "zh", true), accuracyZh);
    atLeast(out, "accuracy (en)", figure(groups, "en", true), accuracyEn);
    atLeast(out, "citation accuracy", all == null ? Double.NaN : all.citation(), citation);
    atLeast(out, "refusal recall", all == null ? Double.NaN : all.refusalRecall(), refusalRecall);
    double falseRefusal = all == null ? Double.NaN : all.falseRefusal();
    if (!Double.isNaN(falseRefusal) && falseRefusal > maxFalseRefusal) {
      out.add(
          String.format(
              "false-refusal rate %.3f is above its maximum %.3f", falseRefusal, maxFalseRefusal));
    }
    return out;
  }

  private static double figure(
      Map<String, EvalSummary.Figures> groups, String key, boolean accuracy) {
    EvalSummary.Figures f = groups.get(key);
    return f == null ? Double.NaN : f.accuracy();
  }

  private static void atLeast(List<String> out, String name, double value, double min) {
    if (!Double.isNaN(value) && value < min) {
      out.add(String.format("%s %.3f is below its threshold %.3f", name, value, min));
    }
  }
}
