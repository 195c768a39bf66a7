package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * What the shell takes a line for: a command only when the first word names one AND the rest reads
 * as its arguments; otherwise a question. Every command word is tried both ways, in lower case and
 * capitalised (test resource {@code shell/lines.tsv}).
 */
class LineClassifierTest {

  /** The shell's commands, as the command catalog lists them. */
  static final Set<String> COMMANDS =
      Set.of(
          "ask",
          "brief",
          "config",
          "eval",
          "exit",
          "export brief",
          "export figures",
          "figures",
          "help",
          "new",
          "outline",
          "quit",
          "reindex",
          "reports",
          "show",
          "sources",
          "version",
          "web");

  private final LineClassifier classifier = new LineClassifier(COMMANDS);

  @ParameterizedTest(name = "{0} → {1} ({3})")
  @CsvFileSource(
      resources = "/shell/lines.tsv",
      delimiter = '\t',
      nullValues = {},
      emptyValue = "")
  void should_read_a_line_as_a_command_only_when_its_arguments_fit(
      String line, LineClassifier.Kind kind, String expected, String why) {
    // when
    LineClassifier.Line read = classifier.classify(InputLines.normalize(line == null ? "" : line));

    // then
    assertThat(read.kind()).as(why).isEqualTo(kind);
    if (kind == LineClassifier.Kind.COMMAND) {
      List<String> words =
          expected.contains("|") ? List.of(expected.split("\\|")) : words(expected, read);
      assertThat(read.words()).as(why).isEqualTo(words);
    } else {
      assertThat(read.text()).as(why).isEqualTo(expected == null ? "" : expected);
    }
  }

  /** The expected words: split on spaces, except show's range, which is one argument. */
  private static List<String> words(String expected, LineClassifier.Line read) {
    if (expected.startsWith("show ")) {
      return List.of("show", expected.substring("show ".length()));
    }
    return List.of(expected.split(" "));
  }
}
