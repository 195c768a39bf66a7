package dev.reportqa.battery;

import static dev.reportqa.battery.LlmHarness.VISITORS;
import static dev.reportqa.battery.LlmHarness.fallback;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportqa.answer.Answer;
import dev.reportqa.eval.AssistantPipeline;
import dev.reportqa.eval.EvalFiles;
import dev.reportqa.eval.EvalItem;
import dev.reportqa.eval.EvalRunner;
import dev.reportqa.llm.ChatStub;
import dev.reportqa.llm.LlmSettings;
import dev.reportqa.llm.Secrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Battery, issue 15 item 2: the API key, credential query parameters and URL user info are masked
 * in everything printed or written — the answer, the notice, the evaluation records — even when the
 * model or the server echoes them. (Logs are covered by {@code ApiKeyTest}.)
 */
class SecretsBatteryTest {

  /** Letters only, so that the verifier reads no figure in it and the answer is shown. */
  private static final String KEY = "sk-battery-AbCdEfGhIjKlMnOpQrStUvWx";

  private final ChatStub stub = ChatStub.start();

  @TempDir Path dir;

  @AfterEach
  void stop() {
    stub.close();
  }

  private LlmSettings settings(String url) {
    return LlmHarness.settings(url, KEY, Duration.ofSeconds(5));
  }

  @Test
  void should_mask_the_key_in_a_shown_answer_when_the_model_echoes_it() {
    // given
    stub.answer("全年目标是力争游客量突破 1200 万人次，所用密钥为 " + KEY + " [L87]。");

    // when
    Answer answer = LlmHarness.assistant(settings(stub.openAiUrl())).ask(VISITORS);

    // then
    assertThat(answer.notice()).isEmpty();
    assertThat(answer.text()).isEqualTo("全年目标是力争游客量突破 1200 万人次，所用密钥为 *** [L87]。");
  }

  @Test
  void should_keep_the_key_out_of_the_eval_records_when_the_model_echoes_it() throws Exception {
    // given
    stub.answer("全年目标是力争游客量突破 1200 万人次，所用密钥为 " + KEY + " [L87]。");
    EvalItem item =
        new EvalItem("k1", "zh", VISITORS, List.of("1200万人次"), List.of(87), "target", null, "");
    AssistantPipeline pipeline =
        new AssistantPipeline("llm", () -> LlmHarness.assistant(settings(stub.openAiUrl())));
    Path records = dir.resolve("records.jsonl");

    // when
    EvalFiles.writeRecords(records, EvalRunner.run(List.of(item), pipeline, (done, all) -> {}));

    // then
    assertThat(Files.readString(records)).contains("所用密钥为 ***").doesNotContain(KEY);
  }

  @Test
  void should_mask_a_key_in_the_base_url_query_when_the_connection_notice_names_the_url() {
    // given: nothing listens at the URL, whose query carries the key
    String url = stub.openAiUrl() + "?api_key=" + KEY;
    stub.close();

    // when
    Answer answer = LlmHarness.assistant(settings(url)).ask(VISITORS);

    // then
    assertThat(answer.notice())
        .isEqualTo(fallback("无法连接 " + url.replace(KEY, "***")))
        .doesNotContain(KEY);
  }

  @Test
  void should_mask_the_user_info_of_the_base_url_when_the_connection_notice_names_the_url() {
    // given
    String url = stub.openAiUrl().replace("http://", "http://admin:hunter2hunter2@");
    stub.close();

    // when
    Answer answer = LlmHarness.assistant(settings(url)).ask(VISITORS);

    // then
    assertThat(answer.notice()).doesNotContain("hunter2").doesNotContain("admin");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "error: key sk-battery-AbCdEfGhIjKlMnOpQrStUvWx rejected|error: key *** rejected",
        "GET https://h/v1?api_key=abc123&x=1|GET https://h/v1?api_key=***&x=1",
        "GET https://h/v1?x=1&token=abc123|GET https://h/v1?x=1&token=***",
        "GET https://h/v1?access_token=abc&key=def|GET https://h/v1?access_token=***&key=***",
        "see https://alice:pw@host:8000/v1 now|see https://***@host:8000/v1 now",
        "Authorization: Bearer abc.def-123|Authorization: Bearer ***",
        "nothing secret here: 1200 万人次|nothing secret here: 1200 万人次",
      })
  void should_mask_every_kind_of_secret_when_redacting_a_text(String text, String redacted) {
    // given: the key registers itself when the settings are made
    settings("http://127.0.0.1:1/v1");

    // when
    String out = Secrets.redact(text);

    // then
    assertThat(out).isEqualTo(redacted);
  }
}
