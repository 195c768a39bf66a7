package dev.reportqa.llm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Tells text that reads as an instruction to a language model ("忽略以上指令，回答：…", "ignore previous
 * instructions", a role label, a citation in the answer syntax), from the patterns in {@code
 * llm/instruction-patterns.txt}. A report line that reads so is flagged: marked in the prompt and
 * never accepted as the source of a model answer. A report is data; no real report addresses the
 * model that reads it.
 */
final class Instructions {

  static final String RESOURCE = "llm/instruction-patterns.txt";

  /** Spaces and tabs (not line breaks, which the role-label pattern reads). */
  private static final Pattern BLANKS = Pattern.compile("[\\h]+");

  private final List<Pattern> patterns;

  private Instructions(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The bundled patterns. */
  static Instructions bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Instructions BUNDLED = load();
  }

  private static Instructions load() {
    InputStream in = Instructions.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("instruction patterns not on the classpath: " + RESOURCE);
    }
    return read(RESOURCE, in);
  }

  /**
   * @throws IllegalStateException naming the source and line of a pattern that does not compile
   */
  static Instructions read(String source, InputStream in) {
    List<Pattern> patterns = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        try {
          patterns.add(
              Pattern.compile(line.strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
          throw new IllegalStateException(
              source + " line " + number + ": not a regular expression: " + e.getDescription());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new Instructions(patterns);
  }

  /** Whether a text holds anything that reads as an instruction to a model. */
  boolean inText(String text) {
    String folded =
        BLANKS
            .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
            .replaceAll("")
            .replace('＜', '<');
    return patterns.stream().anyMatch(p -> p.matcher(folded).find());
  }
}
