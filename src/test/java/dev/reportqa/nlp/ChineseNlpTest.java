package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.hankcs.hanlp.utility.Predefine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HanLP portable 1.8.6 through {@link ChineseNlp}, its caches in the test JVM's temporary cache
 * ({@link NlpTestCache}); the expectations are what this version of HanLP says.
 */
class ChineseNlpTest {

  private final ChineseNlp nlp = NlpTestCache.nlp();

  @Test
  void should_convert_traditional_characters_when_the_text_has_them() {
    // given / when / then
    assertThat(nlp.toSimplified("這份報告")).isEqualTo("这份报告");
    assertThat(nlp.toSimplified("進出口總額是多少？")).isEqualTo("进出口总额是多少？");
    assertThat(nlp.toSimplified("全年游客目标是多少？")).isEqualTo("全年游客目标是多少？");
    assertThat(nlp.toSimplified("")).isEmpty();
  }

  @Test
  void should_save_the_conversion_table_in_the_cache_when_it_is_first_built() throws IOException {
    // given
    nlp.toSimplified("這");
    // when
    Path root = nlp.cacheRoot().orElseThrow();
    Path table = root.resolve("data/dictionary/tc/t2s.txt.bin");
    // then
    assertThat(root.getFileName().toString())
        .isEqualTo("hanlp-" + HanLpSetup.version() + "-h" + HanLpSetup.FORMAT);
    // HanLP's configuration is global to the JVM: the first instance used in it (here, or the
    // shell's in a test that ran before) decides the cache directory, so only its folder is fixed.
    assertThat(root.getParent().getFileName().toString()).isEqualTo("nlp");
    assertThat(HanLpCacheAdapter.problem(Files.readAllBytes(table))).isNull();
    assertThat(Predefine.logger.getLevel()).isEqualTo(Level.OFF);
  }

  @Test
  void should_segment_with_tags_and_offsets_when_a_sentence_names_places_a_person_and_a_body() {
    // given
    String text = "杭州市西湖区人民政府副区长张伟在浙江大学讲话";
    // when
    List<Token> tokens = nlp.segment(text);
    // then
    assertThat(tokens)
        .containsExactly(
            new Token("杭州市", "ns", 0),
            new Token("西湖区", "ns", 3),
            new Token("人民政府", "nis", 6),
            new Token("副区长", "nnt", 10),
            new Token("张伟", "nr", 13),
            new Token("在", "p", 15),
            new Token("浙江大学", "nt", 16),
            new Token("讲话", "n", 20));
    assertThat(nlp.entities(text))
        .containsExactly(
            new Entity("杭州市", EntityType.PLACE, 0),
            new Entity("西湖区", EntityType.PLACE, 3),
            new Entity("张伟", EntityType.PERSON, 13),
            new Entity("浙江大学", EntityType.ORGANIZATION, 16));
  }

  @Test
  void should_skip_white_space_and_keep_offsets_when_numbers_stand_apart() {
    // given
    String text = "力争全年游客量突破 1200 万人次";
    // when
    List<Token> tokens = nlp.segment(text);
    // then
    assertThat(tokens)
        .containsExactly(
            new Token("力争", "v", 0),
            new Token("全年", "n", 2),
            new Token("游客", "n", 4),
            new Token("量", "n", 6),
            new Token("突破", "v", 7),
            new Token("1200", "m", 10),
            new Token("万", "m", 15),
            new Token("人次", "qv", 16));
    assertThat(nlp.segment(" \t\n")).isEmpty();
    assertThat(nlp.entities("全年游客目标是多少？")).isEmpty();
  }

  @Test
  void should_give_true_synonyms_only_when_the_thesaurus_also_has_related_words() {
    // given CoreSynonym: Cb25C01= 乡村 农村 …; He01A05# … 外贸 … (related: 内贸, 边贸); 进出口 absent
    // when / then
    assertThat(nlp.synonyms("农村")).startsWith("乡村", "乡间", "乡下");
    assertThat(nlp.synonyms("补贴")).containsExactly("津贴", "贴");
    assertThat(nlp.synonyms("投资")).containsExactly("入股", "注资", "斥资");
    assertThat(nlp.synonyms("外贸")).isEmpty();
    assertThat(nlp.synonyms("进出口")).isEmpty();
    assertThat(nlp.synonyms("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"帮我查一下，领导要用：上半年固投增长了多少", "2018年城镇居民人均可支配收入是多少", "What was GDP in 2024?", "😀中文😀"})
  void should_give_offsets_that_point_at_each_word_when_segmenting(String text) {
    // given
    // when
    List<Token> tokens = nlp.segment(text);
    // then
    assertThat(tokens).isNotEmpty();
    for (Token t : tokens) {
      assertThat(text.substring(t.offset(), t.end())).isEqualTo(t.word());
    }
  }

  @Test
  void should_never_throw_when_given_random_strings() {
    // given random strings of ASCII, CJK, punctuation, emoji, lone surrogates and white space
    Random random = new Random(20261203);
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        switch (random.nextInt(6)) {
          case 0 -> s.append((char) random.nextInt(0x80));
          case 1 -> s.append((char) (0x4E00 + random.nextInt(0x5200)));
          case 2 -> s.append((char) random.nextInt(0x10000));
          case 3 -> s.appendCodePoint(0x1F600 + random.nextInt(80));
          case 4 -> s.append("，。！？、；：“”（）《》 \t\n".charAt(random.nextInt(16)));
          default -> s.append((char) (0x3000 + random.nextInt(0x100)));
        }
      }
      String text = s.toString();
      // when / then
      assertThatCode(
              () -> {
                nlp.toSimplified(text);
                for (Token t : nlp.segment(text)) {
                  assertThat(text.substring(t.offset(), t.end())).isEqualTo(t.word());
                }
                nlp.entities(text);
                nlp.synonyms(text);
              })
          .as("input %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .doesNotThrowAnyException();
    }
  }
}
