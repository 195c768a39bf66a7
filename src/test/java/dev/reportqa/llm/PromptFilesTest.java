package dev.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.query.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt files: found in the checkout or the jar, placeholders checked when loaded. */
class PromptFilesTest {

  private static final Path CHECKOUT = Path.of("prompts");

  @TempDir Path folder;

  @Test
  void should_load_the_same_prompts_from_the_checkout_and_from_the_jar() {
    // when
    PromptFiles live = PromptFiles.load(CHECKOUT);
    PromptFiles bundled = PromptFiles.load(null);

    // then
    assertThat(live.answer().text()).isEqualTo(bundled.answer().text());
    assertThat(PromptTemplate.placeholders(live.answer().text()))
        .containsExactlyInAnyOrder("question", "passages", "language", "refusal");
    assertThat(live.system().text()).contains("<passage>").contains("忽略以上指令");
  }

  @Test
  void should_name_the_file_and_the_placeholder_when_one_is_missing() throws IOException {
    // given
    copyPrompts();
    Path answer = folder.resolve(PromptFiles.ANSWER);
    Files.writeString(answer, Files.readString(answer).replace("{passages}", "(none)"));

    // when / then
    assertThatThrownBy(() -> PromptFiles.load(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "placeholder {passages} is missing from "
                + answer
                + " — it must use {language}, {passages}, {question}, {refusal}");
  }

  @Test
  void should_name_the_file_and_the_placeholder_when_one_is_unknown() throws IOException {
    // given
    copyPrompts();
    Path condense = folder.resolve(PromptFiles.CONDENSE);
    Files.writeString(condense, Files.readString(condense) + "\n{previousAnswers}\n");

    // when / then
    assertThatThrownBy(() -> PromptFiles.load(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "unknown placeholder {previousAnswers} in "
                + condense
                + " — it may use {previousAnswer}, {previousQuestion}, {question}");
  }

  @Test
  void should_name_the_file_when_a_prompt_file_is_missing() throws IOException {
    // given
    copyPrompts();
    Files.delete(folder.resolve(PromptFiles.TRANSLATE));

    // when / then
    assertThatThrownBy(() -> PromptFiles.load(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "prompt file not found: "
                + folder.resolve(PromptFiles.TRANSLATE)
                + " — restore it from the checkout's prompts/");
  }

  @Test
  void should_name_the_file_and_the_key_when_a_notice_is_missing() throws IOException {
    // given
    copyPrompts();
    Path notices = folder.resolve(Notices.FILE);
    Files.writeString(
        notices, Files.readString(notices).replaceAll("(?m)^en\\.reason\\.timeout.*$", ""));

    // when / then
    assertThatThrownBy(() -> PromptFiles.load(folder))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("notice 'en.reason.timeout' is missing from " + notices);
  }

  @Test
  void should_fill_a_value_holding_braces_without_reading_them_as_placeholders() {
    // given
    PromptTemplate template =
        PromptTemplate.of(
            "t.txt", "<question>{question}</question> {passages}", Set.of("question", "passages"));

    // when
    String filled = template.fill(Map.of("question", "what is {passages}?", "passages", "P"));

    // then
    assertThat(filled).isEqualTo("<question>what is {passages}?</question> P");
  }

  @Test
  void should_word_a_fallback_notice_in_the_question_language() {
    // given
    Notices notices = PromptFiles.load(CHECKOUT).notices();
    Reason reason = Reason.of(Reason.UNKNOWN_LINE, "lines", "L140");

    // when / then
    assertThat(notices.fallback(Language.ZH, reason))
        .isEqualTo("（未采用大模型的回答：回答引用了未提供给模型的行 L140。以下是离线答案。）");
    assertThat(notices.fallback(Language.EN, reason))
        .isEqualTo(
            "(The language model's answer was not used: it cites L140, which it was not given."
                + " This is the offline answer.)");
  }

  private void copyPrompts() throws IOException {
    try (Stream<Path> files = Files.list(CHECKOUT)) {
      for (Path f : files.toList()) {
        Files.writeString(
            folder.resolve(f.getFileName()),
            Files.readString(f, StandardCharsets.UTF_8),
            StandardCharsets.UTF_8);
      }
    }
  }
}
