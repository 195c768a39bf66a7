package dev.reportqa.answer;

import dev.reportqa.query.AnalyzedQuery;
import dev.reportqa.query.BilingualLexicon;
import dev.reportqa.query.Language;
import dev.reportqa.query.SynonymLexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of work reports, from both lexicons, each with its alternatives. A question that asks
 * for a figure about a thing none of whose words the report uses ("门票", "行政村", "entrance ticket")
 * asks about something the report does not speak of. Only words of two characters or more count: a
 * single character (村) stands inside too many other words.
 */
final class Vocabulary {

  private final Map<String, Set<String>> alternatives = new HashMap<>();
  private final Set<String> words = new java.util.HashSet<>();
  private final List<String> longestFirst;

  /**
   * @param cueWords words that mark what a question asks (增幅, 目标): not things a report speaks of,
   *     never counted as absent
   */
  Vocabulary(BilingualLexicon bilingual, SynonymLexicon synonyms, Set<String> cueWords) {
    bilingual.chineseVocabulary().forEach((term, alts) -> add(term, alts));
    for (List<String> group : synonyms.groups()) {
      for (String term : group) {
        add(term, group);
      }
    }
    alternatives.keySet().removeAll(cueWords);
    for (String w : bilingual.chineseWords()) {
      if (w.length() >= 2) {
        words.add(w);
      }
    }
    synonyms.groups().forEach(g -> g.stream().filter(w -> w.length() >= 2).forEach(words::add));
    longestFirst = new ArrayList<>(alternatives.keySet());
    longestFirst.sort((a, b) -> b.length() - a.length());
  }

  private void add(String term, Iterable<String> alts) {
    if (term.length() < 2 || !TermStats.isHan(term.charAt(0))) {
      return;
    }
    Set<String> set = alternatives.computeIfAbsent(term, k -> new LinkedHashSet<>());
    for (String a : alts) {
      if (a.length() >= 2) {
        set.add(a);
      }
    }
  }

  /**
   * The report-vocabulary words of the question that the report never uses, nor any alternative of
   * them: for a Chinese question the words found in its text (longest first, not overlapping), for
   * an English one its translations.
   *
   * @param stats the report's words, whose answers are remembered
   */
  List<String> absentFrom(AnalyzedQuery query, TermStats stats) {
    String report = stats.compactText();
    List<String> absent = new ArrayList<>();
    if (query.language() == Language.EN) {
      for (AnalyzedQuery.Translation t : query.translations()) {
        Set<String> alts = new LinkedHashSet<>();
        for (String zh : t.chinese()) {
          alts.addAll(alternatives.getOrDefault(zh, Set.of()));
        }
        // A translation of one character (village → 村) has no alternatives of its own, but the
        // report using it says the report speaks of the thing.
        boolean shortUsed =
            t.chinese().stream()
                .anyMatch(
                    zh -> zh.length() == 1 && TermStats.isHan(zh.charAt(0)) && report.contains(zh));
        if (!alts.isEmpty()
            && !shortUsed
            && alts.stream().noneMatch(a -> stats.uses(a, w -> spoken(w, report)))) {
          absent.add(t.english());
        }
      }
      return absent;
    }
    String q = query.text();
    boolean[] taken = new boolean[q.length()];
    for (String term : longestFirst) {
      for (int at = q.indexOf(term); at >= 0; at = q.indexOf(term, at + 1)) {
        if (free(taken, at, term.length())) {
          for (int i = at; i < at + term.length(); i++) {
            taken[i] = true;
          }
          // A Chinese question's own word may also stand with its head shared (刑事、治安案件); an
          // English word's translations are not read so loosely.
          if (alternatives.get(term).stream()
              .noneMatch(a -> stats.uses(a, w -> spoken(w, report) || coordinated(w, report)))) {
            absent.add(term);
          }
        }
      }
    }
    return absent;
  }

  /**
   * Whether the report uses the word, or all the words it is made of: 招商项目 is spoken of when the
   * report has 招商 and 项目, though never together; 行政村 is not (村 alone is too short to count). Any
   * lexicon word may be a part, function words (开工) included.
   */
  private boolean spoken(String word, String report) {
    if (report.contains(word)) {
      return true;
    }
    boolean[] composable = new boolean[word.length() + 1];
    composable[0] = true;
    for (int end = 2; end <= word.length(); end++) {
      for (int start = end - 2; start >= 0 && !composable[end]; start--) {
        String part = word.substring(start, end);
        composable[end] = composable[start] && words.contains(part) && report.contains(part);
      }
    }
    return composable[word.length()] || abbreviates(word, report);
  }

  /**
   * Whether the report writes the word with its head shared by a coordination: 刑事案件 in "刑事、治安案件",
   * 城镇居民 in "城镇和农村居民". The word splits into a modifier and a head of two characters or more each,
   * and the report has the modifier, then 、/和/及/与 and a few characters, then the head.
   */
  static boolean coordinated(String word, String report) {
    for (int split = 2; split <= word.length() - 2; split++) {
      String modifier = word.substring(0, split);
      String head = word.substring(split);
      for (int at = report.indexOf(modifier); at >= 0; at = report.indexOf(modifier, at + 1)) {
        int after = at + modifier.length();
        if (after < report.length() && COORDINATOR.indexOf(report.charAt(after)) >= 0) {
          int limit = Math.min(report.length(), after + 1 + COORDINATED_CHARS + head.length());
          int h = report.indexOf(head, after + 1);
          if (h > 0 && h + head.length() <= limit && noStop(report, after + 1, h)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The marks that join two modifiers of one head: 、 和 及 与. */
  private static final String COORDINATOR = "、和及与";

  /** The longest other modifier between a coordinator and the shared head. */
  static final int COORDINATED_CHARS = 6;

  /** Whether no clause or sentence break stands between two offsets. */
  private static boolean noStop(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if ("，。；：！？,;".indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Characters that join or separate words: no compound runs across them. */
  private static final String JOINING = "和与及或的、";

  /**
   * Whether the word is an abbreviation of words the report uses: its characters stand in the
   * report in order, the first and the last at the ends of a stretch at most twice as long, without
   * a stop or a conjunction between (入境游 of 入境旅游, 规上 of 规模以上, 棚改 of 棚户区改造). A rule, not a list, so
   * that a report's own short forms are known too; a two-character word may span four characters
   * only, so that two common characters a few words apart do not pass for one.
   */
  static boolean abbreviates(String word, String report) {
    int n = word.length();
    if (n < 2) {
      return false;
    }
    int widest = 2 * n;
    char first = word.charAt(0);
    for (int at = report.indexOf(first); at >= 0; at = report.indexOf(first, at + 1)) {
      int i = 1;
      for (int j = at + 1; j < Math.min(report.length(), at + widest) && i < n; j++) {
        char c = report.charAt(j);
        if (!TermStats.isHan(c) || JOINING.indexOf(c) >= 0) {
          break; // a stop or a conjunction ends a compound: 门店和票务 is two words, not 门票
        }
        if (c == word.charAt(i)) {
          i++;
        }
      }
      if (i == n) {
        return true;
      }
    }
    return false;
  }

  private static boolean free(boolean[] taken, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
