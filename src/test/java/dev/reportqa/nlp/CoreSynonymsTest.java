package dev.reportqa.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CoreSynonymsTest {

  private static CoreSynonyms read(String text) throws IOException {
    return CoreSynonyms.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void should_give_only_equal_groups_when_a_word_stands_in_related_and_single_lines()
      throws IOException {
    // given a synonym line, a related line and a single line (the first with a byte order mark)
    CoreSynonyms thesaurus =
        read("\uFEFFCb25C01= 乡村 农村 乡间\n" + "He01A05# 内贸 外贸 边贸\n" + "Zz01A01@ 外贸\n");
    // when / then
    assertThat(thesaurus.synonyms("农村")).containsExactly("乡村", "乡间");
    assertThat(thesaurus.synonyms("乡村")).containsExactly("农村", "乡间");
    assertThat(thesaurus.synonyms("外贸")).isEmpty();
    assertThat(thesaurus.synonyms("铁路")).isEmpty();
  }

  @Test
  void should_join_every_group_of_a_word_in_file_order_when_it_stands_in_several() {
    // given 出口 in a related line and in two synonym lines that share a word
    CoreSynonyms thesaurus;
    try {
      thesaurus = read("Cb20D05# 河口 出口 入口\n" + "Hi12A01= 讲话 出口 开口\n" + "Hj60B01= 出口 输出 开口\n");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    // when
    // then each synonym once, the related 河口 and 入口 left out
    assertThat(thesaurus.synonyms("出口")).containsExactly("讲话", "开口", "输出");
  }

  @Test
  void should_read_the_thesaurus_of_hanlps_jar_when_loaded_from_the_class_path()
      throws IOException {
    // given the real file
    // when
    CoreSynonyms thesaurus = CoreSynonyms.load();
    // then what its lines Cb25C01 and Ag10A03 say
    assertThat(thesaurus.synonyms("农村"))
        .containsExactly(
            "乡村", "乡间", "乡下", "乡", "果乡", "山乡", "村野", "村村落落", "村村寨寨", "小村", "小村子", "村屯", "乡野");
    assertThat(thesaurus.synonyms("游客")).startsWith("游人", "旅游者", "观光者").doesNotContain("游客");
  }
}
