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
}
