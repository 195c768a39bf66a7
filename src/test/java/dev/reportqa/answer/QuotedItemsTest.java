package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.report.Report;
import dev.reportqa.report.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A list question that quotes a word is answered with the parallel items the word opens. */
class QuotedItemsTest {

  @TempDir Path dir;

  private Report report() throws Exception {
    Path file = dir.resolve("r.txt");
    Files.writeString(
        file,
        String.join(
            "\n",
            "某县人民政府工作报告",
            "一、今年主要工作",
            "突出稳增长。全年力争增长6%。",
            "坚持三个“优先”：优先发展教育，优先保障就业，优先改善民生。",
            "其他工作。",
            "优先次序很重要，要统筹。",
            ""));
    return ReportLoader.load(file);
  }

  @Test
  void should_list_the_clauses_the_quoted_word_opens_with_their_lines() throws Exception {
    // given
    Report r = report();
    var query = TestIndex.analyzer().analyze("报告提了哪三个“优先”？");

    // when
    Answer a = TestIndex.engine().quotedItemsAnswer(query, List.of(r), List.of(), Citation.LINES);

    // then: the three items of line 4; line 6's clause stands apart and is no item of the list
    assertThat(a.text()).isEqualTo("“优先”包括：优先发展教育 [L4]；优先保障就业 [L4]；优先改善民生 [L4]");
    assertThat(a.refused()).isFalse();
  }

  @Test
  void should_leave_a_question_without_a_quoted_word_or_with_one_item_to_the_other_stages()
      throws Exception {
    // given
    Report r = report();

    // when / then
    assertThat(
            TestIndex.engine()
                .quotedItemsAnswer(
                    TestIndex.analyzer().analyze("报告提了哪些优先？"),
                    List.of(r),
                    List.of(),
                    Citation.LINES))
        .isNull();
    assertThat(
            TestIndex.engine()
                .quotedItemsAnswer(
                    TestIndex.analyzer().analyze("哪些“突出”？"), List.of(r), List.of(), Citation.LINES))
        .isNull();
  }
}
