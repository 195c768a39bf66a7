package dev.reportqa.llm;

import dev.reportqa.query.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The one-line notices shown above the offline answer when the model's answer is not used, from
 * {@code prompts/llm-notices.properties}: a frame ({@code fallback}, with the {@code {reason}}) and
 * one reason per way of failing, each in Chinese and English.
 */
final class Notices {

  static final String FILE = "llm-notices.properties";

  /** Every reason and the placeholders its wording must use. */
  static final Map<String, Set<String>> REASONS =
      Map.of(
          Reason.TIMEOUT, Set.of("seconds"),
          Reason.CONNECTION, Set.of("url"),
          Reason.HTTP, Set.of("status"),
          Reason.EMPTY, Set.of(),
          Reason.MALFORMED, Set.of(),
          Reason.UNCITED, Set.of(),
          Reason.UNKNOWN_LINE, Set.of("lines"),
          Reason.UNBACKED_NUMBER, Set.of("numbers"));

  private final Map<String, PromptTemplate> templates;

  private Notices(Map<String, PromptTemplate> templates) {
    this.templates = Map.copyOf(templates);
  }

  /**
   * @throws IllegalStateException naming the file and the key when one is missing or has the wrong
   *     placeholders
   */
  static Notices of(String source, Properties properties) {
    Map<String, PromptTemplate> out = new java.util.HashMap<>();
    for (Language lang : Language.values()) {
      String prefix = lang.name().toLowerCase(Locale.ROOT) + ".";
      put(out, source, properties, prefix + "fallback", Set.of("reason"));
      REASONS.forEach(
          (reason, required) ->
              put(out, source, properties, prefix + "reason." + reason, required));
    }
    return new Notices(out);
  }

  private static void put(
      Map<String, PromptTemplate> out,
      String source,
      Properties properties,
      String key,
      Set<String> required) {
    String text = properties.getProperty(key);
    if (text == null || text.isBlank()) {
      throw new IllegalStateException("notice '" + key + "' is missing from " + source);
    }
    out.put(key, PromptTemplate.of(source + " (" + key + ")", text, required));
  }

  /** The notice for a fallback, one line, in the question's language. */
  String fallback(Language lang, Reason reason) {
    String prefix = lang.name().toLowerCase(Locale.ROOT) + ".";
    String why = templates.get(prefix + "reason." + reason.key()).fill(reason.values());
    return templates.get(prefix + "fallback").fill(Map.of("reason", why)).replaceAll("\\s+", " ");
  }
}
