package dev.reportqa.query;

import dev.reportqa.index.WeightedText;
import dev.reportqa.query.CueLexicon.Category;
import dev.reportqa.report.TimeReference;
import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Kind;
import dev.reportqa.vocab.QuantityVocabulary.RankRole;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a question into what the rankers and the answer stage need: language, intent, period,
 * expected measure, subject words, and weighted search text. English questions are translated word
 * by word into the report's vocabulary through the bilingual lexicon; Chinese ones are expanded
 * with synonyms.
 */
public final class QueryAnalyzer {

  /** Weight of the words that name the subject. */
  static final float SUBJECT_WEIGHT = 1.0f;

  /** Weight of synonyms and second translations: evidence, but less sure than the user's word. */
  static final float VARIANT_WEIGHT = 0.6f;

  /**
   * Weight of period and intent words (全年, 上半年, 增长): they tilt the ranking toward the right kind of
   * sentence but occur in too many sentences to decide it.
   */
  static final float CUE_WEIGHT = 0.35f;

  /** Punctuation and symbols, except a point between letters or digits. */
  private static final String PUNCTUATION =
      "(?<![0-9A-Za-z])\\.|\\.(?![0-9A-Za-z])|[\\p{P}\\p{S}&&[^.]]";

  /** A year written in a question ("in 2024"): when, not what. */
  private static final String YEAR = "(19|20)\\d\\d";

  /** A size class: 亿元以上, 5000万元以下, 百万美元以上, 万吨以上 — of the units that measure a size. */
  private static final Pattern THRESHOLD =
      Pattern.compile(
          "[0-9.〇一二两三四五六七八九]*[十百千万亿]*(?:"
              + QuantityVocabulary.alternation(
                  QuantityVocabulary.bundled()
                      .unitForms(Kind.MONEY, Kind.PEOPLE, Kind.WEIGHT, Kind.AREA))
              + ")以[上下内]");

  /** Where a report states a place in a ranking: 全省第, 全国第 … (scope words before 第). */
  private static final String RANK_CUES =
      QuantityVocabulary.bundled().ranks(RankRole.SCOPE).stream()
          .flatMap(
              scope ->
                  QuantityVocabulary.bundled().ranks(RankRole.ORDINAL).stream()
                      .map(ordinal -> scope + ordinal))
          .collect(java.util.stream.Collectors.joining(" "));

  /** A year or a plan period named in a Chinese question: when, not what. */
  private static final Pattern TIME_SPAN_ZH =
      Pattern.compile("(?<!\\d)(?:19|20)\\d\\d\\s*年(?:度)?|十[一二三四五六七八九]?五(?:时期|期间|规划|末)?");

  /**
   * A year a Chinese question asks about; not one it compares with (比2020年, 较2020年) or counts from
   * (2020年以来).
   */
  private static final Pattern YEAR_ZH =
      Pattern.compile("(?<![\\d比较与同])((?:19|20)\\d\\d)\\s*年(?!以来|来|起)");

  /** English words before a year that make it a base of comparison, not the year asked. */
  private static final Set<String> BASE_OF_YEAR = Set.of("since", "from", "than", "over", "vs");

  private static final Pattern PLAN_ZH = Pattern.compile("十([一二三四五六七八九]?)五");
  private static final Pattern PLAN_EN = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? five[- ]year");

  /** Time-word categories and what they mean. */
  private static final java.util.Map<Category, TimeReference.Word> TIME_WORDS =
      java.util.Map.of(
          Category.LASTYEAR, TimeReference.Word.LAST_YEAR,
          Category.YEARBEFORELAST, TimeReference.Word.YEAR_BEFORE_LAST,
          Category.THISYEAR, TimeReference.Word.THIS_YEAR,
          Category.NEXTYEAR, TimeReference.Word.NEXT_YEAR,
          Category.FIRSTHALF, TimeReference.Word.FIRST_HALF,
          Category.SECONDHALF, TimeReference.Word.SECOND_HALF,
          Category.FULLYEAR, TimeReference.Word.FULL_YEAR,
          Category.PASTFIVE, TimeReference.Word.PAST_FIVE_YEARS,
          Category.NEXTFIVE, TimeReference.Word.NEXT_FIVE_YEARS);

  /** Two or more Chinese characters in a row. */
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

  private final BilingualLexicon bilingual;
  private final SynonymLexicon synonyms;
  private final CueLexicon cues;
  private final Set<String> zhCueWords;
  private final Set<String> enCueWords;
  private final List<String> zhCuesLongestFirst;
  private final LanguageResources resources;

  public QueryAnalyzer(BilingualLexicon bilingual, SynonymLexicon synonyms, CueLexicon cues) {
    this(bilingual, synonyms, cues, LanguageResources.none());
  }

  /**
   * @param resources HanLP and ECDICT, for what the hand lexicons do not know; {@link
   *     LanguageResources#none()} to read with the hand lexicons alone
   */
  public QueryAnalyzer(
      BilingualLexicon bilingual,
      SynonymLexicon synonyms,
      CueLexicon cues,
      LanguageResources resources) {
    this(bilingual, synonyms, cues, resources, () -> NO_PLACES);
  }

  private static final BilingualLexicon NO_PLACES = BilingualLexicon.of(List.of());

  /** The English names of the reports' places, consulted after the lexicon (built on first use). */
  private final java.util.function.Supplier<BilingualLexicon> places;

