package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Short forms known by rule: the characters of the full words, in order, close together. */
class VocabularyTest {

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
    "入境游, 入境旅游人次增长68.2%, true",
    "规上, 规模以上工业增加值增长6.9%, true",
    "棚改, 实施棚户区改造1.2万套, true",
    // two characters may span four only: 固定资产投资 is too far for 固投
    "固投, 固定资产投资增长6%, false",
    "门票, 门店和票务, false",
    "出口, 进口增长5%, false",
    "入境游, 入境。旅游, false"
  })
  void should_know_an_abbreviation_by_its_characters_in_order(
      String word, String report, boolean abbreviates) {
    assertThat(Vocabulary.abbreviates(word, report)).isEqualTo(abbreviates);
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
    "刑事案件, 某某、治安案件立案数下降; 刑事、治安案件立案数分别下降, true",
    "城镇居民, 城镇和农村居民人均可支配收入分别增长, true",
    // a clause break between the modifier and the head: two things, not one
    "刑事案件, 刑事，治安案件, false",
    // the head too far after the coordinator
    "城镇居民, 城镇与某某某某某某某某居民, false",
    "城镇居民, 城镇化率提高，居民收入增长, false"
  })
  void should_know_a_word_whose_head_a_coordination_shares(
      String word, String report, boolean spoken) {
    assertThat(Vocabulary.coordinated(word, report)).isEqualTo(spoken);
  }
}
