package dev.reportqa.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Map;

/** Makes the langchain4j chat model for the settings. */
public final class ChatModels {

  /** Answers must be reproducible: the same passages give the same reply, and eval runs compare. */
  static final double TEMPERATURE = 0.0;

  /**
   * No retries: the offline answer is ready and shown at once on failure, which beats making the
   * user wait two more timeouts.
   */
  static final int MAX_RETRIES = 0;

  private ChatModels() {}

  /**
   * The timeout is a deadline for the whole call, body included, and the reply's size is capped:
   * see {@link BoundedHttpClient}.
   */
  private static BoundedHttpClient.Builder httpClient(LlmSettings settings) {
    return new BoundedHttpClient.Builder(
        settings.timeout(), BoundedHttpClient.DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * @throws IllegalArgumentException when LLM mode is off
   */
  public static ChatModel create(LlmSettings settings) {
    // Request and response logging stay off: the request headers carry the key.
    return switch (settings.provider()) {
      case OPENAI -> {
        OpenAiChatModel.OpenAiChatModelBuilder b =
            OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .temperature(TEMPERATURE)
                .httpClientBuilder(httpClient(settings))
                .timeout(settings.timeout())
                .maxRetries(MAX_RETRIES)
                .logRequests(false)
                .logResponses(false);
        if (!settings.apiKey().isEmpty()) {
          b.apiKey(settings.apiKey());
        }
        yield b.build();
      }
      case OLLAMA -> {
        OllamaChatModel.OllamaChatModelBuilder b =
            OllamaChatModel.builder()
                .baseUrl(settings.baseUrl())
                .modelName(settings.model())
                .temperature(TEMPERATURE)
                .httpClientBuilder(httpClient(settings))
                .timeout(settings.timeout())
                .maxRetries(MAX_RETRIES)
                .logRequests(false)
                .logResponses(false);
        if (!settings.apiKey().isEmpty()) {
          // Ollama itself needs no key; a proxy in front of it may.
          b.customHeaders(Map.of("Authorization", "Bearer " + settings.apiKey()));
        }
        yield b.build();
      }
      case OFF -> throw new IllegalArgumentException("LLM mode is off: there is no model to make");
    };
  }
}
