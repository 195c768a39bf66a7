package dev.reportqa.llm;

import java.util.Locale;

/** Which kind of model server answers in LLM mode, or none. */
public enum LlmProvider {
  /** No model: the offline answers alone. */
  OFF("off", ""),
  /** Any server speaking the OpenAI chat-completions API: DeepSeek, Qwen, vLLM, llama.cpp... */
  OPENAI("openai", "https://api.openai.com/v1"),
  /** A local Ollama, through its own chat API. */
  OLLAMA("ollama", "http://localhost:11434");

  private final String id;
  private final String defaultBaseUrl;

  LlmProvider(String id, String defaultBaseUrl) {
    this.id = id;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  /** The name used in settings: {@code openai}, {@code ollama}, {@code off}. */
  public String id() {
    return id;
  }

  /** Where the provider's server usually listens, used when no base URL is set. */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /**
   * @param value a provider name, any case; blank means off
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LlmProvider parse(String value) {
    String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      return OFF;
    }
    for (LlmProvider p : values()) {
      if (p.id.equals(v)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown LLM provider '" + value.strip() + "' — set REPORTQA_LLM to openai, ollama or off");
  }
}
