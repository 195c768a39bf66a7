package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words after {@code ask}: options first ({@code --json}, {@code --}), {@code -} for standard
 * input, and everything else the question, dashes included (issue 15, item 9: {@code ask --foo} is
 * a question, never a parser error).
 */
class QuestionArgumentsTest {

  @ParameterizedTest(name = "ask {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "全年游客目标是多少？ | false | false | 全年游客目标是多少？",
        "--json 全年游客目标是多少？ | true | false | 全年游客目标是多少？",
        "--foo | false | false | --foo",
        "-- --json | false | false | --json",
        "--json -- -x? | true | false | -x?",
        "- | false | true | ''",
        "--json - | true | true | ''",
        "\"全年游客目标是多少？\" | false | false | 全年游客目标是多少？",
        "What's the \"visitor\" target? | false | false | What's the \"visitor\" target?"
      })
  void should_take_everything_after_the_options_as_the_question(
      String rest, boolean json, boolean stdin, String question) {
    // when
    QuestionCommand.Arguments args = QuestionCommand.Arguments.parse(rest);

    // then
    assertThat(args.json()).isEqualTo(json);
    assertThat(args.fromStdin()).isEqualTo(stdin);
    assertThat(args.question()).isEqualTo(question);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "show me the first-half GDP | the first-half GDP",
        "Show me the first-half GDP | the first-half GDP",
        "help me find the visitor target | the visitor target",
        "brief me on tourism | tourism",
        "outline the tourism plan | the tourism plan",
        "show | show",
        "showing growth? | showing growth?",
        "全年游客目标是多少？ | 全年游客目标是多少？"
      })
  void should_drop_a_request_opening_when_a_question_starts_with_a_command_word(
      String question, String asked) {
    assertThat(QuestionCommand.withoutOpening(question)).isEqualTo(asked);
  }

  @Test
  void should_read_the_question_from_standard_input_when_asked_with_a_dash() {
    // given
    var in = new ByteArrayInputStream("全年游客目标\n是多少？\n".getBytes(StandardCharsets.UTF_8));

    // when
    String question = QuestionCommand.readQuestion(in);

    // then
    assertThat(question).isEqualTo("全年游客目标 是多少？");
  }
}