  private QueryAnalyzer(
      BilingualLexicon bilingual,
      SynonymLexicon synonyms,
      CueLexicon cues,
      LanguageResources resources,
      java.util.function.Supplier<BilingualLexicon> places) {
    this.places = Objects.requireNonNull(places, "places");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.bilingual = Objects.requireNonNull(bilingual, "bilingual");
    this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.zhCueWords = collectCueWords(Language.ZH);
    this.enCueWords = collectCueWords(Language.EN);
    // Longest first, so that 多少个 goes whole rather than 多少 leaving 个.
    this.zhCuesLongestFirst =
        zhCueWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** Loads the bundled lexicons: the general layer. */
  public static QueryAnalyzer withBundledLexicons() {
    return new QueryAnalyzer(BilingualLexicon.load(), SynonymLexicon.load(), CueLexicon.load());
  }

  /** The bundled lexicons with the general language resources. */
  public static QueryAnalyzer withBundledLexicons(LanguageResources resources) {
    return new QueryAnalyzer(
        BilingualLexicon.load(), SynonymLexicon.load(), CueLexicon.load(), resources);
  }

  /** The same analyzer reading with other lexicon layers (those of the loaded reports). */
  public QueryAnalyzer withLexicons(Lexicons lexicons) {
    return new QueryAnalyzer(
        lexicons.bilingual(), lexicons.synonyms(), cues, resources, lexicons.places());
  }

  /** HanLP and ECDICT, as this analyzer reads with them. */
  public LanguageResources resources() {
    return resources;
  }

  public BilingualLexicon bilingual() {
    return bilingual;
  }

  public SynonymLexicon synonyms() {
    return synonyms;
  }

  public CueLexicon cues() {
    return cues;
  }

  /** All cue words of a language that are cut out of questions (目标, 增幅, 哪些 …). */
  public Set<String> cueWords(Language language) {
    return language == Language.ZH ? zhCueWords : enCueWords;
  }

  private Set<String> collectCueWords(Language language) {
    Set<String> words = new LinkedHashSet<>();
    for (Category c : Category.values()) {
      if (c.stripped()) {
        words.addAll(cues.words(language, c));
      }
    }
    return java.util.Collections.unmodifiableSet(words);
  }

  /** Categories whose cue says a piece of a Chinese question asks for something. */
  private static final List<Category> ASKING =
      List.of(
          Category.AMOUNT,
          Category.GROWTH,
          Category.RANK,
          Category.PERSON,
          Category.TIME,
          Category.LIST,
          Category.YESNO);

  /** Whether a piece of a Chinese question asks for something: 多少, 第几, 哪些, 谁, 吗 … */
  public boolean asksSomething(String text) {
    return ASKING.stream().anyMatch(c -> !cues.findZh(text, c).isEmpty());
  }

  /** Analyzes a question; never fails on odd text, at worst it finds no subject. */
  public AnalyzedQuery analyze(String question) {
    String text = Normalizer.normalize(question.strip(), Normalizer.Form.NFKC);
    if (Language.of(text) == Language.EN) {
      return analyzeEnglish(question, text);
    }
    return analyzeChinese(question, withoutPreface(resources.simplified(text)));
  }

  /**
   * The question without a preface that asks for it ("麻烦查一下，开会要用：今年…"): what follows the last
   * colon, when it reads as a question of its own.
   */
  String withoutPreface(String text) {
    int colon = Math.max(text.lastIndexOf('：'), text.lastIndexOf(':'));
    if (colon >= 0) {
      String rest = text.substring(colon + 1).strip();
      if (isQuestion(rest)) {
        return rest;
      }
    }
    // "帮我查一下，去年…": a first clause made only of the words a request is put with.
    int comma = text.indexOf('，') >= 0 ? text.indexOf('，') : text.indexOf(',');
    if (comma > 0) {
      String rest = text.substring(comma + 1).strip();
      if (isQuestion(rest) && onlyRequestWords(text.substring(0, comma).strip())) {
        return rest;
      }
    }
    return text;
  }

  private static boolean isQuestion(String text) {
    return text.codePoints().filter(Language::isHanCodePoint).count() >= MIN_QUESTION_HAN;
  }

  /**
   * Whether a clause is made only of request words ({@code zh.request}: 帮我查一下, 请问, 麻烦您), read
   * longest word first from its start.
   */
  private boolean onlyRequestWords(String clause) {
    List<String> words = cues.words(Language.ZH, Category.REQUEST); // longest first
    int at = 0;
    outer:
    while (at < clause.length()) {
      for (String w : words) {
        if (clause.startsWith(w, at)) {
          at += w.length();
          continue outer;
        }
      }
      return false;
    }
    return !clause.isEmpty();
  }

  /** Pronouns that stand for the previous question's subject, in lower case as typed. */
  private static final Pattern PRONOUN_EN = Pattern.compile("\\b(it|its|they|them|their)\\b");

  /** Chinese words that stand for something said before (它的增速, 其中, 该项目). */
  private static final Pattern PRONOUN_ZH = Pattern.compile("它|它们|其|该|这个|那个");

  /**
   * Whether a question points back to something said before, by a pronoun or by opening as a
   * follow-up ("它的同比增速是多少？", "And the target?", "那…呢"): without a turn before it names nothing.
   */
  public boolean pointsBack(AnalyzedQuery query) {
    if (query.language() == Language.EN) {
      return usesPronoun(query)
          || cues.startsEn(EnglishWords.tokens(query.text()), Category.FOLLOWUP);
    }
    return usesPronoun(query)
        || query.text().startsWith("那")
        || cues.startsZh(query.text(), Category.FOLLOWUP);
  }

  /**
   * Whether a question stands a pronoun for something said before ("它的增速", "its growth"): its
   * subject is the previous one's, whatever else it names.
   */
  public boolean usesPronoun(AnalyzedQuery query) {
    return query.language() == Language.EN
        ? PRONOUN_EN.matcher(query.question()).find()
        : PRONOUN_ZH.matcher(query.text()).find();
  }

  /** A term made only of Chinese numerals (十, 两, 三十). */
  private static final Pattern CHINESE_NUMERAL = Pattern.compile("[一二三四五六七八九十两百]+");

  /** A question after a preface has at least this many Chinese characters. */
  static final int MIN_QUESTION_HAN = 4;

  /** A residue of the subject longer than this is cut into words by HanLP. */
  static final int SEGMENT_ABOVE = 4;

  private AnalyzedQuery analyzeChinese(String question, String text) {
    // Cut punctuation, cue and stop words out, leaving spaces so that no bigram spans a cut; a
    // point inside a name or number stays (PM2.5, 12.5).
    String subject = " " + text.replaceAll(PUNCTUATION, " ") + " ";
    // "亿元以上的有几个": a unit with 以上 is a class of things, a subject, though 亿元 alone is a stop
    // word; keep it whole before the cue and stop words are cut.
    List<String> thresholds = THRESHOLD.matcher(subject).results().map(MatchResult::group).toList();
    subject = THRESHOLD.matcher(subject).replaceAll(" ");
    subject = TIME_SPAN_ZH.matcher(subject).replaceAll(" ");
    for (String w : zhCuesLongestFirst) {
      subject = subject.replace(w, " ");
    }
    List<String> terms = splitTerms(subject);
    // "十方面" counts the items asked for: a Chinese numeral left alone names nothing.
    terms.removeIf(t -> CHINESE_NUMERAL.matcher(t).matches());
    terms.addAll(thresholds);
    boolean opensAsFollowUp = cues.startsZh(text, Category.FOLLOWUP);
    boolean leans = opensAsFollowUp || terms.stream().allMatch(t -> t.length() < 2);
    Measure measure = measureZh(text);
    return build(
        question,
        text,
        Language.ZH,
        cues.findZh(text, Category.YESNO).isEmpty() && !opensAsFollowUp
            ? asksFigure(intentZh(text), measure)
            : intentZh(text),
        frame(
            !cues.findZh(text, Category.TARGET).isEmpty(),
            !cues.findZh(text, Category.ACHIEVED).isEmpty()),
        measure,
        timeZh(text),
        leans,
        terms,
        List.of(),
        List.of(),
        text);
  }

  private AnalyzedQuery analyzeEnglish(String question, String text) {
    Set<String> stop = new LinkedHashSet<>(cues.words(Language.EN, Category.STOP));
    Set<String> cueWords = new LinkedHashSet<>();
    for (Category c : Category.values()) {
      if (c.stripped() && c != Category.STOP) {
        cueWords.addAll(cues.words(Language.EN, c));
      }
    }
    List<AnalyzedQuery.Translation> translations = new ArrayList<>();
    List<String> tokens = corrected(EnglishWords.tokens(text), stop, cueWords);
    List<String> unknown = new ArrayList<>();
    List<String> terms = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int askPhrase = askPhraseAt(tokens, i);
      if (askPhrase > 0) {
        i += askPhrase; // "where did that put", "later this year": how to answer, not what
        continue;
      }
      Lookup hit = longestMatch(tokens, i, stop, cueWords);
      // A phrase the dictionary knows whole and longer than the lexicon's word ("consumer goods"
      // → 消费品, where the lexicon knows "consumer" alone) is the sense meant.
      java.util.Optional<AnalyzedQuery.Translation> phrase =
          hit == null ? java.util.Optional.empty() : dictionaryPhrase(tokens, i, stop);
      if (phrase.isPresent() && phrase.get().english().split(" ").length > hit.length()) {
        translations.add(phrase.get());
        terms.add(phrase.get().chinese().get(0));
        i += phrase.get().english().split(" ").length;
        continue;
      }
      if (hit != null) {
        // "so far this year" → 今年以来 names the period, not the subject.
        if (!isChineseCue(hit.chinese().get(0))) {
          translations.add(
              new AnalyzedQuery.Translation(
                  hit.term(),
                  hit.chinese(),
                  bilingual.isFunctionWord(hit.term()),
                  AnalyzedQuery.Translation.LEXICON));
          terms.add(hit.chinese().get(0));
        }
        i += hit.length();
        continue;
      }
      int place = placeAt(tokens, i, translations, terms);
      if (place > 0) {
        i += place;
        continue;
      }
      String token = tokens.get(i);
      if (token.matches(YEAR)) {
        i++;
        continue;
      }
      if (token.chars().anyMatch(Character::isDigit)) {
        if (!isCue(token, cueWords)) {
          terms.add(token); // "5G", "PM2.5"; not "H1", a cue for the first half
        }
      } else if (!isCue(token, cueWords) && (token.indexOf('-') > 0 || !stop.contains(token))) {
        java.util.Optional<AnalyzedQuery.Translation> looked = dictionary(tokens, i, stop);
        if (looked.isPresent()) {
          translations.add(looked.get());
          terms.add(looked.get().chinese().get(0));
          i += looked.get().english().split(" ").length;
          continue;
        }
        if (token.indexOf('-') > 0) {
          // A hyphenated word neither the lexicon nor the dictionary knows whole ("sub-centre" is
          // known as 副中心): its parts may be known ("health-related").
          tokens.remove(i);
          tokens.addAll(i, List.of(token.split("-+")));
          continue;
        }
        if (!isEverydayWord(token)) {
          // An everyday word the lexicon lacks ("big", "stay", "plus") says how a question is put;
          // only a rarer word is a subject the report may not speak of.
          unknown.add(token);
        }
      }
      i++;
    }
    // Chinese written into an English question is already the report's own word.
    Matcher han = HAN_RUN.matcher(text);
    while (han.find()) {
      terms.add(han.group());
    }
    boolean opensAsFollowUp = cues.startsEn(tokens, Category.FOLLOWUP);
    // "How much did it handle?": a pronoun standing for the thing asked about leans on the turn
    // before wherever it stands. Matched as written, so that "IT jobs" is not "it".
    boolean pronoun = PRONOUN_EN.matcher(question).find();
    boolean leans = opensAsFollowUp || terms.isEmpty() || pronoun;
    Measure measure = measureEn(tokens);
    Intent asked = intentEn(tokens);
    Frame frame =
        frame(
            !cues.findEn(tokens, Category.TARGET).isEmpty(),
            !cues.findEn(tokens, Category.ACHIEVED).isEmpty());
    TimeReference time = timeEn(text, tokens);
    return build(
        question,
        text,
        Language.EN,
        cues.startsEn(tokens, Category.YESNO)
            ? Intent.FACT
            : opensAsFollowUp ? asked : asksFigure(asked, measure),
        frame,
        measure,
        time,
        leans,
        terms,
        translations,
        unknown,
        chineseGist(time, terms, asked, frame));
  }

