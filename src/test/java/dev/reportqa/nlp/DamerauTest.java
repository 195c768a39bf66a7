package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamerauTest {

  @ParameterizedTest
  @CsvSource({
    "investment, investment, 0",
    "investmnet, investment, 1", // a swap of neighbours is one edit
    "goverment, government, 1",
    "raods, roads, 1",
    "subsidys, subsidy, 1",
    "tourim, tourism, 1",
    "infrastucture, infrastructure, 1",
    "ca, abc, 3", // restricted form: no edit of a swapped pair
    "kitten, sitting, 3",
    "'', abc, 3"
  })
  void should_count_edits_with_swaps_when_comparing_two_words(String a, String b, int expected) {
    // given two words
    // when
    int distance = Damerau.distance(a, b);
    // then
    assertThat(distance).isEqualTo(expected);
    assertThat(Damerau.distance(b, a)).isEqualTo(expected);
  }
}
