package dev.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.TestIndex;
import dev.reportqa.index.ReportIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A follow-up that asks the same of each thing a question in two parts asked about ("…各是多少？") is
 * asked of each part, not of the last one alone; one that does not say "each" leans on the last
 * part as before.
 */
class FollowUpOfPartsTest {

  private static ReportIndex index;

  @BeforeAll
  static void index() {
    index = TestIndex.indexOf(Path.of("src/test/resources/reports/dev/henan-2025.txt"));
  }

  @Test
  void should_ask_a_follow_up_of_each_part_of_a_two_part_question() {
    // given
    Assistant assistant = TestIndex.assistant(index);
    Answer parts = assistant.ask("2024年整车产量有多少？新能源汽车呢？");

    // when
    Answer each = assistant.ask("今年的目标各是多少？");

    // then
    assertThat(parts.text()).contains("110万辆").contains("70万辆");
    assertThat(each.refused()).as(each.text()).isFalse();
    assertThat(each.resolvedQuestion()).contains("整车产量").contains("新能源汽车");
    assertThat(each.text()).contains("200万辆").contains("140万辆").contains("[L35]");
  }

  @Test
  void should_lean_on_the_last_part_when_the_follow_up_does_not_ask_of_each() {
    // given
    Assistant assistant = TestIndex.assistant(index);
    assistant.ask("2024年整车产量有多少？新能源汽车呢？");

    // when
    Answer last = assistant.ask("那么今年要达到多少？");

    // then
    assertThat(last.resolvedQuestion()).contains("新能源汽车").doesNotContain("整车产量");
  }
}
