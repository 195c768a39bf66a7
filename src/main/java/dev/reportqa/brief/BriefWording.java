package dev.reportqa.brief;

import dev.reportqa.query.Language;
import dev.reportqa.report.Period;
import dev.reportqa.report.ReportPeriods;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of briefs and figure tables, from {@code prompts/brief-templates.properties}:
 * headings, column names, period labels. Kept out of the code so that wording changes without a
 * rebuild.
 */
public final class BriefWording {

  public static final String FILE = "brief-templates.properties";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  private final String source;
  private final Properties properties;

  private BriefWording(String source, Properties properties) {
    this.source = source;
    this.properties = properties;
  }

  /**
   * Loads the wording from a prompts folder, or from the copy bundled in the jar when {@code
   * folder} is null.
   *
   * @throws BriefException naming the file when it is missing or unreadable
   */
  public static BriefWording load(Path folder) {
    if (folder != null) {
      Path file = folder.resolve(FILE);
      try (InputStream in = Files.newInputStream(file)) {
        return read(file.toString(), in);
      } catch (IOException e) {
        throw new BriefException("cannot read brief wording: " + file, e);
      }
    }
    String resource = "prompts/" + FILE;
    InputStream in = BriefWording.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new BriefException("brief wording missing from the classpath: " + resource);
    }
    try (in) {
      return read(resource, in);
    } catch (IOException e) {
      throw new BriefException("cannot read brief wording: " + resource, e);
    }
  }

  private static BriefWording read(String source, InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return new BriefWording(source, p);
  }

  /** The wording for a key in a language, placeholders filled. */
  public String get(Language language, String key, Map<String, String> values) {
    String fullKey = language.name().toLowerCase(Locale.ROOT) + "." + key;
    String template = properties.getProperty(fullKey);
    if (template == null) {
      throw new BriefException("brief wording '" + fullKey + "' is missing from " + source);
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new BriefException(
            "no value for {" + m.group(1) + "} in brief wording '" + fullKey + "' of " + source);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().strip();
  }

  public String get(Language language, String key) {
    return get(language, key, Map.of());
  }

  /**
   * The label of a period, e.g. 上半年实绩, 2024年实绩 or target for 2025.
   *
   * @param code the period's code in its report ({@link ReportPeriods#code})
   */
  public String period(Language language, Period period, String code) {
    String span = language == Language.ZH ? period.spanZh() : period.spanEn();
    return get(language, "period." + code, Map.of("span", span));
  }

  /** Whether the wording has a key in a language. */
  public boolean has(Language language, String key) {
    return properties.containsKey(language.name().toLowerCase(Locale.ROOT) + "." + key);
  }
}
