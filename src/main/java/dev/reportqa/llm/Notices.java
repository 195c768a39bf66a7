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
      Map.ofEntries(
          Map.entry(Reason.TIMEOUT, Set.of("seconds")),
          Map.entry(Reason.CONNECTION, Set.of("url")),
          Map.entry(Reason.HTTP, Set.of("status")),
          Map.entry(Reason.EMPTY, Set.of()),
          Map.entry(Reason.MALFORMED, Set.of()),
          Map.entry(Reason.UNCITED, Set.of()),
          Map.entry(Reason.UNKNOWN_LINE, Set.of("lines")),
          Map.entry(Reason.UNBACKED_NUMBER, Set.of("numbers")),
          Map.entry(Reason.TOO_LONG, Set.of()),
          Map.entry(Reason.UNCITED_SENTENCE, Set.of()),
          Map.entry(Reason.UNQUOTED, Set.of()),
          Map.entry(Reason.WRONG_MEASURE, Set.of("numbers")),
          Map.entry(Reason.INSTRUCTION_LINE, Set.of("lines")),
          Map.entry(Reason.REFUSED, Set.of()));

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
