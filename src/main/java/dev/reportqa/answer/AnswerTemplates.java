package dev.reportqa.answer;

import dev.reportqa.query.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of offline answers, from {@code prompts/answer-templates.properties}: labels, refusal
 * lines, headings. Kept out of the code so that wording changes without a rebuild.
 */
public final class AnswerTemplates {

  public static final String FILE = "answer-templates.properties";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final String source;
  private final Properties properties;

  private AnswerTemplates(String source, Properties properties) {
    this.source = source;
    this.properties = properties;
  }

  /**
   * Loads the templates from a prompts folder, or from the copy bundled in the jar when {@code
   * folder} is null.
   *
   * @throws IllegalStateException naming the file when it is missing or unreadable
   */
  public static AnswerTemplates load(Path folder) {
    if (folder != null) {
      Path file = folder.resolve(FILE);
      try (InputStream in = Files.newInputStream(file)) {
        return read(file.toString(), in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read answer templates: " + file, e);
      }
    }
    String resource = "prompts/" + FILE;
    InputStream in = AnswerTemplates.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("answer templates missing from the classpath: " + resource);
    }
    try (in) {
      return read(resource, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AnswerTemplates read(String source, InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return new AnswerTemplates(source, p);
  }

  /** The template for a key in a language, placeholders filled. */
  public String get(Language language, String key, Map<String, String> values) {
    String fullKey = language.name().toLowerCase(Locale.ROOT) + "." + key;
    String template = properties.getProperty(fullKey);
    if (template == null) {
      throw new IllegalStateException(
          "answer template '" + fullKey + "' is missing from " + source);
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "no value for {" + m.group(1) + "} in template '" + fullKey + "' of " + source);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  public String get(Language language, String key) {
    return get(language, key, Map.of());
  }

  /** Whether a key exists for the language; for optional wording. */
  public boolean has(Language language, String key) {
    Objects.requireNonNull(key, "key");
    return properties.containsKey(language.name().toLowerCase(Locale.ROOT) + "." + key);
  }
}