  /**
   * What an English question asks, in the report's Chinese, for the dense ranker: its time, its
   * subject's translations, and a word for a rate of change or a target ("What is the foreign trade
   * growth target this year?" → 今年 外贸 增长 目标). A Chinese question is embedded as it is written; the
   * translated words alone missed the passages of the period and kind asked.
   */
  public static String chineseGist(
      TimeReference time, List<String> terms, Intent intent, Frame frame) {
    List<String> words = new ArrayList<>();
    if (time.year() > 0) {
      words.add(time.year() + "年");
    }
    for (TimeReference.Word w : time.words()) {
      String zh = TIME_WORDS_ZH.get(w);
      if (zh != null) {
        words.add(zh);
      }
    }
    words.addAll(terms);
    if (intent == Intent.GROWTH) {
      words.add("增长");
    }
    if (frame == Frame.TARGET) {
      words.add("目标");
    }
    return String.join(" ", words);
  }

  private static final Map<TimeReference.Word, String> TIME_WORDS_ZH =
      Map.of(
          TimeReference.Word.LAST_YEAR, "去年",
          TimeReference.Word.YEAR_BEFORE_LAST, "前年",
          TimeReference.Word.THIS_YEAR, "今年",
          TimeReference.Word.NEXT_YEAR, "明年",
          TimeReference.Word.FIRST_HALF, "上半年",
          TimeReference.Word.SECOND_HALF, "下半年",
          TimeReference.Word.FULL_YEAR, "全年",
          TimeReference.Word.PAST_FIVE_YEARS, "过去五年");

