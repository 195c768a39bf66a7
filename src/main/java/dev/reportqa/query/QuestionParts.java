package dev.reportqa.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question that asks two things into its parts: "今年粮食产量多少？蔬菜呢？", "How many parks are
 * there, and how many were built this year?". Each part is answered on its own, the later ones as
 * follow-ups of the earlier, and the answers are put together. A question mark inside the question
 * ends a part; in English so does ", and" before a question word. Commas alone do not split:
 * "用电量是多少，增长多少？" asks two things of one clause, which the answer stage quotes whole.
 */
public final class QuestionParts {

  /** A part shorter than this is not a question of its own ("吗？"). */
  static final int MIN_PART = 2;

  private static final Pattern MARK = Pattern.compile("[？?]+");

  private static final Pattern ENGLISH_JOIN =
      Pattern.compile(
          ",\\s*and\\s+(?=(?:how|what|which|when|who|where|whose|is|are|was|were|did|does|do)\\b)",
          Pattern.CASE_INSENSITIVE);

  private QuestionParts() {}

  /** The parts of a question, in order; the question itself when it asks one thing. */
  public static List<String> split(String question) {
    return split(question, part -> false);
  }

  /**
   * The parts of a question, a Chinese comma also ending a part when the words on both sides ask
   * something ("去年产量多少，全国排第几？").
   *
   * @param asks whether a piece of a Chinese question asks for something (多少, 第几, 哪些 …)
   */
  public static List<String> split(String question, java.util.function.Predicate<String> asks) {
    String q = question.strip();
    List<String> parts = new ArrayList<>();
    Matcher m = MARK.matcher(q);
    int start = 0;
    while (m.find()) {
      add(parts, q.substring(start, m.end()));
      start = m.end();
    }
    add(parts, q.substring(start));
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      if (Language.of(part) == Language.EN) {
        Matcher join = ENGLISH_JOIN.matcher(part);
        int from = 0;
        while (join.find()) {
          add(out, part.substring(from, join.start()) + "?");
          from = join.end();
        }
        add(out, capitalised(part.substring(from)));
      } else {
        for (String piece : commaParts(part, asks)) {
          out.addAll(respectively(piece));
        }
      }
    }
    return out.isEmpty() ? List.of(q) : List.copyOf(out);
  }

  /** A Chinese part cut at the comma before a second ask, when the piece before it asks too. */
  private static List<String> commaParts(String part, java.util.function.Predicate<String> asks) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = part.indexOf('，'); i >= 0; i = part.indexOf('，', i + 1)) {
      String before = part.substring(start, i);
      String after = part.substring(i + 1);
      if (asks.test(before) && asks.test(after)) {
        add(out, before);
        start = i + 1;
      }
    }
    add(out, part.substring(start));
    return out;
  }

  /**
   * "今年A和B的增长目标分别是多少？" asks the same of each named thing: one question each, "今年A的增长目标是多少？" and
   * "今年B的增长目标是多少？". The things are the words joined by 和, 与, 及 or 、 before the first 的 after them;
   * a time word that opens the question stays with each. Only a question with 分别 is cut, so
   * "城乡居民收入" or "A和B的比值" stay whole.
   */
  static List<String> respectively(String part) {
    if (!part.contains(RESPECTIVELY)) {
      return List.of(part);
    }
    Matcher m = COORDINATED.matcher(part);
    if (!m.find()) {
      return List.of(part);
    }
    String rest = part.substring(m.end(2)).replace(RESPECTIVELY, "");
    List<String> out = new ArrayList<>();
    for (String thing : m.group(2).split("[和与及、]")) {
      if (thing.length() < MIN_PART) {
        return List.of(part);
      }
      out.add(m.group(1) + thing + rest);
    }
    return out;
  }

  private static final String RESPECTIVELY = "分别";

  /** An optional opening time word, then two or more things joined, then 的. */
  private static final Pattern COORDINATED =
      Pattern.compile(
          "^((?:今年|去年|明年|前年|上半年|下半年|全年|\\d{4}年)?)"
              + "(\\p{IsHan}{2,12}?(?:[和与及、]\\p{IsHan}{2,12}?)+)(?=的)");

  private static void add(List<String> parts, String part) {
    String p = part.strip();
    String bare = p.replaceAll("[\\p{P}\\s]", "");
    if (bare.length() >= MIN_PART) {
      parts.add(p);
    } else if (!parts.isEmpty() && !p.isEmpty()) {
      int last = parts.size() - 1;
      parts.set(last, parts.get(last) + p);
    }
  }

  private static String capitalised(String s) {
    String t = s.strip();
    return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
