package dev.reportqa.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cue words of questions by category and language, from {@code query/cues.tsv}: which words mark a
 * target or an achievement, an amount, a growth rate, a list, and which carry no subject.
 */
public final class CueLexicon {

  public static final String RESOURCE = "query/cues.tsv";

  /** The categories a cue file may use. */
  public enum Category {
    /** The question asks for a target: 目标, 力争, 全年, target. */
    TARGET(true),
    /** The question asks for what was achieved: 上半年, 今年以来, first half. */
    ACHIEVED(true),
    /** Time words, read against the report's period model (report.ReportPeriods). */
    LASTYEAR(true),
    YEARBEFORELAST(true),
    THISYEAR(true),
    NEXTYEAR(true),
    FIRSTHALF(true),
    SECONDHALF(true),
    FULLYEAR(true),
    PASTFIVE(true),
    NEXTFIVE(true),
    AMOUNT(true),
    GROWTH(true),
    LIST(true),
    RANK(true),
    PERSON(true),
    TIME(true),
    /** The question expects money (元, 收入, revenue); the word stays part of the subject. */
    MONEY(false),
    /** The question expects a count of people (人口, 多少人, population). */
    PEOPLE(false),
    /** The question expects a rate or share (率, 比例, percent). */
    RATE(false),
    /** The question expects an area (面积, 亩, area). */
    AREA(false),
    /** The question counts things: 几个, 多少家, how many. */
    COUNT(true),
    /** A yes-or-no question: 吗, 是否, did, is. */
    YESNO(true),
    /** A list question asking for the parts of a section: 方面, aspects. */
    ASPECTS(true),
    /** A question about the report's title: 标题, title. */
    METATITLE(false),
    /** A question about the session it was delivered at: 会议, session. */
    METASESSION(false),
    /** A question about the speaker's office: 职务, position. */
    METAOFFICE(false),
    /** A question about who delivered the report: 作的, deliver. */
    METASPEAKER(false),
    /** An office or role a who-question names: 书记, 局长. */
    ROLE(false),
    /** A role any person answers for: 领导, 负责人. */
    GENERALROLE(false),
    /**
     * Verbs a question is put with (有, 是, 搞, 帮): dropped from the words HanLP cuts a residue into.
     */
    ASKINGVERB(false),
    /**
     * Words that make a measure another when put before it: 人均地区生产总值 is not 地区生产总值, 单位能耗 not 能耗. A
     * figure of the qualified measure does not answer for the plain one.
     */
    PERMEASURE(false),
    /** The question names the unit of the amount it wants: 多少亿元, in yuan. */
    STATEDUNIT(false),
    /**
     * Words a request is put with (帮我查一下, 请问, 麻烦您): a first clause of nothing else is a preface,
     * not part of the question.
     */
    REQUEST(false),
    /** The question leans on the previous one: 那, 它, and, what about. */
    FOLLOWUP(true),
    /** Words that carry no subject. */
    STOP(true);

    private final boolean stripped;

    Category(boolean stripped) {
      this.stripped = stripped;
    }

    /** Whether the cue is cut out of the question before its subject is read. */
    public boolean stripped() {
      return stripped;
    }
  }

  private static final Set<String> LANGUAGES = Set.of("zh", "en");

  private final Map<Language, Map<Category, List<String>>> cues = new EnumMap<>(Language.class);

