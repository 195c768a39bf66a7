package dev.reportqa.llm;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wording file with {@code {name}} placeholders, checked when loaded: it must use exactly the
 * placeholders its caller fills, so that a typo fails at start-up naming the file, not mid-answer.
 *
 * @param source where the text came from, named in errors
 * @param text the template
 */
record PromptTemplate(String source, String text) {

  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  PromptTemplate {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /**
   * @param required the placeholders the caller fills; each must appear, and no other may
   * @throws IllegalStateException naming the file and the placeholder
   */
  static PromptTemplate of(String source, String text, Set<String> required) {
    if (text.isBlank()) {
      throw new IllegalStateException("prompt file is empty: " + source);
    }
    Set<String> found = placeholders(text);
    for (String name : found) {
      if (!required.contains(name)) {
        throw new IllegalStateException(
            "unknown placeholder {"
                + name
                + "} in "
                + source
                + " — it may use "
                + braces(new TreeSet<>(required)));
      }
    }
    for (String name : new TreeSet<>(required)) {
      if (!found.contains(name)) {
        throw new IllegalStateException(
            "placeholder {"
                + name
                + "} is missing from "
                + source
                + " — it must use "
                + braces(new TreeSet<>(required)));
      }
    }
    return new PromptTemplate(source, text.strip());
  }

  static Set<String> placeholders(String text) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Fills every placeholder in one pass, so that a value holding braces (a question asking about
   * "{passages}") is never read as a placeholder itself.
   */
  String fill(Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("no value for {" + m.group(1) + "} in " + source);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String braces(Set<String> names) {
    return names.isEmpty()
        ? "no placeholders"
        : String.join(", ", names.stream().map(n -> "{" + n + "}").toList());
  }
}
