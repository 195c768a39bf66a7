package dev.reportqa.llm;

import dev.reportqa.vocab.QuantityVocabulary;
import dev.reportqa.vocab.QuantityVocabulary.Position;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The words the verifier reads figures with: the units written after a number, from the quantity
 * vocabulary ({@code vocab/quantities.tsv}, every form), and the generic words (period, stance,
 * change) that say nothing about what a figure measures, from {@code llm/verification.tsv} with the
 * vocabulary's bounds and words of change.
 *
 * @param units longest first, so that 人次 is read before 人
 * @param generic longest first
 */
record ClaimWords(List<String> units, List<String> generic) {

  static final String RESOURCE = "llm/verification.tsv";

  ClaimWords {
    units = sorted(units);
    generic = sorted(generic);
  }

  private static List<String> sorted(List<String> words) {
    return Objects.requireNonNull(words).stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /** The bundled word file. */
  static ClaimWords bundled() {
    return Holder.BUNDLED;
  }

  /** Read once: the file is part of the jar and never changes while running. */
  private static final class Holder {
    static final ClaimWords BUNDLED = load();
  }

  private static ClaimWords load() {
    InputStream in = ClaimWords.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("verification word list not on the classpath: " + RESOURCE);
    }
    return read(RESOURCE, in);
  }

  /**
   * @throws IllegalStateException naming the source and line of a malformed line
   */
  static ClaimWords read(String source, InputStream in) {
    QuantityVocabulary vocabulary = QuantityVocabulary.bundled();
    List<String> units = new ArrayList<>(vocabulary.unitForms());
    List<String> generic = new ArrayList<>();
    // Inner bounds (余, 多) stand between a number and its unit, never among the words before it.
    generic.addAll(vocabulary.bounds(Position.BEFORE));
    generic.addAll(vocabulary.bounds(Position.AFTER));
    generic.addAll(vocabulary.changes());
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 2) {
          throw new IllegalStateException(
              source + " line " + number + ": expected <category><TAB><words>");
        }
        List<String> target =
            switch (fields[0].strip().toLowerCase(Locale.ROOT)) {
              case "generic" -> generic;
              default ->
                  throw new IllegalStateException(
                      source + " line " + number + ": unknown category '" + fields[0] + "'");
            };
        for (String w : fields[1].split("\\|", -1)) {
          if (w.isBlank()) {
            throw new IllegalStateException(source + " line " + number + ": empty word");
          }
          target.add(w.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    return new ClaimWords(units, generic);
  }
}
