package dev.reportqa.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words {@link FigureExtractor} reads context with, from {@code brief/figure-words.tsv}: one
 * category a line, {@code <category><TAB><word>|<word>…}. Each list is longest first, so that a
 * scan takes 今年以来 before 今年.
 */
final class FigureWords {

  static final String RESOURCE = "brief/figure-words.tsv";

  enum Category {
    LEAD,
    TAIL,
    VERBS,
    SPLIT,
    LABEL,
    NAMED;

    static Category parse(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  private final Map<Category, List<String>> words;

  private FigureWords(Map<Category, List<String>> words) {
    this.words = words;
  }

  /** Loads the bundled file. */
  static FigureWords load() {
    InputStream in = FigureWords.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new BriefException("figure word list not found on the classpath: " + RESOURCE);
    }
    return read(RESOURCE, in);
  }

  /** Reads a word file; {@code source} names it in errors. */
  static FigureWords read(String source, InputStream in) {
    Map<Category, List<String>> words = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      words.put(c, new ArrayList<>());
    }
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
          throw new BriefException(
              source + " line " + number + ": expected <category><TAB><words>");
        }
        Category category;
        try {
          category = Category.parse(fields[0]);
        } catch (IllegalArgumentException e) {
          throw new BriefException(
              source + " line " + number + ": unknown category '" + fields[0].strip() + "'");
        }
        for (String w : fields[1].split("\\|", -1)) {
          if (w.isBlank()) {
            throw new BriefException(source + " line " + number + ": empty word");
          }
          words.get(category).add(w.strip());
        }
      }
    } catch (IOException e) {
      throw new BriefException("cannot read " + source + ": " + e.getMessage(), e);
    }
    words.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    words.replaceAll((c, l) -> Collections.unmodifiableList(l));
    return new FigureWords(words);
  }

  /** The words of a category, longest first. */
  List<String> get(Category category) {
    return words.get(category);
  }

  /** The longest word of the category that {@code text} starts with, or null. */
  String prefix(Category category, String text) {
    for (String w : words.get(category)) {
      if (text.startsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The longest word of the category that {@code text} ends with, or null. */
  String suffix(Category category, String text) {
    for (String w : words.get(category)) {
      if (text.endsWith(w)) {
        return w;
      }
    }
    return null;
  }

  boolean contains(Category category, String word) {
    return words.get(category).contains(word);
  }

  boolean anyIn(Category category, String text) {
    return words.get(category).stream().anyMatch(text::contains);
  }
}
