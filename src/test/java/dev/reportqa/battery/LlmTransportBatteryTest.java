package dev.reportqa.battery;

import static dev.reportqa.battery.LlmHarness.GOOD;
import static dev.reportqa.battery.LlmHarness.OFFLINE_VISITORS;
import static dev.reportqa.battery.LlmHarness.VISITORS;
import static dev.reportqa.battery.LlmHarness.fallback;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import dev.reportqa.llm.ChatStub;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Battery, issue 15 item 5: one deadline per model call covers connecting, the headers and the
 * whole body, and a reply too large to be an answer is not read. The {@code @Timeout}s only stop a
 * regression from hanging the build; what is asserted is the fallback and its notice.
 */
class LlmTransportBatteryTest {

  private final ChatStub stub = ChatStub.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void should_fall_back_at_the_deadline_when_the_body_trickles_in() {
    // given: headers at once, then one byte every 2 s (the whole reply would take minutes)
    Assistant assistant =
        LlmHarness.assistant(LlmHarness.settings(stub.openAiUrl(), "", Duration.ofSeconds(2)));
    stub.answer(ChatStub.trickled(GOOD, 1, 2));

    // when
    Answer answer = assistant.ask(VISITORS);

    // then
    assertThat(answer.text()).isEqualTo(OFFLINE_VISITORS);
    assertThat(answer.notice()).isEqualTo(fallback("模型 2 秒内没有回复"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void should_fall_back_without_printing_it_when_the_reply_is_5_mb() {
    // given: a cited, backed sentence followed by 5 MB of text
    Assistant assistant = LlmHarness.assistant(stub.openAiUrl());
    stub.answer(GOOD + "好".repeat(5 * 1024 * 1024 / 3));

    // when
    Answer answer = assistant.ask(VISITORS);

    // then
    assertThat(answer.text()).isEqualTo(OFFLINE_VISITORS);
    assertThat(answer.notice()).isEqualTo(fallback("模型的回复过长"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void should_fall_back_at_the_deadline_when_the_headers_never_come() {
    // given
    Assistant assistant =
        LlmHarness.assistant(LlmHarness.settings(stub.openAiUrl(), "", Duration.ofSeconds(1)));
    stub.answer(ChatStub.delayed(GOOD, 30));

    // when
    Answer answer = assistant.ask(VISITORS);

    // then
    assertThat(answer.notice()).isEqualTo(fallback("模型 1 秒内没有回复"));
  }
}
