package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishWordsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "tourists, tourist",
    "cities, city",
    "signed, sign",
    "renovated, renovate",
    "renovating, renovate",
    "planned, plan",
    "businesses, business",
    "subsidies, subsidy"
  })
  void should_offer_the_base_form_of_an_inflected_word(String word, String base) {
    assertThat(EnglishWords.baseForms(word)).contains(base);
  }

  @Test
  void should_keep_decimals_percentages_and_hyphenated_words_as_tokens() {
    assertThat(EnglishWords.tokens("What's the year-on-year PM2.5 drop, 31%?"))
        .containsExactly("what", "the", "year-on-year", "pm2.5", "drop", "31%");
  }
}
