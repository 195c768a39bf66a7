package dev.reportqa.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconTest {

  @Test
  void should_load_the_bundled_lexicons() {
    BilingualLexicon bilingual = BilingualLexicon.load();
    SynonymLexicon synonyms = SynonymLexicon.load();

    assertThat(bilingual.size()).isGreaterThanOrEqualTo(400);
    assertThat(bilingual.chinese("fixed asset investment")).startsWith("固定资产投资");
    assertThat(synonyms.groups()).hasSizeGreaterThanOrEqualTo(120);
    assertThat(synonyms.groupOf("固投")).startsWith("固定资产投资");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "visitor\\t游客\\nexports 出口 ; test.tsv:2: expected 2 tab-separated fields, found 1",
        "visitor\\t游客\\nvisitor\\t旅客 ; test.tsv:2: 'visitor' is already defined at line 1",
        "# comment\\n\\nvisitor|\\t游客 ; test.tsv:3: empty alternative in 'visitor|'",
        "访客\\t游客 ; test.tsv:1: not an English term: '访客'",
        "a\\tb\\tc ; test.tsv:1: expected 2 tab-separated fields, found 3"
      })
  void should_name_the_file_and_line_of_a_bad_bilingual_entry(String content, String message) {
    String text = content.replace("\\t", "\t").replace("\\n", "\n");

    assertThatThrownBy(() -> BilingualLexicon.load("test.tsv", stream(text)))
        .isInstanceOf(LexiconException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "固定资产投资 ; syn.tsv:1: a group needs at least two terms",
        "固投|固定资产投资\\n规上|固投 ; syn.tsv:2: '固投' is already in the group at line 1",
        "固 投|固定资产投资 ; syn.tsv:1: term has a space: '固 投'",
        "固投\\t固定资产投资 ; syn.tsv:1: a group is one field, but the line has a tab"
      })
  void should_name_the_file_and_line_of_a_bad_synonym_group(String content, String message) {
    String text = content.replace("\\t", "\t").replace("\\n", "\n");

    assertThatThrownBy(() -> SynonymLexicon.load("syn.tsv", stream(text)))
        .isInstanceOf(LexiconException.class)
        .hasMessage(message);
  }

  @Test
  void should_reject_an_unknown_cue_category() {
    assertThatThrownBy(() -> CueLexicon.load("cues.tsv", stream("zh.target\t目标\nzh.wish\t希望")))
        .hasMessage("cues.tsv:2: unknown category 'zh.wish'");
  }

  @Test
  void should_reject_a_lexicon_that_is_not_utf8() throws Exception {
    byte[] gbk = "visitor\t游客".getBytes("GBK");

    assertThatThrownBy(() -> BilingualLexicon.load("gbk.tsv", new ByteArrayInputStream(gbk)))
        .hasMessage("gbk.tsv: not valid UTF-8 text");
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
