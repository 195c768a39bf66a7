package dev.reportqa.eval;

import dev.reportqa.source.LineLocator;
import dev.reportqa.source.Locator;
import java.util.ArrayList;
import java.util.List;

/** Grades a record against its item by the rules of docs/design.md ("The eval record contract"). */
public final class Scorer {

  private Scorer() {}

  /** The verdict on one item; {@code reasons} is empty when it is correct. */
  public record Verdict(
      boolean correct,
      boolean keysMatch,
      boolean citationCorrect,
      boolean concise,
      int retrievalRank,
      List<String> reasons) {}

  public static Verdict grade(EvalItem item, EvalRecord record) {
    return grade(item, record, LineLocator.INSTANCE);
  }

  /**
   * @param locator names the cited and expected lines in the reasons as places of the report's file
   *     ({@code L87}, {@code p.12 ¶3})
   */
  public static Verdict grade(EvalItem item, EvalRecord record, Locator locator) {
    int rank = retrievalRank(item, record);
    if (item.unanswerable()) {
      List<String> reasons =
          record.refused() ? List.of() : List.of("answered an unanswerable question");
      return new Verdict(record.refused(), record.refused(), record.refused(), true, rank, reasons);
    }
    List<String> reasons = new ArrayList<>();
    if (record.refused()) {
      reasons.add("refused");
    }
    List<String> missing = new ArrayList<>();
    for (String key : item.answers()) {
      if (!containsKey(record.answer(), key)) {
        missing.add(key);
      }
    }
    boolean keys = !record.refused() && missing.isEmpty();
    if (!record.refused() && !missing.isEmpty()) {
      reasons.add("missing key " + String.join(", ", missing));
    }
    boolean cites =
        !record.refused() && record.citedLines().stream().anyMatch(item.lines()::contains);
    if (!record.refused() && !cites) {
      reasons.add(
          "wrong citation ["
              + locator.places(record.citedLines())
              + "] (expected one of ["
              + locator.places(item.lines())
              + "])");
    }
    boolean concise = record.answer().length() <= item.maxAnswerLength();
    if (!record.refused() && !concise) {
      reasons.add(
          "too long (" + record.answer().length() + " > " + item.maxAnswerLength() + " chars)");
    }
    boolean correct = !record.refused() && keys && cites && concise;
    return new Verdict(correct, keys, cites, concise, rank, List.copyOf(reasons));
  }

  /**
   * Whether the answer holds the key, whitespace removed from both, and not as part of a longer
   * number: {@code 2.5%} is not found in {@code 12.5%}, nor {@code 10个} in {@code 110个}.
   */
  public static boolean containsKey(String answer, String key) {
    String a = answer.replaceAll("\\s+", "");
    String k = key.replaceAll("\\s+", "");
    if (k.isEmpty()) {
      return true;
    }
    for (int i = a.indexOf(k); i >= 0; i = a.indexOf(k, i + 1)) {
      boolean startsWithDigit = Character.isDigit(k.charAt(0));
      boolean endsWithDigit = Character.isDigit(k.charAt(k.length() - 1));
      char before = i > 0 ? a.charAt(i - 1) : ' ';
      int e = i + k.length();
      char after = e < a.length() ? a.charAt(e) : ' ';
      char afterNext = e + 1 < a.length() ? a.charAt(e + 1) : ' ';
      boolean badStart = startsWithDigit && (Character.isDigit(before) || before == '.');
      boolean badEnd =
          endsWithDigit
              && (Character.isDigit(after) || (after == '.' && Character.isDigit(afterNext)));
      if (!badStart && !badEnd) {
        return true;
      }
    }
    return false;
  }

  /** 1-based rank of the first retrieved passage on a gold line; 0 when none (or no gold). */
  static int retrievalRank(EvalItem item, EvalRecord record) {
    if (item.lines().isEmpty()) {
      return 0;
    }
    for (int r = 0; r < record.retrieved().size(); r++) {
      if (record.retrieved().get(r).lines().stream().anyMatch(item.lines()::contains)) {
        return r + 1;
      }
    }
    return 0;
  }
}
