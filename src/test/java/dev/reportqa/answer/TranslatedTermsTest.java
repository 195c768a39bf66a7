package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One translated word of an English question the report words otherwise ("criminal case" for 刑事立案数)
 * does not refuse the question when a passage names the rest of its subject together; a question
 * whose only subject word the report lacks is still refused.
 */
class TranslatedTermsTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/shanghai-2025.txt"));
  }

  @Test
  void should_answer_when_the_rest_of_the_subject_stands_together() {
    Answer answer =
        TestIndex.assistant(index)
            .ask("How far did telecom fraud cases, criminal cases and 110 calls drop in 2024?");

    assertThat(answer.refused()).as(answer.text()).isFalse();
    assertThat(answer.text()).contains("18.8%").contains("[L53]");
  }

  @Test
  void should_still_refuse_a_question_whose_one_subject_word_is_absent() {
    Answer answer = TestIndex.assistant(index).ask("How many hotel beds were added last year?");

    assertThat(answer.refused()).as(answer.text()).isTrue();
  }
}
