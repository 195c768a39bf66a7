package dev.reportqa.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportqa.llm.LlmProvider;
import dev.reportqa.llm.LlmSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The LLM settings as the environment variables of the README give them. */
class LlmPropertiesTest {

  private static final String KEY = "sk-test-0123456789abcdef0123";

  @Test
  void should_read_every_llm_environment_variable_when_set() {
    // given
    Map<String, Object> env =
        Map.of(
            "REPORTQA_LLM", "openai",
            "REPORTQA_LLM_BASE_URL", "http://127.0.0.1:8000/v1",
            "REPORTQA_LLM_MODEL", "qwen2.5-7b-instruct",
            "REPORTQA_LLM_API_KEY", KEY,
            "REPORTQA_LLM_TIMEOUT", "30");

    // when
    LlmSettings settings = bind(env).settings(null);

    // then
    assertThat(settings)
        .isEqualTo(
            new LlmSettings(
                LlmProvider.OPENAI,
                "http://127.0.0.1:8000/v1",
                "qwen2.5-7b-instruct",
                KEY,
                Duration.ofSeconds(30),
                8));
  }

  @Test
  void should_be_off_when_nothing_is_set() {
    // when
    LlmSettings settings = bind(Map.of()).settings(null);

    // then
    assertThat(settings.enabled()).isFalse();
    assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void should_take_openai_api_key_for_openai_when_no_key_of_its_own_is_set() {
    // given
    Map<String, Object> openAi = Map.of("REPORTQA_LLM", "openai", "REPORTQA_LLM_MODEL", "m");
    Map<String, Object> ollama = Map.of("REPORTQA_LLM", "ollama", "REPORTQA_LLM_MODEL", "m");

    // when / then
    assertThat(bind(openAi).settings(KEY).apiKey()).isEqualTo(KEY);
    assertThat(bind(ollama).settings(KEY).apiKey()).isEmpty();
  }

  @Test
  void should_prefer_its_own_key_to_openai_api_key_when_both_are_set() {
    // given
    Map<String, Object> env =
        Map.of("REPORTQA_LLM", "openai", "REPORTQA_LLM_MODEL", "m", "REPORTQA_LLM_API_KEY", KEY);

    // when / then
    assertThat(bind(env).settings("sk-other-key-000000000000").apiKey()).isEqualTo(KEY);
  }

  @Test
  void should_fail_as_a_usage_error_naming_the_variable_when_the_provider_is_unknown() {
    assertThatThrownBy(() -> bind(Map.of("REPORTQA_LLM", "gpt")).settings(null))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown LLM provider 'gpt' — set REPORTQA_LLM to openai, ollama or off");
  }

  @Test
  void should_not_show_the_key_in_its_text_form() {
    // given
    LlmProperties properties = bind(Map.of("REPORTQA_LLM_API_KEY", KEY));

    // when / then
    assertThat(properties.toString()).contains("llmApiKey=(set)").doesNotContain(KEY);
  }

  private static LlmProperties bind(Map<String, Object> env) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(new SystemEnvironmentPropertySource("systemEnvironment", env));
    return Binder.get(environment).bindOrCreate("reportqa", LlmProperties.class);
  }
}
