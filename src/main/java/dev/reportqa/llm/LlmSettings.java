package dev.reportqa.llm;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

/**
 * How LLM mode reaches its model. The key is a secret: {@link #toString()} and {@link #maskedKey()}
 * never show it, and nothing else in this package prints or logs it.
 *
 * @param provider which API to speak, or off
 * @param baseUrl the server's base URL, e.g. {@code http://127.0.0.1:8000/v1}; when blank, the
 *     provider's default
 * @param model the model name as the server knows it, e.g. {@code deepseek-chat}; required unless
 *     off
 * @param apiKey sent as a bearer token; empty for servers that need none
 * @param timeout how long to wait for one reply before falling back to the offline answer
 * @param passages how many retrieved passages the model is given
 */
public record LlmSettings(
    LlmProvider provider,
    String baseUrl,
    String model,
    String apiKey,
    Duration timeout,
    int passages) {

  /** A key shorter than this is not shown even in part: its ends would give too much away. */
  static final int SHORTEST_KEY_SHOWN_IN_PART = 16;

  public LlmSettings {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(timeout, "timeout");
    baseUrl = baseUrl == null || baseUrl.isBlank() ? provider.defaultBaseUrl() : baseUrl.strip();
    model = model == null ? "" : model.strip();
    apiKey = apiKey == null ? "" : apiKey.strip();
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "REPORTQA_LLM_TIMEOUT must be a positive number of seconds, not " + timeout.toSeconds());
    }
    if (passages < 1) {
      throw new IllegalArgumentException(
          "reportqa.llm-passages must be at least 1, not " + passages);
    }
    if (provider != LlmProvider.OFF) {
      if (model.isEmpty()) {
        throw new IllegalArgumentException(
            "REPORTQA_LLM="
                + provider.id()
                + " needs a model name — set REPORTQA_LLM_MODEL, e.g. deepseek-chat or qwen2.5:7b");
      }
      checkUrl(baseUrl);
    }
    Secrets.register(apiKey);
  }

  public boolean enabled() {
    return provider != LlmProvider.OFF;
  }

  /**
   * The key as it may be shown: {@code sk-…abcd}, {@code (set)} when short, or {@code (not set)}.
   */
  public String maskedKey() {
    if (apiKey.isEmpty()) {
      return "(not set)";
    }
    if (apiKey.length() < SHORTEST_KEY_SHOWN_IN_PART) {
      return "(set)";
    }
    return apiKey.substring(0, 3) + "…" + apiKey.substring(apiKey.length() - 4);
  }

  /**
   * The base URL as it may be shown: without a user name or password, and with the value of any
   * credential parameter ({@code ?api_key=…}) masked.
   */
  public String displayBaseUrl() {
    String shown;
    try {
      URI u = new URI(baseUrl);
      shown =
          u.getUserInfo() == null
              ? baseUrl
              : new URI(
                      u.getScheme(),
                      null,
                      u.getHost(),
                      u.getPort(),
                      u.getPath(),
                      u.getQuery(),
                      null)
                  .toString();
    } catch (URISyntaxException e) {
      return "(unreadable URL)";
    }
    return Secrets.redact(shown);
  }

  /** Masks the key, and any other secret, in a text: {@link Secrets#redact}. */
  String redact(String text) {
    return Secrets.redact(text);
  }

  @Override
  public String toString() {
    return "LlmSettings[provider="
        + provider.id()
        + ", baseUrl="
        + displayBaseUrl()
        + ", model="
        + model
        + ", apiKey="
        + maskedKey()
        + ", timeout="
        + timeout.toSeconds()
        + "s, passages="
        + passages
        + "]";
  }

  private static void checkUrl(String url) {
    try {
      URI u = new URI(url);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new URISyntaxException(url, "not an http(s) URL with a host");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "REPORTQA_LLM_BASE_URL is not an http(s) URL: '"
              + url
              + "' — e.g. http://127.0.0.1:8000/v1 or http://localhost:11434");
    }
  }
}
