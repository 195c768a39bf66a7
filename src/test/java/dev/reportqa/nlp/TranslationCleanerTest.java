package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ECDICT translation fields as they stand in the CSV, and the words kept of them. */
class TranslationCleanerTest {

  static Stream<Arguments> fields() {
    return Stream.of(
        Arguments.of("[法] 固定资产", List.of("固定资产")),
        Arguments.of("[经] 国内生产总值, 国内总产值", List.of("国内生产总值", "国内总产值")),
        Arguments.of("n. 补助金, 津贴\\n[经] 补助金, 津贴, 补贴", List.of("补助金", "津贴", "补贴")),
        Arguments.of("n. 补贴, 津贴, 补助金( subsidy的名词复数 )", List.of("补贴", "津贴", "补助金")),
        Arguments.of("vt. & vi. 建立；建筑", List.of("建立", "建筑")),
        Arguments.of("(redraft 的第三人称 -s形式) n. 改写稿, 再起草", List.of("改写稿", "再起草")),
        Arguments.of("n.(英国)康沃尔郡人", List.of("康沃尔郡人")),
        Arguments.of("abbr. North American-West African Line 北美-西非航线（班轮公司代码）", List.of("北美-西非航线")),
        Arguments.of(" [地名] [美国] 博伊斯维尔", List.of("博伊斯维尔")),
        Arguments.of("[荷兰语]海牙(= Hague)", List.of("海牙")),
        Arguments.of("prep. [诗歌用语] = between [亦作 tweeny]", List.of()),
        Arguments.of("vt. 把...收集成卷\\na. 大量的", List.of("大量的")),
        Arguments.of("[化] PPP法", List.of("PPP法")),
        Arguments.of("n. 罩；使(马,鹰等)戴头罩", List.of("罩", "使戴头罩")),
        Arguments.of("", List.of()));
  }

  @ParameterizedTest
  @MethodSource("fields")
  void should_keep_the_chinese_words_in_order_when_cleaning_a_translation_field(
      String field, List<String> expected) {
    // given the field as the CSV holds it
    // when
    List<String> words = TranslationCleaner.clean(field);
    // then
    assertThat(words).containsExactlyElementsOf(expected);
  }

  @Test
  void should_never_throw_when_the_field_has_unbalanced_brackets_or_odd_characters() {
    // given
    String field = "n. (未闭合 [又一个 】\\n\\n ,,; ；；…\\";
    // when
    List<String> words = TranslationCleaner.clean(field);
    // then only what is outside the unclosed note survives: nothing Chinese
    assertThat(words).isEmpty();
  }
}
