package dev.reportqa.shell;

import dev.reportqa.llm.LlmProvider;
import dev.reportqa.llm.LlmSettings;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationUnit;

/**
 * The LLM settings under {@code reportqa.*}. They are flat ({@code reportqa.llm}, {@code
 * reportqa.llm-base-url}, ...) so that the environment variables read as the README says: {@code
 * REPORTQA_LLM}, {@code REPORTQA_LLM_BASE_URL}, {@code REPORTQA_LLM_MODEL}, {@code
 * REPORTQA_LLM_API_KEY}, {@code REPORTQA_LLM_TIMEOUT}. A nested {@code reportqa.llm.*} group could
 * not also take {@code REPORTQA_LLM} itself as the provider.
 *
 * @param llm {@code openai}, {@code ollama} or {@code off}
 * @param llmBaseUrl the server's base URL; the provider's default when unset
 * @param llmModel the model name
 * @param llmApiKey the key; for {@code openai}, {@code OPENAI_API_KEY} when unset
 * @param llmTimeout how long to wait for a reply; a bare number is seconds
 * @param llmPassages how many passages the model is given
 */
@ConfigurationProperties("reportqa")
public record LlmProperties(
    @DefaultValue("off") String llm,
    String llmBaseUrl,
    String llmModel,
    String llmApiKey,
    @DefaultValue("60") @DurationUnit(ChronoUnit.SECONDS) Duration llmTimeout,
    @DefaultValue("8") int llmPassages) {

  /**
   * The settings in force.
   *
   * @param openAiKey the value of {@code OPENAI_API_KEY}, or null
   * @throws UsageException naming the setting that is wrong
   */
  LlmSettings settings(String openAiKey) {
    try {
      LlmProvider provider = LlmProvider.parse(llm);
      String key = llmApiKey == null || llmApiKey.isBlank() ? "" : llmApiKey;
      if (key.isEmpty() && provider == LlmProvider.OPENAI && openAiKey != null) {
        key = openAiKey;
      }
      return new LlmSettings(provider, llmBaseUrl, llmModel, key, llmTimeout, llmPassages);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** Never shows the key, which the record's own toString would. */
  @Override
  public String toString() {
    return "LlmProperties[llm="
        + llm
        + ", llmBaseUrl="
        + llmBaseUrl
        + ", llmModel="
        + llmModel
        + ", llmApiKey="
        + (llmApiKey == null || llmApiKey.isBlank() ? "(not set)" : "(set)")
        + ", llmTimeout="
        + llmTimeout
        + ", llmPassages="
        + llmPassages
        + "]";
  }
}