  private CueLexicon(String source, List<LexiconFiles.Line> lines) {
    for (Language l : Language.values()) {
      Map<Category, List<String>> byCategory = new EnumMap<>(Category.class);
      for (Category c : Category.values()) {
        byCategory.put(c, new ArrayList<>());
      }
      cues.put(l, byCategory);
    }
    Map<String, Category> names = new HashMap<>();
    for (Category c : Category.values()) {
      names.put(c.name().toLowerCase(), c);
    }
    for (LexiconFiles.Line line : lines) {
      String[] fields = line.text().split("\t", -1);
      if (fields.length != 2) {
        throw LexiconException.at(
            source,
            line.number(),
            "expected <lang.category><TAB><words>, found " + fields.length + " fields");
      }
      String[] key = fields[0].strip().split("\\.", -1);
      if (key.length != 2 || !LANGUAGES.contains(key[0]) || !names.containsKey(key[1])) {
        throw LexiconException.at(
            source, line.number(), "unknown category '" + fields[0].strip() + "'");
      }
      Language language = key[0].equals("zh") ? Language.ZH : Language.EN;
      cues.get(language)
          .get(names.get(key[1]))
          .addAll(LexiconFiles.alternatives(source, line.number(), fields[1].strip()));
    }
    // Longest first, so that a scan takes 是多少 before 多少.
    cues.values().forEach(m -> m.values().forEach(l -> l.sort((a, b) -> b.length() - a.length())));
  }

  public static CueLexicon load() {
    return new CueLexicon(RESOURCE, LexiconFiles.readResource(RESOURCE));
  }

  public static CueLexicon load(String source, java.io.InputStream in) {
    return new CueLexicon(source, LexiconFiles.read(source, in));
  }

  /** The cue words of a category, longest first. */
  public List<String> words(Language language, Category category) {
    return List.copyOf(cues.get(language).get(category));
  }

  /** The Chinese cues of the category that occur in the text, longest first. */
  public List<String> findZh(String text, Category category) {
    List<String> found = new ArrayList<>();
    for (String w : cues.get(Language.ZH).get(category)) {
      if (text.contains(w)) {
        found.add(w);
      }
    }
    return found;
  }

  /** Whether the Chinese text starts with a cue of the category. */
  public boolean startsZh(String text, Category category) {
    return cues.get(Language.ZH).get(category).stream().anyMatch(text::startsWith);
  }

  /** Whether the token list starts with a cue of the category (a word or a phrase). */
  public boolean startsEn(List<String> tokens, Category category) {
    String joined = String.join(" ", tokens) + " ";
    return cues.get(Language.EN).get(category).stream().anyMatch(w -> joined.startsWith(w + " "));
  }

  /**
   * The length in tokens of the cue phrase of the category (two words or more) that starts at token
   * {@code from}, or 0. Cues are held longest first, so the first phrase that matches is the
   * longest.
   */
  public int phraseLengthEn(List<String> tokens, int from, Category category) {
    String joined = String.join(" ", tokens.subList(from, tokens.size())) + " ";
    for (String w : cues.get(Language.EN).get(category)) {
      if (w.contains(" ") && joined.startsWith(w + " ")) {
        return w.split(" ").length;
      }
    }
    return 0;
  }

  /** Where the first English cue of the category starts, as a token index, or -1. */
  public int positionEn(List<String> tokens, Category category) {
    int best = -1;
    for (String w : cues.get(Language.EN).get(category)) {
      String[] words = w.split(" ");
      for (int i = 0; i + words.length <= tokens.size(); i++) {
        boolean hit = true;
        for (int k = 0; k < words.length && hit; k++) {
          hit = EnglishWords.baseForms(tokens.get(i + k)).contains(words[k]);
        }
        if (hit && (best < 0 || i < best)) {
          best = i;
          break;
        }
      }
    }
    return best;
  }

  /** The English cues of the category that occur as whole words in the token list. */
  public List<String> findEn(List<String> tokens, Category category) {
    List<String> found = new ArrayList<>();
    String joined = " " + String.join(" ", tokens) + " ";
    for (String w : cues.get(Language.EN).get(category)) {
      boolean hit = joined.contains(" " + w + " ");
      if (!hit && !w.contains(" ")) {
        for (String t : tokens) {
          if (EnglishWords.baseForms(t).contains(w)) {
            hit = true;
            break;
          }
        }
      }
      if (hit) {
        found.add(w);
      }
    }
    return found;
  }
}
