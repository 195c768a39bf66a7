package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Layers of lexicons as the hand lexicon and ECDICT will be stacked, with stub lexicons. */
class LayeredLexiconTest {

  private final EnglishLexicon hand =
      EnglishLexicon.of(
          "hand lexicon",
          3,
          Map.of("gdp", List.of("地区生产总值", "GDP"), "fixed asset investment", List.of("固定资产投资"))
              ::get);

  private final EnglishLexicon general =
      EnglishLexicon.of(
          "general",
          4,
          Map.of(
                  "gdp", List.of("鸟苷二磷酸"),
                  "fixed assets", List.of("固定资产"),
                  "fixed asset investment", List.of("固定资产的投资"),
                  "gross domestic product", List.of("国内生产总值"))
              ::get);

  private final LayeredLexicon layered = new LayeredLexicon(List.of(hand, general));

  @Test
  void should_answer_from_the_first_layer_when_several_know_a_word() {
    // given both layers know "gdp"
    // when
    Optional<PhraseMatch> match = layered.translate(" GDP ");
    // then
    assertThat(match)
        .contains(new PhraseMatch(0, 1, "gdp", List.of("地区生产总值", "GDP"), "hand lexicon"));
    assertThat(layered.translations("fixed assets")).containsExactly("固定资产");
    assertThat(layered.translations("sewage")).isEmpty();
  }

  @Test
  void should_prefer_the_longer_phrase_of_a_later_layer_when_matching_over_tokens() {
    // given
    List<String> tokens = List.of("the", "gross", "domestic", "product", "rose");
    // when
    Optional<PhraseMatch> match = layered.longestMatch(tokens, 1);
    // then
    assertThat(match)
        .contains(new PhraseMatch(1, 4, "gross domestic product", List.of("国内生产总值"), "general"));
    assertThat(layered.longestMatch(tokens, 0)).isEmpty();
    assertThat(layered.longestMatch(tokens, 5)).isEmpty();
  }

  @Test
  void should_keep_the_first_layers_phrase_when_two_layers_match_the_same_tokens() {
    // given
    List<String> tokens = List.of("fixed", "asset", "investment");
    // when
    Optional<PhraseMatch> match = layered.longestMatch(tokens, 0);
    // then
    assertThat(match.map(PhraseMatch::source)).contains("hand lexicon");
    assertThat(match.map(PhraseMatch::translations)).contains(List.of("固定资产投资"));
    assertThat(layered.name()).isEqualTo("hand lexicon > general");
    assertThat(layered.maxPhraseWords()).isEqualTo(4);
  }

  @Test
  void should_refuse_a_position_outside_the_tokens_when_matching() {
    // given
    List<String> tokens = List.of("gdp");
    // when / then
    assertThatThrownBy(() -> layered.longestMatch(tokens, 2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("from 2 of 1 tokens");
    assertThatThrownBy(() -> new LayeredLexicon(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
