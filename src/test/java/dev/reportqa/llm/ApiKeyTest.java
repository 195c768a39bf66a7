package dev.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.reportqa.answer.Answer;
import dev.reportqa.answer.Assistant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The API key goes to the server and nowhere else: not into logs at any level, not into a notice,
 * even when the server echoes it back in an error.
 */
class ApiKeyTest {

  private static final String KEY = "sk-test-7c1e0d9a4b3f2e1d0c9b8a7f6e5d4c3b";
  private static final List<String> LOGGERS = List.of("dev.reportqa", "dev.langchain4j");

  private final ChatStub stub = ChatStub.start();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Level> levels = new ArrayList<>();

  @BeforeEach
  void captureLogs() {
    logs.start();
    for (String name : LOGGERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.add(logger.getLevel());
      logger.setLevel(Level.TRACE);
      logger.setAdditive(false);
      logger.addAppender(logs);
    }
  }

  @AfterEach
  void restore() {
    for (int i = 0; i < LOGGERS.size(); i++) {
      Logger logger = (Logger) LoggerFactory.getLogger(LOGGERS.get(i));
      logger.detachAppender(logs);
      logger.setAdditive(true);
      logger.setLevel(levels.get(i));
    }
    stub.close();
  }

  @Test
  void should_send_the_key_to_the_server_only_when_an_answer_is_verified() {
    // given
    Assistant assistant =
        LlmAnswerRefinerTest.assistant(
            LlmProvider.OPENAI, stub.openAiUrl(), KEY, Duration.ofSeconds(10));
    stub.answer("全年目标是力争游客量突破 1200 万人次 [L87]。");

    // when
    Answer answer = assistant.ask("全年游客目标是多少？");

    // then
    assertThat(stub.requests().get(0).getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(answer.notice()).isEmpty();
    assertThat(logs.list).isNotEmpty();
    assertThat(logText()).doesNotContain(KEY);
  }

  @Test
  void should_keep_the_key_out_of_logs_and_notice_when_the_server_echoes_it_in_an_error() {
    // given
    Assistant assistant =
        LlmAnswerRefinerTest.assistant(
            LlmProvider.OPENAI, stub.openAiUrl(), KEY, Duration.ofSeconds(10));
    stub.answer(
        ChatStub.status(
            401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));

    // when
    Answer answer = assistant.ask("全年游客目标是多少？");

    // then
    assertThat(answer.notice()).isEqualTo("（未采用大模型的回答：模型服务返回 HTTP 401。以下是离线答案。）");
    assertThat(answer.text()).doesNotContain(KEY);
    assertThat(logText()).contains("Incorrect API key provided: ***").doesNotContain(KEY);
  }

  @Test
  void should_send_the_key_to_ollama_as_a_bearer_token_when_one_is_set() {
    // given
    Assistant assistant =
        LlmAnswerRefinerTest.assistant(
            LlmProvider.OLLAMA, stub.ollamaUrl(), KEY, Duration.ofSeconds(10));
    stub.answer("全年目标是力争游客量突破 1200 万人次 [L87]。");

    // when
    assistant.ask("全年游客目标是多少？");

    // then
    assertThat(stub.requests().get(0).getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(logText()).doesNotContain(KEY);
  }

  private String logText() {
    StringBuilder out = new StringBuilder();
    for (ILoggingEvent e : logs.list) {
      out.append(e.getFormattedMessage()).append('\n');
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
      }
    }
    return out.toString();
  }
}
