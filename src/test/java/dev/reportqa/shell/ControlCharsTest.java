package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text from a report, a question or a model cannot act on the terminal it is printed on (issue 15,
 * item 6): escape sequences, carriage returns and C1 controls are shown as symbols; a line typed or
 * piped in loses them.
 */
class ControlCharsTest {

  static Stream<Arguments> printed() {
    return Stream.of(
        Arguments.of("\u001b]0;pwned\u0007全年目标", "␛]0;pwned␇全年目标", "a title-setting OSC sequence"),
        Arguments.of("\u001b[2J清屏", "␛[2J清屏", "a clear-screen CSI sequence"),
        Arguments.of("真的答案\r假的答案", "真的答案␍假的答案", "a carriage return that would hide the start"),
        Arguments.of("a\u009b2Jb", "a\ufffd2Jb", "a C1 CSI, which some terminals obey"),
        Arguments.of("x\u007fy", "x␡y", "DEL"),
        Arguments.of("left\u202eright", "leftright", "a right-to-left override is dropped"),
        Arguments.of("行一\n行二\t制表", "行一\n行二\t制表", "newline and tab are kept"),
        Arguments.of("全年游客目标是多少？", "全年游客目标是多少？", "clean text is unchanged"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("printed")
  void should_show_control_characters_as_symbols_when_printing_untrusted_text(
      String text, String shown, String why) {
    assertThat(ControlChars.visible(text)).as(why).isEqualTo(shown);
  }

  static Stream<Arguments> typed() {
    return Stream.of(
        Arguments.of("show\u001b[A 87", "show 87", "an arrow key's sequence pasted into a pipe"),
        Arguments.of("\u001b]0;title\u0007全年目标", "全年目标", "an OSC sequence"),
        Arguments.of("全年\t目标", "全年 目标", "a tab is a space"),
        Arguments.of("q\u0000\u0007uestion\r", "question", "NUL, BEL and CR go"),
        Arguments.of("全年游客目标是多少？", "全年游客目标是多少？", "a clean line is unchanged"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("typed")
  void should_drop_control_characters_from_a_typed_line(String line, String cleaned, String why) {
    assertThat(ControlChars.stripped(line)).as(why).isEqualTo(cleaned);
  }
}
