package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.reportqa.query.BilingualLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real ECDICT (0.0.1), compiled once for the test JVM into a temporary cache ({@link
 * NlpTestCache}); the expectations are what its rows say.
 */
class EnglishChineseDictionaryTest {

  private final EnglishChineseDictionary dictionary = NlpTestCache.dictionary();

  private static List<String> tokens(String text) {
    return Arrays.asList(text.split(" "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fixed assets | 固定资产",
        "gross domestic product | 国内生产总值,国内总产值",
        "medical insurance | 医疗保险",
        "foreign trade | 对外贸易",
        "volume of trade | 贸易额",
        "sewage treatment | 污水处理法",
        "the elderly | 老年人,长者",
        "Subsidy | 补助金,津贴,补贴",
        "subsidies | 补贴,津贴,补助金",
        "investment | 投资,包埋料,围模料,包埋法,围模法"
      })
  void should_give_the_cleaned_chinese_words_in_dictionary_order_when_a_phrase_is_a_headword(
      String phrase, String expected) {
    // given a headword of ECDICT
    // when
    List<String> words = dictionary.translations(phrase);
    // then
    assertThat(words).containsExactly(expected.split(","));
  }

  @Test
  void should_give_nothing_when_the_phrase_is_not_a_headword() {
    // given phrases ECDICT does not list
    // when / then
    assertThat(dictionary.translations("elderly care beds")).isEmpty();
    assertThat(dictionary.translations("rural roads")).isEmpty();
    assertThat(dictionary.translations("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "subsidies, subsidy",
    "built, build",
    "roads, road",
    "beds, bed",
    "investments, investment", // no row of its own: from the exchange column of "investment"
    "children, child"
  })
  void should_give_the_base_form_when_the_word_is_an_inflection(String word, String base) {
    // given an inflected word
    // when
    Optional<String> found = dictionary.baseForm(word);
    // then
    assertThat(found).contains(base);
  }

  @Test
  void should_give_no_base_form_when_the_word_is_one_or_unknown() {
    // given / when / then
    assertThat(dictionary.baseForm("subsidy")).isEmpty();
    assertThat(dictionary.baseForm("xqztv")).isEmpty();
  }

  @Test
  void should_match_the_longest_phrase_first_when_reading_tokens() {
    // given
    List<String> tokens = tokens("what was the gross domestic product growth rate");
    // when
    Optional<PhraseMatch> match = dictionary.longestMatch(tokens, 3);
    // then
    assertThat(match)
        .contains(
            new PhraseMatch(
                3,
                6,
                "gross domestic product",
                List.of("国内生产总值", "国内总产值"),
                "ECDICT " + dictionary.version()));
    assertThat(dictionary.longestMatch(tokens, 8)).isEmpty();
  }

  @Test
  void should_find_useful_chinese_words_when_reading_phrases_the_dictionary_lists_only_in_parts() {
    // given four phrases of the issue, read as the question reader will: longest match, then the
    // base form of a word whose own row does not help
    // when / then: foreign trade volume → 对外贸易 + 容量; volume of trade is 贸易额
    assertThat(dictionary.longestMatch(tokens("foreign trade volume"), 0).orElseThrow())
        .extracting(PhraseMatch::end, PhraseMatch::translations)
        .containsExactly(2, List.of("对外贸易"));
    assertThat(dictionary.translations("volume")).contains("容量", "大量");
    // sewage treatment (plants) → 污水处理法; sewage alone → 污水
    assertThat(dictionary.longestMatch(tokens("sewage treatment plants"), 0).orElseThrow().end())
        .isEqualTo(2);
    assertThat(dictionary.translations("sewage")).containsExactly("脏水", "污水", "污物");
    // rural roads → 农村的, 乡村的 + road → 道路, 公路
    assertThat(dictionary.translations("rural")).contains("农村的", "乡村的");
    assertThat(dictionary.baseForm("roads").map(dictionary::translations).orElseThrow())
        .contains("道路", "公路");
    // elderly care beds → 照料 + bed → 床; "the elderly" → 老年人 (养老床位 is the hand lexicon's job)
    assertThat(dictionary.longestMatch(tokens("elderly care beds"), 1).orElseThrow().phrase())
        .isEqualTo("care");
    assertThat(dictionary.translations("care")).contains("照料");
    assertThat(dictionary.baseForm("beds").map(dictionary::translations).orElseThrow())
        .contains("床");
  }

  @Test
  void should_answer_from_the_hand_lexicon_first_when_layered_above_the_dictionary() {
    // given the project's hand lexicon over ECDICT, as the question reader will stack them
    BilingualLexicon hand = BilingualLexicon.load();
    LayeredLexicon layered =
        new LayeredLexicon(
            List.of(
                EnglishLexicon.of("hand lexicon", hand.longestTerm(), hand::chinese), dictionary));
    // when / then: the hand lexicon's words where it has the phrase, ECDICT's elsewhere
    assertThat(layered.translate("gdp").orElseThrow())
        .extracting(PhraseMatch::translations, PhraseMatch::source)
        .containsExactly(List.of("地区生产总值", "生产总值", "GDP", "经济总量"), "hand lexicon");
    assertThat(layered.translate("volume of trade").orElseThrow())
        .extracting(PhraseMatch::translations, PhraseMatch::source)
        .containsExactly(List.of("贸易额"), "ECDICT " + dictionary.version());
    assertThat(layered.longestMatch(tokens("fixed assets investment grew"), 0).orElseThrow())
        .extracting(PhraseMatch::end, PhraseMatch::source)
        .containsExactly(3, "hand lexicon");
  }

  @ParameterizedTest
  @CsvSource({
    "investmnet, investment",
    "goverment, government",
    "econmy, economy",
    "employmnet, employment",
    "revenu, revenue",
    "tourim, tourism",
    "infrastucture, infrastructure" // a misspelling ECDICT lists, but not a common word
  })
  void should_correct_a_typo_to_the_nearest_common_word(String typo, String meant) {
    // given a misspelt word
    // when
    List<String> corrections = dictionary.corrections(typo);
    // then
    assertThat(corrections).first().isEqualTo(meant);
  }

  @Test
  void should_give_every_nearest_word_most_frequent_first_when_several_are_one_edit_away() {
    // given
    // when
    List<String> corrections = dictionary.corrections("subsidys");
    // then
    assertThat(corrections).containsExactly("subsidy", "subsides");
  }

  @Test
  void should_guess_nothing_when_the_word_is_common_short_or_far_from_every_word() {
    // given / when / then
    assertThat(dictionary.corrections("investment")).isEmpty();
    assertThat(dictionary.corrections("subsidies")).isEmpty();
    assertThat(dictionary.corrections("teh")).isEmpty();
    assertThat(dictionary.corrections("xqzt")).isEmpty();
    assertThat(dictionary.corrections("zzzzzzzzzz")).isEmpty();
    assertThat(dictionary.corrections("fixed assets")).isEmpty();
    assertThat(dictionary.isCommonWord("investments")).isTrue();
    assertThat(dictionary.isCommonWord("investmnet")).isFalse();
  }

  @Test
  void should_rank_words_by_frequency_when_the_corpora_rank_them() {
    // given / when / then: the better of the bnc and frq ranks
    assertThat(dictionary.frequencyRank("the")).hasValue(1);
    assertThat(dictionary.frequencyRank("investment")).hasValue(816);
    assertThat(dictionary.frequencyRank("fixed assets")).isEmpty();
  }

  @Test
  void should_never_throw_when_given_random_strings() {
    // given random strings of ASCII, CJK, symbols, lone surrogates and spaces
    Random random = new Random(20261203);
    String pool = "abcdefghijklmnopqrstuvwxyz '-.,;:!?é中国补贴\t\n\uD800\uDC00\uFFFF0123";
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        s.append(pool.charAt(random.nextInt(pool.length())));
      }
      String text = s.toString();
      List<String> toks = new ArrayList<>(Arrays.asList(text.split(" ")));
      int from = random.nextInt(toks.size() + 1);
      // when / then
      assertThatCode(
              () -> {
                dictionary.translations(text);
                dictionary.baseForm(text);
                dictionary.corrections(text);
                dictionary.frequencyRank(text);
                dictionary.longestMatch(toks, from);
              })
          .as("input %s", text)
          .doesNotThrowAnyException();
    }
  }
}
