package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A follow-up that names its own subject ("What about air cargo?") after a question about another
 * figure of the same sentence or paragraph: when the report does not answer the two subjects
 * together, or answers them with what it said before, the follow-up's subject stands alone, and the
 * period of the question before stays. A pronoun ("它的增速呢？") keeps the previous subject.
 */
class FollowUpOwnSubjectTest {

  private static ReportIndex shanghai;
  private static ReportIndex sichuan;

  @BeforeAll
  static void index() {
    shanghai = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/shanghai-2025.txt"));
    sichuan = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/sichuan-2025.txt"));
  }

  @Test
  void should_answer_a_follow_up_about_another_measure_by_its_own_subject() {
    // given
    Assistant assistant = TestIndex.assistant(shanghai);
    assistant.ask("What was Shanghai port's container throughput?");

    // when
    Answer answer = assistant.ask("What about air cargo?");

    // then
    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("420.6万吨").contains("[L25]");
    assertThat(answer.resolvedQuestion()).contains("air cargo").doesNotContain("container");
  }

  @Test
  void should_not_repeat_the_previous_answer_for_a_follow_up_with_its_own_subject() {
    // given
    Assistant assistant = TestIndex.assistant(sichuan);
    Answer first = assistant.ask("成都航空枢纽年旅客吞吐量增长多少？");

    // when
    Answer answer = assistant.ask("And the cargo?");

    // then
    assertThat(first.text()).contains("16.6%");
    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("33%").doesNotContain("16.6%");
  }

  @Test
  void should_keep_the_previous_subject_for_a_pronoun() {
    // given
    Assistant assistant = TestIndex.assistant(sichuan);
    assistant.ask("成都航空枢纽年旅客吞吐量是多少？");

    // when
    Answer answer = assistant.ask("它的增速呢？");

    // then
    assertThat(answer.text()).contains("16.6%");
  }
}