  /**
   * A place the reports name, written in pinyin ("changchun", "changchun city"), at token {@code
   * from}: its translation is added and the number of tokens it takes returned; 0 when none.
   */
  private int placeAt(
      List<String> tokens,
      int from,
      List<AnalyzedQuery.Translation> translations,
      List<String> terms) {
    if (!tokens.get(from).chars().allMatch(c -> c >= 'a' && c <= 'z')) {
      return 0;
    }
    BilingualLexicon names = places.get();
    for (int len = Math.min(2, tokens.size() - from); len >= 1; len--) {
      String term = String.join(" ", tokens.subList(from, from + len));
      List<String> zh = names.chinese(term);
      if (!zh.isEmpty()) {
        translations.add(new AnalyzedQuery.Translation(term, zh, false, PlaceNames.SOURCE));
        terms.add(zh.get(0));
        return len;
      }
    }
    return 0;
  }

  /**
   * The question's words with misspellings put right before any lookup, so that a misspelt word
   * still joins the lexicon's phrases ("science and techology"). A word is corrected only when
   * neither the hand lexicon, the cue lists nor ECDICT's common words know it, and the correction
   * is one the hand lexicon or the cue lists know; the translation then names the corrected term.
   */
  private List<String> corrected(List<String> words, Set<String> stop, Set<String> cueWords) {
    List<String> tokens = new ArrayList<>(words);
    if (resources.english().isEmpty()) {
      return tokens;
    }
    dev.reportqa.nlp.EnglishChineseDictionary dict = resources.english().get();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.length() < 4
          || !token.chars().allMatch(Character::isLetter)
          || stop.contains(token)
          || isCue(token, cueWords)
          || knownToLexicon(token)
          || dict.isCommonWord(token)
          || !places.get().chinese(token).isEmpty()) {
        continue;
      }
      for (String correction : dict.corrections(token)) {
        if (knownToLexicon(correction) || isCue(correction, cueWords)) {
          tokens.set(i, correction);
          break;
        }
      }
    }
    return tokens;
  }

  private boolean knownToLexicon(String word) {
    for (String form : EnglishWords.baseForms(word)) {
      if (!bilingual.chinese(form).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words this frequent (by ECDICT's corpus rank) are not looked up in the dictionary: "investment"
   * ranks about 800, "exit" about 2,000, "throughput" tens of thousands. The hand lexicon holds the
   * everyday words a report uses; the dictionary only fills the long tail.
   */
  static final int EVERYDAY_RANK = 3000;

  /**
   * Whether ECDICT ranks a word among the {@value #EVERYDAY_RANK} most frequent; "produced" is as
   * everyday as "produce", so an inflection ranks with its base form. False without ECDICT.
   */
  private boolean isEverydayWord(String word) {
    if (resources.english().isEmpty()) {
      return false;
    }
    dev.reportqa.nlp.EnglishChineseDictionary dict = resources.english().get();
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(word), dict.baseForm(word).stream())
        .map(dict::frequencyRank)
        .anyMatch(r -> r.isPresent() && r.getAsInt() <= EVERYDAY_RANK);
  }

  /** Shorter words are not looked up in the dictionary. */
  static final int MIN_DICTIONARY_WORD = 3;

  /** At most this many of a dictionary entry's translations are tried: the likeliest senses. */
  static final int MAX_DICTIONARY_SENSES = 6;

  /** The dictionary's longest phrase of two words or more at a token, not ending in a stop word. */
  private java.util.Optional<AnalyzedQuery.Translation> dictionaryPhrase(
      List<String> tokens, int from, Set<String> stop) {
    if (resources.english().isEmpty()) {
      return java.util.Optional.empty();
    }
    dev.reportqa.nlp.EnglishChineseDictionary dict = resources.english().get();
    java.util.Optional<dev.reportqa.nlp.PhraseMatch> phrase = dict.longestMatch(tokens, from);
    if (phrase.isPresent()
        && phrase.get().length() > 1
        && !stop.contains(tokens.get(phrase.get().end() - 1))) {
      List<String> zh = chineseSenses(phrase.get().translations());
      if (!zh.isEmpty()) {
        return java.util.Optional.of(
            new AnalyzedQuery.Translation(phrase.get().phrase(), zh, false, dict.name()));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * A word or phrase the hand lexicon does not know, looked up in ECDICT: the longest phrase from
   * the token ("container throughput"), else the word, its base form, or for a misspelt word
   * ("vehicels") its likeliest correction. Only translations that are Chinese words are kept.
   */
  private java.util.Optional<AnalyzedQuery.Translation> dictionary(
      List<String> tokens, int from, Set<String> stop) {
    if (resources.english().isEmpty()) {
      return java.util.Optional.empty();
    }
    java.util.Optional<AnalyzedQuery.Translation> phrase = dictionaryPhrase(tokens, from, stop);
    if (phrase.isPresent()) {
      return phrase;
    }
    dev.reportqa.nlp.EnglishChineseDictionary dict = resources.english().get();
    String word = tokens.get(from);
    if (word.length() < MIN_DICTIONARY_WORD) {
      return java.util.Optional.empty(); // "r", "d", "it": letters and pronouns, not subjects
    }
    if (isEverydayWord(word)) {
      // "name", "sign", "plan": everyday words say how a question is put; a report's own everyday
      // words are in the hand lexicon. Their many senses would only blur the subject.
      return java.util.Optional.empty();
    }
    List<String> zh = chineseSenses(dict.translations(word));
    String source = dict.name();
    if (zh.isEmpty()) {
      java.util.Optional<String> base = dict.baseForm(word);
      if (base.isPresent()) {
        zh = chineseSenses(dict.translations(base.get()));
      }
    }
    if (zh.isEmpty()) {
      for (String corrected : dict.corrections(word)) {
        zh = chineseSenses(dict.translations(corrected));
        if (zh.isEmpty()) {
          zh = dict.baseForm(corrected).map(b -> chineseSenses(dict.translations(b))).orElse(zh);
        }
        if (!zh.isEmpty()) {
          source = dict.name() + ", read as \"" + corrected + "\"";
          break;
        }
      }
    }
    return zh.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(new AnalyzedQuery.Translation(word, zh, false, source));
  }

  private static List<String> chineseSenses(List<String> translations) {
    return translations.stream()
        .filter(t -> t.length() >= 2 && t.codePoints().allMatch(Language::isHanCodePoint))
        .distinct()
        .limit(MAX_DICTIONARY_SENSES)
        .toList();
  }

  /**
   * Builds the analysis of a question from its parts: the search text follows from the subject
   * words, their synonyms and translations, and the period and intent.
   *
   * @param denseText the text embedded for the dense ranker; the subject words when blank
   */
  public AnalyzedQuery build(
      String question,
      String text,
      Language language,
      Intent intent,
      Frame frame,
      Measure measure,
      TimeReference time,
      boolean leansOnPrevious,
      List<String> terms,
      List<AnalyzedQuery.Translation> translations,
      List<String> unknown,
      String denseText) {
    terms = economyAsOutput(terms, intent);
    List<WeightedText> lexical = new ArrayList<>();
    for (String t : terms) {
      lexical.add(new WeightedText(t, SUBJECT_WEIGHT));
    }
    for (AnalyzedQuery.Translation t : translations) {
      for (String zh : t.chinese().subList(1, t.chinese().size())) {
        lexical.add(new WeightedText(zh, VARIANT_WEIGHT));
      }
    }
    Set<String> canonical = new LinkedHashSet<>();
    for (SynonymLexicon.Match m : synonyms.find(String.join(" ", terms))) {
      for (String variant : m.group()) {
        if (!variant.equals(m.term())) {
          lexical.add(new WeightedText(variant, VARIANT_WEIGHT));
        }
      }
      canonical.add(m.group().get(0));
    }
    switch (frame) {
      case TARGET -> lexical.add(new WeightedText("力争 确保 全年", CUE_WEIGHT));
      case ACHIEVED -> lexical.add(new WeightedText("上半年 今年以来 累计 实现 完成", CUE_WEIGHT));
      case UNSPECIFIED -> {}
    }
    if (intent == Intent.GROWTH) {
      lexical.add(new WeightedText("增长 同比", CUE_WEIGHT));
    }
    if (intent == Intent.RANK) {
      lexical.add(new WeightedText(RANK_CUES, CUE_WEIGHT));
    }
    String dense = denseText.isBlank() ? String.join(" ", terms) : denseText;
    for (String c : canonical) {
      if (!dense.contains(c)) {
        dense = dense + " " + c;
      }
    }
    return new AnalyzedQuery(
        question,
        text,
        language,
        intent,
        frame,
        measure,
        time,
        leansOnPrevious,
        terms,
        lexical,
        dense.isBlank() ? question : dense,
        translations,
        unknown);
  }

  /** The economy as a subject on its own ("How fast did the economy grow?", 经济增长多少). */
  static final String ECONOMY = "经济";

  /**
   * The economy asked for its growth or its size is its output: a report writes "地区生产总值增长N%", and
   * 经济增长 and 经济总量 are in the synonym group of 地区生产总值. A qualified economy (民营经济, 县域经济) is another
   * subject and stays.
   */
  static List<String> economyAsOutput(List<String> terms, Intent intent) {
    if (!terms.contains(ECONOMY) || (intent != Intent.GROWTH && intent != Intent.AMOUNT)) {
      return terms;
    }
    String output = intent == Intent.GROWTH ? "经济增长" : "经济总量";
    return terms.stream().map(t -> t.equals(ECONOMY) ? output : t).toList();
  }

  /**
   * "What is the population?" asks for a figure though it has no 多少 or "how many": a question that
   * names the kind of figure it expects is an amount question. Not applied to a question that opens
   * as a follow-up ("那税收呢？"): it names a new subject and keeps the previous question's ask (its
   * growth, say).
   */
  private static Intent asksFigure(Intent intent, Measure measure) {
    return intent == Intent.FACT && measure != Measure.ANY ? Intent.AMOUNT : intent;
  }

  /** Whether a Chinese word is itself a cue (今年以来, 全年, 目标) rather than a subject. */
  private boolean isChineseCue(String chinese) {
    for (Category c : Category.values()) {
      if (c.stripped() && cues.words(Language.ZH, c).contains(chinese)) {
        return true;
      }
    }
    return false;
  }

  private boolean isCue(String token, Set<String> cueWords) {
    for (String form : EnglishWords.baseForms(token)) {
      if (cueWords.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest lexicon term starting at token {@code from}. Stop and cue words are not looked up
   * on their own ("first", "target"), only inside longer terms ("first half" is a cue anyway).
   */
  private Lookup longestMatch(
      List<String> tokens, int from, Set<String> stop, Set<String> cueWords) {
    int max = Math.min(bilingual.longestTerm(), tokens.size() - from);
    for (int len = max; len >= 1; len--) {
      if (len == 1 && (stop.contains(tokens.get(from)) || isCue(tokens.get(from), cueWords))) {
        return null;
      }
      List<String> head = tokens.subList(from, from + len - 1);
      String prefix = head.isEmpty() ? "" : String.join(" ", head) + " ";
      for (String last : EnglishWords.baseForms(tokens.get(from + len - 1))) {
        String term = prefix + last;
        List<String> zh = bilingual.chinese(term);
        if (zh.isEmpty() && term.contains("-")) {
          zh = bilingual.chinese(term.replace('-', ' '));
        }
        if (!zh.isEmpty() && !(len > 1 && cueWords.contains(term))) {
          return new Lookup(term, zh, len);
        }
      }
    }
    return null;
  }

  private record Lookup(String term, List<String> chinese, int length) {}

  /** The time a Chinese question names: relative words, a year, a plan period. */
  TimeReference timeZh(String text) {
    java.util.Set<TimeReference.Word> words = java.util.EnumSet.noneOf(TimeReference.Word.class);
    TIME_WORDS.forEach(
        (category, word) -> {
          if (!cues.findZh(text, category).isEmpty()) {
            words.add(word);
          }
        });
    Matcher y = YEAR_ZH.matcher(text);
    Matcher p = PLAN_ZH.matcher(text);
    int plan = p.find() ? 10 + (p.group(1).isEmpty() ? 0 : "一二三四五六七八九".indexOf(p.group(1)) + 1) : 0;
    return new TimeReference(words, y.find() ? Integer.parseInt(y.group(1)) : 0, plan);
  }

  /** The time an English question names. */
  TimeReference timeEn(String text, List<String> tokens) {
    java.util.Set<TimeReference.Word> words = java.util.EnumSet.noneOf(TimeReference.Word.class);
    TIME_WORDS.forEach(
        (category, word) -> {
          if (!cues.findEn(tokens, category).isEmpty()) {
            words.add(word);
          }
        });
    int year = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).matches(YEAR) && (i == 0 || !BASE_OF_YEAR.contains(tokens.get(i - 1)))) {
        year = Integer.parseInt(tokens.get(i));
        break;
      }
    }
    Matcher p = PLAN_EN.matcher(text.toLowerCase(java.util.Locale.ROOT));
    int plan = p.find() ? Integer.parseInt(p.group(1)) : 0;
    if (plan > 0) {
      words.remove(TimeReference.Word.PAST_FIVE_YEARS);
    }
    return new TimeReference(words, year, plan);
  }

  private static Frame frame(boolean target, boolean achieved) {
    return target ? Frame.TARGET : achieved ? Frame.ACHIEVED : Frame.UNSPECIFIED;
  }

  /** Measures named as the thing a question is about, not as counting or a share. */
  private static final List<Category> HEAD_MEASURES =
      List.of(Category.PEOPLE, Category.AREA, Category.MONEY);

  /**
   * The kind of figure expected: counting words first ("几个项目" counts even when 投资 is named), then a
   * rate, then the measure word at the head of the phrase — last in Chinese (户籍人口参保率), first in
   * English ("income of residents").
   */
  private Measure measureZh(String text) {
    if (!cues.findZh(text, Category.COUNT).isEmpty()) {
      return Measure.COUNT;
    }
    if (!cues.findZh(text, Category.RATE).isEmpty()) {
      return Measure.RATE;
    }
    Measure best = Measure.ANY;
    int at = -1;
    for (Category c : HEAD_MEASURES) {
      for (String w : cues.words(Language.ZH, c)) {
        for (int p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1)) {
          if (p > at && isHead(text, p + w.length())) {
            at = p;
            best = measureOf(c);
          }
        }
      }
    }
    return best;
  }

  /**
   * Whether a measure word ending at {@code end} heads its phrase: nothing of the phrase follows
   * but cue words ("旅游收入是多少" — yes; "低收入农户" — no, 农户 is the head).
   */
  private boolean isHead(String text, int end) {
    if (end >= text.length() || !Language.isHan(text.charAt(end))) {
      return true;
    }
    String rest = text.substring(end);
    for (String cue : cueWords(Language.ZH)) {
      if (rest.startsWith(cue)) {
        return true;
      }
    }
    return false;
  }

  private Measure measureEn(List<String> tokens) {
    if (!cues.findEn(tokens, Category.COUNT).isEmpty()) {
      return Measure.COUNT;
    }
    if (!cues.findEn(tokens, Category.RATE).isEmpty()) {
      return Measure.RATE;
    }
    Measure best = Measure.ANY;
    int at = Integer.MAX_VALUE;
    for (Category c : HEAD_MEASURES) {
      int p = cues.positionEn(tokens, c);
      if (p >= 0 && p < at) {
        at = p;
        best = measureOf(c);
      }
    }
    return best;
  }

  private static Measure measureOf(Category c) {
    return switch (c) {
      case PEOPLE -> Measure.PEOPLE;
      case AREA -> Measure.AREA;
      default -> Measure.MONEY;
    };
  }

  private Intent intentZh(String text) {
    boolean list = !cues.findZh(text, Category.LIST).isEmpty();
    if (!cues.findZh(text, Category.PERSON).isEmpty()) {
      return Intent.PERSON;
    }
    if (!cues.findZh(text, Category.YESNO).isEmpty() && !list) {
      return Intent.FACT;
    }
    if (!cues.findZh(text, Category.TIME).isEmpty()) {
      return Intent.TIME;
    }
    if (list) {
      return Intent.LIST;
    }
    if (!cues.findZh(text, Category.RANK).isEmpty()) {
      return Intent.RANK;
    }
    if (!cues.findZh(text, Category.GROWTH).isEmpty()) {
      return Intent.GROWTH;
    }
    if (!cues.findZh(text, Category.AMOUNT).isEmpty()) {
      return Intent.AMOUNT;
    }
    return Intent.FACT;
  }

  /**
   * English intent. A question opening with an auxiliary ("Did fires go down?") asks yes or no; one
   * opening with "which" or "what are" asks for a list even when it names growth ("What are the
   * industries Xitang wants to grow?").
   */
  private Intent intentEn(List<String> tokens) {
    if (!cues.findEn(tokens, Category.PERSON).isEmpty()) {
      return Intent.PERSON;
    }
    if (cues.startsEn(tokens, Category.YESNO)) {
      return Intent.FACT;
    }
    if (asksTimeEn(tokens)) {
      return Intent.TIME;
    }
    if (!cues.findEn(tokens, Category.RANK).isEmpty()) {
      return Intent.RANK;
    }
    if (cues.startsEn(tokens, Category.LIST) && !asksWhatOfFigure(tokens)) {
      return Intent.LIST;
    }
    if (!cues.findEn(tokens, Category.GROWTH).isEmpty()) {
      return Intent.GROWTH;
    }
    if (!cues.findEn(tokens, Category.AMOUNT).isEmpty()) {
      return Intent.AMOUNT;
    }
    if (!cues.findEn(tokens, Category.LIST).isEmpty() && !asksWhatOfFigure(tokens)) {
      return Intent.LIST;
    }
    return Intent.FACT;
  }

  /**
   * Subject pronouns: after "what are" they make "what" the object ("what are they aiming for").
   */
  private static final Set<String> SUBJECT_PRONOUNS =
      Set.of("they", "we", "you", "it", "he", "she", "those", "these");

  /**
   * Whether a question opening "what are / what were" asks for a figure rather than a list: its
   * "what" is the object of a pronoun ("What are they aiming for this year?"), or it names an
   * amount ("What were total retail sales?"). "Which", "list" and "name the" still ask for a list,
   * and so does "what are" with a word of growth ("What are the industries it wants to grow?").
   */
  private boolean asksWhatOfFigure(List<String> tokens) {
    if (tokens.size() < 2
        || !tokens.get(0).equals("what")
        || !(tokens.get(1).equals("are") || tokens.get(1).equals("were"))) {
      return false;
    }
    return (tokens.size() > 2 && SUBJECT_PRONOUNS.contains(tokens.get(2)))
        || !cues.findEn(tokens, Category.AMOUNT).isEmpty();
  }

  /**
   * Cues whose phrases say only what kind of answer or which period is wanted. Not list cues ("what
   * projects") nor measures ("export value"): their phrases hold the subject.
   */
  private static final List<Category> ASK_PHRASES =
      List.of(
          Category.TARGET,
          Category.ACHIEVED,
          Category.LASTYEAR,
          Category.YEARBEFORELAST,
          Category.THISYEAR,
          Category.NEXTYEAR,
          Category.FIRSTHALF,
          Category.SECONDHALF,
          Category.FULLYEAR,
          Category.PASTFIVE,
          Category.NEXTFIVE,
          Category.AMOUNT,
          Category.COUNT,
          Category.GROWTH,
          Category.RANK,
          Category.TIME,
          Category.FOLLOWUP);

  /**
   * The length in tokens of a cue phrase starting at {@code from} ("where does it stand", "within
   * the county", "later this year", "how fast"), or 0. Their words name no subject: left in, "put"
   * or "later" would read as a subject the report lacks.
   */
  private int askPhraseAt(List<String> tokens, int from) {
    int longest = 0;
    for (Category c : ASK_PHRASES) {
      longest = Math.max(longest, cues.phraseLengthEn(tokens, from, c));
    }
    return longest;
  }

  /**
   * "When will …?" asks for a time; "When it comes to …, how much …?" does not. A one-word time cue
   * counts where it opens the question before an auxiliary ("when did", "when will"), a phrase
   * ("what date") anywhere.
   */
  private boolean asksTimeEn(List<String> tokens) {
    boolean opens =
        cues.startsEn(tokens, Category.TIME)
            && tokens.size() > 1
            && cues.words(Language.EN, Category.YESNO).contains(tokens.get(1));
    return opens || cues.findEn(tokens, Category.TIME).stream().anyMatch(w -> w.contains(" "));
  }

  /**
   * The words of a subject residue that name things, for a residue the report does not use as it
   * stands. HanLP cuts it into words; function words (particles, prepositions, conjunctions) split
   * it, and at its two ends the words questions are put with go too (有, 是, 要, 搞, 帮, and pronouns,
   * adverbs and measure words of one character), which inside a name stay (户均年收入). "有多少人参加技能培训" →
   * 人参加技能培训. A residue of at most {@value #SEGMENT_ABOVE} characters, or without HanLP, comes back
   * as it is.
   */
  public List<String> contentWords(String term) {
    if (resources.chinese().isEmpty() || !HAN_RUN.matcher(term).find()) {
      return List.of(term);
    }
    // A short name with an asking verb at an end ("农业产值有") needs no segmenter: the verb list
    // says it, and a one-shot question does not wait for HanLP's dictionaries to load.
    String name = term;
    Set<String> asking = new java.util.HashSet<>(cues.words(Language.ZH, Category.ASKINGVERB));
    while (name.length() > 2 && asking.contains(name.substring(name.length() - 1))) {
      name = name.substring(0, name.length() - 1);
    }
    while (name.length() > 2 && asking.contains(name.substring(0, 1))) {
      name = name.substring(1);
    }
    if (!name.equals(term) && name.length() <= SEGMENT_ABOVE) {
      return List.of(name);
    }
    List<dev.reportqa.nlp.Token> tokens = new ArrayList<>(resources.chinese().get().segment(term));
    while (!tokens.isEmpty() && isEdgeWord(tokens, 0, 1)) {
      tokens.remove(0);
    }
    while (!tokens.isEmpty() && isEdgeWord(tokens, tokens.size() - 1, tokens.size() - 2)) {
      tokens.remove(tokens.size() - 1);
    }
    if (term.length() <= SEGMENT_ABOVE) {
      // A short residue is one name with at most a word of asking at its ends ("CPI定", "进出口要").
      String core =
          tokens.stream()
              .map(dev.reportqa.nlp.Token::word)
              .collect(java.util.stream.Collectors.joining());
      return List.of(core.length() >= 2 ? core : term);
    }
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (dev.reportqa.nlp.Token t : tokens) {
      if (FUNCTION_TAG.matcher(t.tag()).matches()) {
        if (run.length() > 0) {
          out.add(run.toString());
          run.setLength(0);
        }
      } else {
        run.append(t.word());
      }
    }
    if (run.length() > 0) {
      out.add(run.toString());
    }
    return out.isEmpty() ? List.of(term) : out;
  }

  /**
   * Whether a Chinese question's subject words are only verbs and words that name nothing ("建成",
   * "完成了"): it says what was done, not to what. False for English, without HanLP, or without
   * subject words.
   */
  public boolean namesOnlyActions(AnalyzedQuery query) {
    if (query.language() != Language.ZH
        || resources.chinese().isEmpty()
        || query.subjectTerms().isEmpty()) {
      return false;
    }
    for (String term : query.subjectTerms()) {
      for (dev.reportqa.nlp.Token t : resources.chinese().get().segment(term)) {
        boolean action = t.tag().startsWith("v") && !t.tag().startsWith("vn");
        if (!action && !FUNCTION_TAG.matcher(t.tag()).matches() && !isEdgeWord(List.of(t), 0, -1)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Parts of speech that name nothing (PKU tags: particles, prepositions, conjunctions …). */
  private static final Pattern FUNCTION_TAG = Pattern.compile("^(u|p|c|y|e|o|w|vshi|vyou).*");

  /** Tags that name nothing in a word of one character (他, 就, 个, 里). */
  private static final Pattern SHORT_FUNCTION_TAG = Pattern.compile("^(r|d|q|f|m).*");

  /** Whether a word at the edge of a residue is how the question is put, not what it names. */
  private boolean isEdgeWord(List<dev.reportqa.nlp.Token> tokens, int at, int inner) {
    dev.reportqa.nlp.Token t = tokens.get(at);
    // A lone verb of one character at the edge is how the question is put ("CPI定", "重大工程投");
    // two of them side by side are more likely a word HanLP split (获评 → 获 评).
    boolean loneVerb =
        t.word().length() == 1
            && t.tag().startsWith("v")
            && !(inner >= 0
                && inner < tokens.size()
                && tokens.get(inner).word().length() == 1
                && tokens.get(inner).tag().startsWith("v")
                && !cues.words(Language.ZH, Category.ASKINGVERB)
                    .contains(tokens.get(inner).word()));
    return FUNCTION_TAG.matcher(t.tag()).matches()
        || (t.word().length() == 1 && SHORT_FUNCTION_TAG.matcher(t.tag()).matches())
        || loneVerb
        || cues.words(Language.ZH, Category.ASKINGVERB).contains(t.word());
  }

  private static List<String> splitTerms(String text) {
    List<String> terms = new ArrayList<>();
    for (String t : text.trim().split("\\s+")) {
      if (!t.isBlank()) {
        terms.add(t);
      }
    }
    return terms;
  }
}
