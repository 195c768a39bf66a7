package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportqa.answer.Answer;
import dev.reportqa.index.BuildProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sources listed under an answer, for every question of two evaluation sets on the bundled
 * report: no citation is listed twice, and every line the answer cites is listed. Before issue 12,
 * 69 of 480 answers listed a citation twice ([L21] … [L21]) and 13 cited a line the list left out
 * (the speaker's line, section headings).
 */
class AnswerSourcesTest {

  private static final ShellHarness SHELL = ShellHarness.get();

  static Stream<String> questions() {
    ObjectMapper json = new ObjectMapper();
    return Stream.of("eval/questions.jsonl", "eval/blind2.jsonl")
        .flatMap(AnswerSourcesTest::lines)
        .filter(l -> !l.isBlank())
        .map(
            l -> {
              try {
                return json.readTree(l).get("question").asText();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static Stream<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file)).stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questions")
  void should_list_every_cited_line_once_when_an_eval_question_is_answered(String question) {
    // given
    ReportSession session = SHELL.bean(ReportSession.class);
    Answer answer = session.newAssistant(BuildProgress.NONE).ask(question);

    // when
    List<List<Integer>> listed =
        AnswerPrinter.shownSources(answer, session.reports()).stream()
            .map(AnswerPrinter.Source::lines)
            .toList();

    // then
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed.stream().flatMap(List::stream).toList()).containsAll(answer.citedLines());
  }
}
