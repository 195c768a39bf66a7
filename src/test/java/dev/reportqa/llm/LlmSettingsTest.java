package dev.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LLM settings: defaults, checks that name the setting, and a key that is never shown. */
class LlmSettingsTest {

  private static final String KEY = "sk-4f9a8b7c6d5e4f3a2b1c0d9eabcd";

  @ParameterizedTest
  @CsvSource(
      value = {
        "sk-4f9a8b7c6d5e4f3a2b1c0d9eabcd, sk-…abcd",
        "short-key-12345, (set)",
        "'', (not set)",
      })
  void should_show_at_most_the_ends_of_the_key_when_masked(String key, String masked) {
    // given
    LlmSettings settings = settings(LlmProvider.OPENAI, "http://127.0.0.1:8000/v1", key);

    // when / then
    assertThat(settings.maskedKey()).isEqualTo(masked);
  }

  @Test
  void should_keep_the_key_out_of_its_text_form() {
    // given
    LlmSettings settings = settings(LlmProvider.OPENAI, "http://127.0.0.1:8000/v1", KEY);

    // when
    String text = settings.toString();

    // then
    assertThat(text)
        .isEqualTo(
            "LlmSettings[provider=openai, baseUrl=http://127.0.0.1:8000/v1, model=m,"
                + " apiKey=sk-…abcd, timeout=60s, passages=8]");
    assertThat(settings.redact("Bearer " + KEY + " rejected")).isEqualTo("Bearer *** rejected");
  }

  @Test
  void should_use_the_provider_default_when_no_base_url_is_set() {
    // when
    LlmSettings openAi = settings(LlmProvider.OPENAI, " ", "");
    LlmSettings ollama = settings(LlmProvider.OLLAMA, null, "");

    // then
    assertThat(openAi.baseUrl()).isEqualTo("https://api.openai.com/v1");
    assertThat(ollama.baseUrl()).isEqualTo("http://localhost:11434");
  }

  @Test
  void should_hide_a_password_in_the_base_url_when_shown() {
    // when
    LlmSettings settings = settings(LlmProvider.OLLAMA, "http://user:pw@gpu.local:11434/", "");

    // then
    assertThat(settings.displayBaseUrl()).isEqualTo("http://gpu.local:11434/");
  }

  @Test
  void should_name_the_variable_when_the_model_is_missing() {
    assertThatThrownBy(
            () -> new LlmSettings(LlmProvider.OLLAMA, "", " ", "", Duration.ofSeconds(60), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "REPORTQA_LLM=ollama needs a model name — set REPORTQA_LLM_MODEL,"
                + " e.g. deepseek-chat or qwen2.5:7b");
  }

  @Test
  void should_name_the_variable_when_the_base_url_is_not_http() {
    assertThatThrownBy(() -> settings(LlmProvider.OPENAI, "127.0.0.1:8000", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("REPORTQA_LLM_BASE_URL is not an http(s) URL: '127.0.0.1:8000'");
  }

  @Test
  void should_list_the_providers_when_the_provider_is_unknown() {
    assertThatThrownBy(() -> LlmProvider.parse("gpt4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown LLM provider 'gpt4' — set REPORTQA_LLM to openai, ollama or off");
  }

  @Test
  void should_read_the_provider_in_any_case_and_blank_as_off() {
    assertThat(LlmProvider.parse("OpenAI")).isEqualTo(LlmProvider.OPENAI);
    assertThat(LlmProvider.parse(" ollama ")).isEqualTo(LlmProvider.OLLAMA);
    assertThat(LlmProvider.parse("")).isEqualTo(LlmProvider.OFF);
  }

  private static LlmSettings settings(LlmProvider provider, String baseUrl, String key) {
    return new LlmSettings(provider, baseUrl, "m", key, Duration.ofSeconds(60), 8);
  }
}
