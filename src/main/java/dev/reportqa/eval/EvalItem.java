package dev.reportqa.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question of an evaluation set, as the eval record contract in docs/design.md defines it
 * (eval/README.md explains each field).
 *
 * @param id unique within the set, e.g. {@code a1}
 * @param lang {@code zh} or {@code en}
 * @param question the question as a user asks it
 * @param answers the key strings a correct answer contains; empty for unanswerable items
 * @param lines the report lines that hold the answer; citing any one of them is correct
 * @param type one of {@link #TYPES}
 * @param after for a followup, the id of the item asked just before it; otherwise null
 * @param note for testers
 */
public record EvalItem(
    String id,
    String lang,
    String question,
    List<String> answers,
    List<Integer> lines,
    String type,
    String after,
    String note) {

  public static final Set<String> TYPES =
      Set.of("number", "target", "growth", "list", "fact", "unanswerable", "followup");

  public static final Set<String> LANGUAGES = Set.of("zh", "en");

  public EvalItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(type, "type");
    answers = List.copyOf(answers);
    lines = List.copyOf(lines);
    note = note == null ? "" : note;
  }

  public boolean unanswerable() {
    return type.equals("unanswerable");
  }

  public boolean english() {
    return lang.equals("en");
  }

  /**
   * The longest answer that still counts as concise, in characters (docs/design.md, The eval record
   * contract).
   */
  public int maxAnswerLength() {
    int base =
        switch (type) {
          case "number", "growth", "target", "followup" -> 150;
          default -> 320;
        };
    return english() ? base + 120 : base;
  }
}
