package dev.reportqa.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.TestReports;
import dev.reportqa.chunk.SentenceChunker;
import dev.reportqa.chunk.Unit;
import dev.reportqa.query.Language;
import dev.reportqa.query.QueryAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TopicMatcherTest {

  private static final QueryAnalyzer ANALYZER = QueryAnalyzer.withBundledLexicons();

  @Test
  void should_expand_a_chinese_topic_with_its_english_terms_and_synonyms_when_resolved() {
    // when
    TopicMatcher matcher = TopicMatcher.of("旅游", ANALYZER);

    // then
    assertThat(matcher.language()).isEqualTo(Language.ZH);
    assertThat(matcher.words()).containsExactly("旅游", "旅游业", "文旅", "文化旅游", "文化和旅游");
  }

  @Test
  void should_look_for_the_same_chinese_words_when_the_topic_is_given_in_english() {
    // when
    TopicMatcher english = TopicMatcher.of("tourism", ANALYZER);

    // then
    assertThat(english.language()).isEqualTo(Language.EN);
    assertThat(english.words())
        .containsExactlyInAnyOrderElementsOf(TopicMatcher.of("旅游", ANALYZER).words());
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvFileSource(resources = "/brief/topic-mentions.tsv", delimiter = '\t')
  void should_tell_whether_a_text_mentions_the_topic_when_its_words_are_part_of_longer_terms(
      String topic, String text, boolean expected, String why) {
    // given
    TopicMatcher matcher = TopicMatcher.of(topic, ANALYZER);

    // when
    boolean mentions = matcher.mentions(text);

    // then
    assertThat(mentions).as(why).isEqualTo(expected);
  }

  @Test
  void should_match_a_sentence_by_its_section_title_when_the_sentence_does_not_name_the_topic() {
    // given
    Unit projects =
        new SentenceChunker()
            .chunk(TestReports.xitang()).stream()
                .filter(u -> u.text().startsWith("持续开展古镇景区“微改精提”系列工程"))
                .findFirst()
                .orElseThrow();
    TopicMatcher matcher = TopicMatcher.of("tourism", ANALYZER);

    // when
    boolean matches = matcher.matches(projects);

    // then: the item is 2.要聚链融合文旅行业
    assertThat(matcher.mentions(projects.text())).isFalse();
    assertThat(matches).isTrue();
  }

  @Test
  void should_select_the_figures_of_the_topic_sentences_when_filtering() {
    // given
    List<Figure> all = new FigureExtractor().extract(TestReports.xitang());

    // when
    List<Figure> tourism = TopicMatcher.of("tourism", ANALYZER).select(all);

    // then
    assertThat(tourism)
        .extracting(f -> f.lines().get(0) + " " + f.written())
        .containsExactly("23 645万人次", "23 超11亿元", "23 9.1%", "87 突破 1200 万人次", "87 超 2 亿元");
  }

  @Test
  void should_reject_an_english_topic_when_the_lexicon_knows_none_of_its_words() {
    assertThatThrownBy(() -> TopicMatcher.of("quantum widgets", ANALYZER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the lexicon has no Chinese words for 'quantum widgets' — try another English word or"
                + " the Chinese term, e.g. 旅游");
  }

  @Test
  void should_reject_the_topic_when_it_is_blank() {
    assertThatThrownBy(() -> TopicMatcher.of("  ", ANALYZER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a topic is needed, e.g. 旅游, 招商引资, tourism, safety");
  }
}
